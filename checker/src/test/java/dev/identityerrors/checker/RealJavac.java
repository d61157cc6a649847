package dev.identityerrors.checker;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Real javac with {@code -Xplugin:ErrorProne}, finding the checks the way users' builds do: through
 * {@code ServiceLoader} on the processor path (Maven's annotationProcessorPaths), which needs each
 * check's public no-argument constructor. {@code CompilationTestHelper} does not prove that.
 */
final class RealJavac {
  private RealJavac() {}

  static Compilation compile(String errorProneOptions, List<JavaFileObject> files) {
    return javac()
        .withOptions(
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            "-processorpath",
            System.getProperty("java.class.path"),
            ("-Xplugin:ErrorProne " + errorProneOptions).trim())
        .compile(files);
  }

  /**
   * A source file on disk: Error Prone's own checks (PackageInfo) need a file URI, which in-memory
   * sources lack.
   */
  static JavaFileObject onDisk(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
