package dev.identityerrors.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** One timed, in-process javac run, with what it reported. */
final class Compilation {
  private static final List<String> CHECKS =
      List.of(
          "UnknownErrorCode",
          "ErrorCodeLiteral",
          "ErrorCodeAnnotationMisuse",
          "UnhandledErrorCategory",
          "HttpStatusAsErrorCode");

  /** What a run took and said. */
  record Result(long millis, boolean success, int identityErrorsFindings, int fenumFindings) {}

  private Compilation() {}

  static Result run(List<Path> sources, List<String> options) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path output = Files.createTempDirectory("identity-errors-benchmark");
    List<String> allOptions = new ArrayList<>(options);
    allOptions.addAll(List.of("-d", output.toString()));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      long start = System.nanoTime();
      boolean success =
          javac
              .getTask(
                  Writer.nullWriter(),
                  files,
                  diagnostics,
                  allOptions,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      long millis = (System.nanoTime() - start) / 1_000_000;
      int ours = 0;
      int fenum = 0;
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        String message = diagnostic.getMessage(Locale.ROOT);
        if (CHECKS.stream().anyMatch(check -> message.startsWith("[" + check + "]"))) {
          ours++;
        } else if (message.contains("fenum") || message.contains("Fenum")) {
          fenum++;
        }
        if (diagnostic.getKind() == Diagnostic.Kind.ERROR && !success && ours == 0) {
          System.err.println("  javac: " + message.lines().findFirst().orElse(""));
        }
      }
      return new Result(millis, success, ours, fenum);
    } finally {
      try (Stream<Path> written = Files.walk(output)) {
        written.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** The identity-errors checks, named one by one so they run wherever Error Prone runs. */
  static String enableIdentityErrorsChecks() {
    StringBuilder flags = new StringBuilder();
    for (String check : CHECKS) {
      flags.append(" -Xep:").append(check).append(":WARN");
    }
    return flags.toString();
  }
}
