package dev.identityerrors.checker;

import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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

  /** The same, of source files on disk. */
  static Compilation compileOnDisk(String errorProneOptions, Path... files) {
    return compile(errorProneOptions, Stream.of(files).map(RealJavac::onDisk).toList());
  }

  /** Writes a source file under a project folder (its folders made) and gives its path. */
  static Path write(Path project, String relative, String... lines) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines), UTF_8);
    return file;
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
