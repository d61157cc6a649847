package dev.identityerrors.benchmark;

import com.google.errorprone.ErrorProneJavaCompiler;
import com.google.errorprone.ErrorProneTimings;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.scanner.BuiltInCheckerSuppliers;
import com.google.errorprone.scanner.ScannerSupplier;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.util.Context;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** One timed, in-process javac run, with what it reported. */
final class Compilation {
  /** The identity-errors checks, as the plugin declares them to javac's ServiceLoader. */
  private static final List<Class<? extends BugChecker>> IDENTITY_ERRORS =
      ServiceLoader.load(BugChecker.class, Compilation.class.getClassLoader()).stream()
          .<Class<? extends BugChecker>>map(ServiceLoader.Provider::type)
          .filter(type -> type.getPackageName().equals("dev.identityerrors.checker"))
          .toList();

  /** Their names, as Error Prone's options name them. */
  static final List<String> CHECKS = IDENTITY_ERRORS.stream().map(Class::getSimpleName).toList();

  /**
   * What a run took and said: {@code millis} is the CPU time of the compiling thread, which the
   * JIT, the garbage collector and other processes on the machine do not add to; {@code wallMillis}
   * is the elapsed time; {@code endMillis} the CPU time from the end of the compilation (javac's
   * {@code COMPILATION} finished event, whose listeners write the baseline and the SARIF report) to
   * the return of the call, which Error Prone's timings of the checks do not see.
   */
  record Result(
      long millis,
      long wallMillis,
      double checksMillis,
      double endMillis,
      boolean success,
      int identityErrorsFindings,
      int fenumFindings) {
    /**
     * The checks' own time as CPU time, estimated: Error Prone's wall-clock timing scaled by the
     * share of the compilation's wall time its thread was on a core.
     */
    double checksCpuMillis() {
      return wallMillis == 0 ? checksMillis : checksMillis * millis / wallMillis;
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Compilation() {}

  /** A compiler and the processors it runs, made once and reused so that they stay warm. */
  record Tool(JavaCompiler compiler, List<Processor> processors) {
    static Tool javac() {
      return new Tool(ToolProvider.getSystemJavaCompiler(), List.of());
    }

    static Tool errorProne(ScannerSupplier checks) {
      return new Tool(new ErrorProneJavaCompiler(checks), List.of());
    }

    static Tool withProcessor(String processorClass) {
      try {
        Processor processor =
            Class.forName(processorClass)
                .asSubclass(Processor.class)
                .getDeclaredConstructor()
                .newInstance();
        return new Tool(ToolProvider.getSystemJavaCompiler(), List.of(processor));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(processorClass + " is not on the class path", e);
      }
    }

    /** A fresh processor per compilation, as javac would make, of the same warm classes. */
    List<Processor> freshProcessors() {
      List<Processor> fresh = new ArrayList<>();
      for (Processor processor : processors) {
        try {
          fresh.add(processor.getClass().getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return fresh;
    }
  }

  static Result run(Tool tool, List<Path> sources, List<String> options) throws IOException {
    JavaCompiler javac = tool.compiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path output = Files.createTempDirectory("identity-errors-benchmark");
    List<String> allOptions = new ArrayList<>(options);
    allOptions.addAll(List.of("-d", output.toString()));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      // Start each run from a collected heap, so that no run pays for an earlier one's garbage.
      System.gc();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      JavaCompiler.CompilationTask task =
          javac.getTask(
              Writer.nullWriter(),
              files,
              diagnostics,
              allOptions,
              null,
              files.getJavaFileObjectsFromPaths(sources));
      if (!tool.processors().isEmpty()) {
        task.setProcessors(tool.freshProcessors());
      }
      // The task drops its context when done: keep it, to read Error Prone's timings after.
      Context context = task instanceof BasicJavacTask javacTask ? javacTask.getContext() : null;
      long[] endStart = {-1};
      if (task instanceof JavacTask javacTask) {
        // Added before the compilation starts, so called before the listeners the checks add.
        javacTask.addTaskListener(
            new TaskListener() {
              @Override
              public void finished(TaskEvent event) {
                if (event.getKind() == TaskEvent.Kind.COMPILATION) {
                  endStart[0] = THREADS.getCurrentThreadCpuTime();
                }
              }
            });
      }
      boolean success = task.call();
      long cpuEnd = THREADS.getCurrentThreadCpuTime();
      double endMillis = endStart[0] < 0 ? 0 : (cpuEnd - endStart[0]) / 1e6;
      long wallMillis = (System.nanoTime() - start) / 1_000_000;
      long millis = (cpuEnd - cpuStart) / 1_000_000;
      int ours = 0;
      int fenum = 0;
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        String message = diagnostic.getMessage(Locale.ROOT);
        // A note (a baseline's) is not a finding.
        if (diagnostic.getKind() != Diagnostic.Kind.NOTE
            && CHECKS.stream().anyMatch(check -> message.startsWith("[" + check + "]"))) {
          ours++;
        } else if (message.contains("fenum") || message.contains("Fenum")) {
          fenum++;
        }
        if (diagnostic.getKind() == Diagnostic.Kind.ERROR && !success && ours == 0) {
          System.err.println("  javac: " + message.lines().findFirst().orElse(""));
        }
      }
      return new Result(millis, wallMillis, checksMillis(context), endMillis, success, ours, fenum);
    } finally {
      try (Stream<Path> written = Files.walk(output)) {
        written.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /**
   * The time spent inside the identity-errors checks' matchers, as Error Prone itself measures it
   * for every check of every compilation: a direct measure of their cost, unlike a difference of
   * two noisy compile times.
   */
  private static double checksMillis(Context context) {
    if (context == null) {
      return 0;
    }
    Map<String, Duration> timings = ErrorProneTimings.instance(context).timings();
    return CHECKS.stream()
            .map(timings::get)
            .filter(Objects::nonNull)
            .mapToLong(Duration::toNanos)
            .sum()
        / 1e6;
  }

  /** Error Prone's default checks, and those with the identity-errors checks added. */
  static ScannerSupplier defaultChecks(boolean withIdentityErrors) {
    ScannerSupplier checks = BuiltInCheckerSuppliers.defaultChecks();
    return withIdentityErrors
        ? checks.plus(ScannerSupplier.fromBugCheckerClasses(IDENTITY_ERRORS))
        : checks;
  }
}
