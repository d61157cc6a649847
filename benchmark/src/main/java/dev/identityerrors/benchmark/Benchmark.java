package dev.identityerrors.benchmark;

import dev.identityerrors.benchmark.CorpusGenerator.Variant;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures what identity-errors adds to compile time, side by side with Error Prone alone and with
 * the Checker Framework's Fake Enum Checker: every configuration of a corpus is compiled in turn,
 * round after round (the starting configuration rotating), in one JVM, after warm-up rounds that
 * are not counted. Reports medians and spread, and the ratios between configurations of one run.
 *
 * <p>Arguments (all {@code --name value}): {@code --error-prone-path} (Error Prone and the
 * checker), {@code --checker-jar}, {@code --checker-framework-path}, {@code --corpus-class-path},
 * {@code --real-code} (folders of third-party sources, comma-separated), {@code --sizes}, {@code
 * --runs}, {@code --warmup}, {@code --out}.
 */
public final class Benchmark {
  private final Map<String, String> args;
  private final Path work;

  private Benchmark(Map<String, String> args) throws IOException {
    this.args = args;
    this.work = Files.createTempDirectory("identity-errors-corpus");
  }

  /** One way of compiling a corpus. */
  record Config(String name, Variant variant, List<String> options) {}

  /** The timings of one configuration on one corpus. */
  record Timing(Config config, List<Long> millis, Compilation.Result last) {
    long median() {
      List<Long> sorted = millis.stream().sorted().toList();
      int middle = sorted.size() / 2;
      return sorted.size() % 2 == 1
          ? sorted.get(middle)
          : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    String spread() {
      return millis.stream().mapToLong(Long::longValue).min().orElse(0)
          + "–"
          + millis.stream().mapToLong(Long::longValue).max().orElse(0);
    }
  }

  public static void main(String[] arguments) throws IOException {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i + 1 < arguments.length; i += 2) {
      args.put(arguments[i].replaceFirst("^--", ""), arguments[i + 1]);
    }
    new Benchmark(args).run();
  }

  private void run() throws IOException {
    int runs = Integer.parseInt(args.getOrDefault("runs", "5"));
    int warmup = Integer.parseInt(args.getOrDefault("warmup", "1"));
    List<Integer> sizes =
        Arrays.stream(args.getOrDefault("sizes", "250,500,1000,2000").split(","))
            .map(Integer::parseInt)
            .toList();
    Path out = Path.of(args.getOrDefault("out", "benchmark/results"));
    Files.createDirectories(out);

    StringBuilder report = new StringBuilder(header(runs, warmup));

    List<Path> realCode = new ArrayList<>();
    for (String folder : args.getOrDefault("real-code", "").split(",")) {
      if (!folder.isBlank() && !folder.equals("none")) {
        realCode.add(Path.of(folder));
      }
    }
    if (!realCode.isEmpty()) {
      report.append(realCodeSection(realCode, runs, warmup));
    }

    Map<Integer, Map<String, Timing>> bySize = new LinkedHashMap<>();
    Map<Integer, Long> linesBySize = new LinkedHashMap<>();
    for (int size : sizes) {
      Map<Variant, List<Path>> corpus = new HashMap<>();
      for (Variant variant : Variant.values()) {
        Path dir = work.resolve(variant + "-" + size);
        corpus.put(variant, CorpusGenerator.write(dir, size, variant));
      }
      linesBySize.put(size, lines(corpus.get(Variant.IDENTITY_ERRORS)));
      System.out.printf("generated corpus: %d classes, %d lines%n", size, linesBySize.get(size));
      bySize.put(size, measure(generatedConfigs(), corpus, runs, warmup));
    }
    report.append(generatedSection(bySize, linesBySize));
    Map<String, List<Long>> series = new LinkedHashMap<>();
    for (Map<String, Timing> timings : bySize.values()) {
      timings.forEach(
          (name, timing) ->
              series.computeIfAbsent(name, unused -> new ArrayList<>()).add(timing.median()));
    }
    Plot.write(
        out.resolve("compile-time.png"),
        "Compile time of the generated corpus (median of " + runs + " runs)",
        sizes,
        series);
    report.append("\n![compile time against corpus size](compile-time.png)\n");
    Files.writeString(out.resolve("benchmark.md"), report);
    System.out.println(report);
  }

  private String header(int runs, int warmup) {
    return "# identity-errors compile-time benchmark\n\n"
        + "Run %s on %d cores, %d MiB heap max, %s %s; JDK %s; Error Prone %s; Checker Framework %s.\n"
            .formatted(
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                args.getOrDefault("error-prone-version", "?"),
                args.getOrDefault("checker-framework-version", "?"))
        + "Every configuration compiled in turn in one JVM (%s), in-process javac, %d warm-up round(s) not counted, then %d rounds with the starting configuration rotating; medians, with min–max.\n\n"
            .formatted(ManagementFactory.getRuntimeMXBean().getVmName(), warmup, runs);
  }

  private List<String> common() {
    // Not -Xlint:none: it silences Error Prone's warnings, and with them the work of reporting.
    return List.of(
        "-encoding", "UTF-8", "-Xmaxwarns", "1000000", "-cp", read(args.get("corpus-class-path")));
  }

  private List<String> errorProne(boolean withChecker, String checks) {
    List<String> options = new ArrayList<>(common());
    String path = read(args.get("error-prone-path"));
    if (!withChecker) {
      String checker = args.get("checker-jar");
      path =
          Arrays.stream(path.split(java.io.File.pathSeparator))
              .filter(entry -> !entry.equals(checker))
              .collect(Collectors.joining(java.io.File.pathSeparator));
    }
    options.addAll(
        List.of(
            "-processorpath",
            path,
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            "-Xplugin:ErrorProne -XepAllErrorsAsWarnings" + checks));
    return options;
  }

  private List<Config> realCodeConfigs() {
    String ours = Compilation.enableIdentityErrorsChecks();
    return List.of(
        new Config("javac", Variant.IDENTITY_ERRORS, common()),
        new Config("EP", Variant.IDENTITY_ERRORS, errorProne(false, "")),
        new Config("EP + identity-errors", Variant.IDENTITY_ERRORS, errorProne(true, ours)),
        new Config(
            "EP, checks off", Variant.IDENTITY_ERRORS, errorProne(false, " -XepDisableAllChecks")),
        new Config(
            "EP, checks off + identity-errors",
            Variant.IDENTITY_ERRORS,
            errorProne(true, " -XepDisableAllChecks" + ours)));
  }

  private List<Config> generatedConfigs() {
    List<Config> configs = new ArrayList<>(realCodeConfigs());
    List<String> fenum = new ArrayList<>(common());
    fenum.addAll(
        List.of(
            "-processorpath",
            read(args.get("checker-framework-path")),
            "-processor",
            "org.checkerframework.checker.fenum.FenumChecker",
            "-Awarns"));
    configs.add(new Config("javac (Fenum variant)", Variant.FENUM, common()));
    configs.add(new Config("Fenum Checker", Variant.FENUM, fenum));
    return configs;
  }

  private String realCodeSection(List<Path> folders, int runs, int warmup) throws IOException {
    StringBuilder section =
        new StringBuilder(
            "## Real code that does not use identity codes\n\n"
                + "| corpus | files | lines | javac | EP | EP + identity-errors | ratio | EP, checks off |"
                + " EP, checks off + identity-errors | ratio | findings |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Path folder : folders) {
      List<Path> sources;
      try (Stream<Path> files = Files.walk(folder)) {
        sources = files.filter(file -> file.toString().endsWith(".java")).toList();
      }
      System.out.printf("real code: %s, %d files%n", folder.getFileName(), sources.size());
      Map<String, Timing> t =
          measure(realCodeConfigs(), Map.of(Variant.IDENTITY_ERRORS, sources), runs, warmup);
      section.append(
          "| %s | %d | %d | %s | %s | %s | **%.3f** | %s | %s | **%.3f** | %d |\n"
              .formatted(
                  folder.getFileName(),
                  sources.size(),
                  lines(sources),
                  cell(t.get("javac")),
                  cell(t.get("EP")),
                  cell(t.get("EP + identity-errors")),
                  ratio(t.get("EP + identity-errors"), t.get("EP")),
                  cell(t.get("EP, checks off")),
                  cell(t.get("EP, checks off + identity-errors")),
                  ratio(t.get("EP, checks off + identity-errors"), t.get("EP, checks off")),
                  t.get("EP + identity-errors").last().identityErrorsFindings()));
    }
    return section.append("\nTarget: EP + identity-errors / EP ≤ 1.02.\n\n").toString();
  }

  private String generatedSection(
      Map<Integer, Map<String, Timing>> bySize, Map<Integer, Long> linesBySize) {
    StringBuilder section =
        new StringBuilder(
            "## Generated client code that uses identity codes\n\n"
                + "| classes | lines | javac | EP | EP + identity-errors | ratio | EP, checks off |"
                + " EP, checks off + identity-errors | ratio | identity-errors ms / 1,000 lines"
                + " (added, all on) | javac (Fenum variant) | Fenum Checker | added: identity-errors"
                + " | added: Fenum | Fenum / identity-errors | findings: ours / Fenum's |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    bySize.forEach(
        (size, t) -> {
          long lines = linesBySize.get(size);
          if (t.get("EP + identity-errors").last().identityErrorsFindings() == 0
              || t.get("Fenum Checker").last().fenumFindings() == 0) {
            throw new IllegalStateException(
                "a checker found nothing in the generated corpus, so it did not run: "
                    + t.get("EP + identity-errors").last()
                    + ", "
                    + t.get("Fenum Checker").last());
          }
          long ours = t.get("EP + identity-errors").median() - t.get("EP").median();
          long fenum = t.get("Fenum Checker").median() - t.get("javac (Fenum variant)").median();
          section.append(
              ("| %d | %d | %s | %s | %s | **%.3f** | %s | %s | **%.3f** | %.1f (%.1f) | %s | %s |"
                      + " %d ms | %d ms | **%s** | %d / %d |\n")
                  .formatted(
                      size,
                      lines,
                      cell(t.get("javac")),
                      cell(t.get("EP")),
                      cell(t.get("EP + identity-errors")),
                      ratio(t.get("EP + identity-errors"), t.get("EP")),
                      cell(t.get("EP, checks off")),
                      cell(t.get("EP, checks off + identity-errors")),
                      ratio(t.get("EP, checks off + identity-errors"), t.get("EP, checks off")),
                      ours * 1000.0 / lines,
                      t.get("EP + identity-errors").median() * 1000.0 / lines,
                      cell(t.get("javac (Fenum variant)")),
                      cell(t.get("Fenum Checker")),
                      ours,
                      fenum,
                      ours <= 0
                          ? "n/a (no measurable cost)"
                          : "%.1f×".formatted(fenum / (double) ours),
                      t.get("EP + identity-errors").last().identityErrorsFindings(),
                      t.get("Fenum Checker").last().fenumFindings()));
        });
    return section
        .append(
            "\nTargets: EP + identity-errors / EP ≤ 1.05 at every size, cost linear in size (the"
                + " ms / 1,000 lines column flat), and identity-errors' added cost at least 5× below"
                + " Fenum's.\n")
        .toString();
  }

  private static Map<String, Timing> measure(
      List<Config> configs, Map<Variant, List<Path>> corpus, int runs, int warmup)
      throws IOException {
    Map<String, List<Long>> millis = new LinkedHashMap<>();
    Map<String, Compilation.Result> last = new HashMap<>();
    configs.forEach(config -> millis.put(config.name(), new ArrayList<>()));
    for (int round = 0; round < warmup + runs; round++) {
      for (int i = 0; i < configs.size(); i++) {
        Config config = configs.get((i + round) % configs.size());
        Compilation.Result result = Compilation.run(corpus.get(config.variant()), config.options());
        if (!result.success()) {
          throw new IllegalStateException(config.name() + " did not compile the corpus");
        }
        if (round >= warmup) {
          millis.get(config.name()).add(result.millis());
        }
        last.put(config.name(), result);
        System.out.printf(
            "  round %d %-36s %6d ms, findings: %d identity-errors, %d Fenum%s%n",
            round + 1,
            config.name(),
            result.millis(),
            result.identityErrorsFindings(),
            result.fenumFindings(),
            round < warmup ? " (warm-up)" : "");
      }
    }
    Map<String, Timing> timings = new LinkedHashMap<>();
    for (Config config : configs) {
      timings.put(
          config.name(), new Timing(config, millis.get(config.name()), last.get(config.name())));
    }
    return timings;
  }

  private static String cell(Timing timing) {
    return timing.median() + " ms (" + timing.spread() + ")";
  }

  private static double ratio(Timing numerator, Timing denominator) {
    return numerator.median() / (double) denominator.median();
  }

  private static long lines(List<Path> files) {
    long lines = 0;
    for (Path file : files) {
      try (Stream<String> text = Files.lines(file)) {
        lines += text.count();
      } catch (IOException | java.io.UncheckedIOException e) {
        // a file that is not UTF-8 still compiles; its lines are not counted
      }
    }
    return lines;
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file)).trim();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file, e);
    }
  }
}
