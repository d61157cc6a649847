package dev.identityerrors.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Build daemons (Gradle's in-process compiler, Bazel's multiplex workers) run several compilations
 * at once in one JVM, with the checks loaded once: each compilation must get exactly the
 * diagnostics it gets alone, and its set-up problem exactly once. The checks' classes are loaded by
 * the test's class loader here and shared by every compilation, as in such a daemon.
 */
class ConcurrentCompilationsTest {
  private static final int AT_ONCE = 4;
  private static final int ROUNDS = 3;

  @TempDir Path sources;

  private JavaFileObject source(String directory, String name, String... lines) throws IOException {
    Path file = sources.resolve(directory).resolve(name + ".java");
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines));
    return RealJavac.onDisk(file);
  }

  /** One compilation: three files, so that "once per compilation" means something. */
  private List<JavaFileObject> project(String directory) throws IOException {
    List<JavaFileObject> files = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      files.add(
          source(
              directory,
              "Client" + i,
              "import com.finbourne.identity.ApiException;",
              "import com.finbourne.identity.model.LusidProblemDetails;",
              "class Client" + i + " {",
              "  private int last = -1;",
              "  void record(LusidProblemDetails p) { last = p.getCode(); }",
              "  boolean check(ApiException e) {",
              "    return last == 695 || last == 657 || e.getCode() == 657;",
              "  }",
              "}"));
    }
    return files;
  }

  private static List<String> compile(boolean malformedOption, List<JavaFileObject> files) {
    Compilation compilation =
        RealJavac.compile(
            "-XepDisableAllChecks -Xep:IdentityErrorsSetup:ERROR -Xep:UnknownErrorCode:ERROR"
                + " -Xep:ErrorCodeLiteral:WARN -Xep:HttpStatusAsErrorCode:ERROR"
                + (malformedOption ? " -XepOpt:IdentityErrorCode:CodeSources=Gateway" : ""),
            files);
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE)
        .map(
            diagnostic ->
                (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName())
                    + ":"
                    + diagnostic.getLineNumber()
                    + " "
                    + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
        .sorted()
        .toList();
  }

  @Test
  void diagnosticsAtOnceEqualThoseAlone() throws Exception {
    List<List<JavaFileObject>> projects = new ArrayList<>();
    for (int i = 0; i < AT_ONCE; i++) {
      projects.add(project("p" + i));
    }
    List<List<String>> alone = new ArrayList<>();
    for (int i = 0; i < AT_ONCE; i++) {
      alone.add(compile(i % 2 == 1, projects.get(i)));
    }
    for (int i = 0; i < AT_ONCE; i++) {
      long setUp = alone.get(i).stream().filter(d -> d.contains("identity-errors set-up")).count();
      assertEquals(i % 2 == 1 ? 1 : 0, setUp, "set-up problems of compilation " + i);
      assertEquals(
          12 + setUp, alone.get(i).size(), "four findings in each of three files: " + alone.get(i));
    }

    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<Future<List<String>>> atOnce = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
          boolean malformed = i % 2 == 1;
          List<JavaFileObject> files = projects.get(i);
          Callable<List<String>> compilation = () -> compile(malformed, files);
          atOnce.add(pool.submit(compilation));
        }
        for (int i = 0; i < AT_ONCE; i++) {
          assertEquals(alone.get(i), atOnce.get(i).get(), "round " + round + ", compilation " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
