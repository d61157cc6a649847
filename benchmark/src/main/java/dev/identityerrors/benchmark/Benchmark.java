package dev.identityerrors.benchmark;

import dev.identityerrors.benchmark.CorpusGenerator.Variant;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures what identity-errors adds to compile time, side by side with Error Prone alone and with
 * the Checker Framework's Fake Enum Checker: every configuration of a corpus is compiled in turn,
 * round after round (the starting configuration rotating), in one JVM, after warm-up rounds that
 * are not counted. Reports medians and spread, and the ratios between configurations of one run.
 *
 * <p>Error Prone, the checker and the Checker Framework are on this program's class path. Arguments
 * (all {@code --name value}): {@code --corpus-class-path}, {@code --real-code} (folders of
 * third-party sources, comma-separated), {@code --sizes}, {@code --runs}, {@code --warmup}, {@code
 * --warm-checks}, {@code --out}, {@code --sections} (which to measure: real, baseline, generated,
 * sarif, concurrent; all by default), {@code --sarif-size} (the generated classes of the SARIF
 * section, 1000 by default).
 */
public final class Benchmark {
  private final Map<String, String> args;
  private final Path work;

  /** The checks' own time per corpus, among Error Prone's checks and alone, for its section. */
  private final Map<String, Map<String, Timing>> ownTimeByCorpus = new LinkedHashMap<>();

  private Benchmark(Map<String, String> args) throws IOException {
    this.args = args;
    this.work = Files.createTempDirectory("identity-errors-corpus");
  }

  /** One way of compiling a corpus. */
  record Config(String name, Variant variant, Compilation.Tool tool, List<String> options) {}

  /** The measured runs of one configuration on one corpus. */
  record Timing(Config config, List<Compilation.Result> results) {
    /** Median CPU time of the compiling thread, ms. */
    long median() {
      return (long) median(results.stream().mapToDouble(Compilation.Result::millis).toArray());
    }

    long medianWall() {
      return (long) median(results.stream().mapToDouble(Compilation.Result::wallMillis).toArray());
    }

    /** Median time inside the identity-errors checks, as Error Prone's timings measure it. */
    double medianChecks() {
      return median(results.stream().mapToDouble(Compilation.Result::checksMillis).toArray());
    }

    /** Median CPU time after the compilation's end, where the reports are written. */
    double medianEnd() {
      return median(results.stream().mapToDouble(Compilation.Result::endMillis).toArray());
    }

    /** The same as CPU time, estimated ({@link Compilation.Result#checksCpuMillis}). */
    double medianChecksCpu() {
      return median(results.stream().mapToDouble(Compilation.Result::checksCpuMillis).toArray());
    }

    String spread() {
      return results.stream().mapToLong(Compilation.Result::millis).min().orElse(0)
          + "–"
          + results.stream().mapToLong(Compilation.Result::millis).max().orElse(0);
    }

    Compilation.Result last() {
      return results.get(results.size() - 1);
    }

    static double median(double[] values) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int middle = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
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

    int warmChecks = Integer.parseInt(args.getOrDefault("warm-checks", "8"));
    StringBuilder report = new StringBuilder(header(runs, warmup, warmChecks, sizes.get(0)));
    warmChecks(warmChecks, sizes.get(0));

    List<Path> realCode = new ArrayList<>();
    for (String folder : args.getOrDefault("real-code", "").split(",", -1)) {
      if (!folder.isBlank() && !folder.equals("none")) {
        realCode.add(Path.of(folder));
      }
    }
    if (!realCode.isEmpty() && section("real")) {
      report.append(realCodeSection(realCode, runs, warmup));
    }
    String baselineCorpus = args.getOrDefault("baseline-corpus", "none");
    if (!baselineCorpus.equals("none") && section("baseline")) {
      report.append(
          baselineSection(Path.of(baselineCorpus), Path.of(args.get("baseline")), runs, warmup));
    }

    Map<Integer, Map<String, Timing>> bySize = new LinkedHashMap<>();
    Map<Integer, Map<String, Timing>> correctedBySize = new LinkedHashMap<>();
    Map<Integer, Long> linesBySize = new LinkedHashMap<>();
    for (int size : section("generated") ? sizes : List.<Integer>of()) {
      Map<Variant, List<Path>> corpus = new HashMap<>();
      for (Variant variant : Variant.values()) {
        Path dir = work.resolve(variant + "-" + size);
        corpus.put(variant, CorpusGenerator.write(dir, size, variant));
      }
      linesBySize.put(size, lines(corpus.get(Variant.IDENTITY_ERRORS)));
      System.out.printf("generated corpus: %d classes, %d lines%n", size, linesBySize.get(size));
      bySize.put(size, measure(generatedConfigs(), corpus, runs, warmup));
      Map<String, Timing> corrected =
          measure(identityConfigs(Variant.IDENTITY_ERRORS_CORRECT), corpus, runs, warmup);
      int left = corrected.get("EP + identity-errors").last().identityErrorsFindings();
      if (left != 0) {
        throw new IllegalStateException(
            left + " findings in the generated corpus with its mistakes corrected");
      }
      correctedBySize.put(size, corrected);
    }
    if (!bySize.isEmpty()) {
      report.append(generatedSection(bySize, linesBySize));
    }
    bySize.forEach((size, timings) -> ownTimeByCorpus.put(size + " generated classes", timings));
    correctedBySize.forEach(
        (size, timings) ->
            ownTimeByCorpus.put(size + " generated classes, mistakes corrected", timings));
    if (!ownTimeByCorpus.isEmpty()) {
      report.append(ownTimeSection());
    }
    if (section("sarif")) {
      int size = Integer.parseInt(args.getOrDefault("sarif-size", "1000"));
      report.append(
          sarifSection(
              size,
              CorpusGenerator.write(work.resolve("sarif-" + size), size, Variant.IDENTITY_ERRORS),
              runs,
              warmup));
    }
    List<Integer> atOnce =
        Arrays.stream(args.getOrDefault("concurrent", "2,4").split(","))
            .filter(k -> !k.isBlank() && !k.equals("none"))
            .map(Integer::parseInt)
            .toList();
    if (!atOnce.isEmpty() && section("concurrent")) {
      int size = sizes.get(0);
      Path dir = work.resolve("concurrent-" + size);
      report.append(
          concurrentSection(
              size,
              CorpusGenerator.write(dir, size, Variant.IDENTITY_ERRORS),
              atOnce,
              runs,
              warmup));
    }
    Map<String, List<Long>> series = new LinkedHashMap<>();
    for (Map<String, Timing> timings : bySize.values()) {
      timings.forEach(
          (name, timing) ->
              series.computeIfAbsent(name, unused -> new ArrayList<>()).add(timing.median()));
    }
    if (!series.isEmpty()) {
      Plot.write(
          out.resolve("compile-time.png"),
          "Compile time of the generated corpus (median of " + runs + " runs)",
          sizes,
          series);
      report.append("\n![compile time against corpus size](compile-time.png)\n");
    }
    Files.writeString(out.resolve("benchmark.md"), report);
    System.out.println(report);
  }

  /**
   * Whether a section is measured: {@code --sections} lists them (real, baseline, generated, sarif,
   * concurrent; all by default), so that one question can be measured again on its own.
   */
  private boolean section(String name) {
    String sections = args.getOrDefault("sections", "real,baseline,generated,sarif,concurrent");
    return Arrays.asList(sections.split(",")).contains(name);
  }

  /**
   * Brings the identity-errors checks to the JIT's steady state before anything is measured, as a
   * build daemon has after a few compilations. One warm-up round is not enough for them: a
   * compilation runs Error Prone's hundreds of checks on every tree and ours on few, so after it
   * ours still run interpreted or half compiled (on 250 generated classes their own time falls from
   * about 600 ms to about 80 ms over the first six compilations). Each compilation here runs them
   * alone (Error Prone's checks off) on the generated corpus; nothing of it is counted.
   */
  private void warmChecks(int compilations, int size) throws IOException {
    if (compilations <= 0) {
      return;
    }
    List<Path> corpus =
        CorpusGenerator.write(work.resolve("warm-checks"), size, Variant.IDENTITY_ERRORS);
    List<String> options = withEvery("-XepDisableAllChecks");
    for (int i = 0; i < compilations; i++) {
      Compilation.Result result = Compilation.run(errorProneWithIdentityErrors, corpus, options);
      System.out.printf(
          "  checks warm-up %d: %.1f ms in identity-errors, %d findings%n",
          i + 1, result.checksMillis(), result.identityErrorsFindings());
    }
  }

  private String header(int runs, int warmup, int warmChecks, int warmSize) {
    return "# identity-errors compile-time benchmark\n\n"
        + "Run %s on %d cores, %d MiB heap at start, %d MiB max, %s %s; JDK %s; Error Prone %s; Checker Framework %s.\n"
            .formatted(
                LocalDate.now(ZoneOffset.UTC),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                args.getOrDefault("error-prone-version", "?"),
                args.getOrDefault("checker-framework-version", "?"))
        + "Every configuration compiled in turn in one JVM (%s), in-process javac with Error Prone and the Fenum Checker loaded once and kept warm (as in a build daemon or IDE); first %d compilations of %d generated classes with identity-errors alone (Error Prone's checks off) bring its checks to the JIT's steady state, then each corpus has %d warm-up round(s) not counted and %d rounds with the starting configuration rotating; the heap collected before each run, its size fixed (-Xms as -Xmx: else that collection shrinks it to a few tens of MiB and every compilation grows it again through dozens of young collections, which no build daemon does, and which Error Prone's wall-clock timings charge to whichever check is running). Times are CPU time of the compiling thread (javac's own work, free of the JIT, GC and other processes' noise on this 2-core machine), medians with min–max; the wall-clock ratios are given beside them.\n\n"
            .formatted(
                ManagementFactory.getRuntimeMXBean().getVmName(),
                warmChecks,
                warmSize,
                warmup,
                runs);
  }

  private List<String> common() {
    // Not -Xlint:none: it silences Error Prone's warnings, and with them the work of reporting.
    return List.of(
        "-encoding", "UTF-8", "-Xmaxwarns", "1000000", "-cp", read(args.get("corpus-class-path")));
  }

  private final Compilation.Tool javac = Compilation.Tool.javac();
  private final Compilation.Tool errorProne =
      Compilation.Tool.errorProne(Compilation.defaultChecks(false));
  private final Compilation.Tool errorProneWithIdentityErrors =
      Compilation.Tool.errorProne(Compilation.defaultChecks(true));
  private final Compilation.Tool fenumChecker =
      Compilation.Tool.withProcessor("org.checkerframework.checker.fenum.FenumChecker");

  private List<String> with(String... options) {
    List<String> all = new ArrayList<>(common());
    all.addAll(List.of(options));
    return all;
  }

  /** The options, with every identity-errors check turned on as a warning (the jar's list). */
  private List<String> withEvery(String option) {
    List<String> all = with(option);
    Compilation.CHECKS.forEach(check -> all.add("-Xep:" + check + ":WARN"));
    return all;
  }

  /** Error Prone alone, its errors as warnings, on the corpus with the mistakes. */
  private Config errorProneAlone() {
    return new Config("EP", Variant.IDENTITY_ERRORS, errorProne, with("-XepAllErrorsAsWarnings"));
  }

  /** Error Prone with identity-errors on the corpus with the mistakes. */
  private Config identityErrors(String name, List<String> options) {
    return new Config(name, Variant.IDENTITY_ERRORS, errorProneWithIdentityErrors, options);
  }

  private List<Config> realCodeConfigs() {
    return identityConfigs(Variant.IDENTITY_ERRORS);
  }

  /** javac, Error Prone with and without identity-errors, with its checks on and off. */
  private List<Config> identityConfigs(Variant identity) {
    String allAsWarnings = "-XepAllErrorsAsWarnings";
    String off = "-XepDisableAllChecks";
    return List.of(
        new Config("javac", identity, javac, common()),
        new Config("EP", identity, errorProne, with(allAsWarnings)),
        new Config(
            "EP + identity-errors", identity, errorProneWithIdentityErrors, with(allAsWarnings)),
        new Config("EP, checks off", identity, errorProne, with(off)),
        new Config(
            "EP, checks off + identity-errors",
            identity,
            errorProneWithIdentityErrors,
            withEvery(off)));
  }

  private List<Config> generatedConfigs() {
    List<Config> configs = new ArrayList<>(realCodeConfigs());
    if (!withFenum()) {
      return configs;
    }
    configs.add(new Config("javac (Fenum variant)", Variant.FENUM, javac, common()));
    configs.add(new Config("Fenum Checker", Variant.FENUM, fenumChecker, with("-Awarns")));
    return configs;
  }

  /** {@code --fenum false} leaves the Fenum Checker out: its large corpora take most of a run. */
  private boolean withFenum() {
    return Boolean.parseBoolean(args.getOrDefault("fenum", "true"));
  }

  private String realCodeSection(List<Path> folders, int runs, int warmup) throws IOException {
    StringBuilder section =
        new StringBuilder(
            "## Real code that does not use identity codes\n\n"
                + "| corpus | files | lines | javac | EP | EP + identity-errors | ratio |"
                + " identity-errors' own time | ratio from own time | own time as CPU, estimated |"
                + " ratio from own CPU | EP, checks off | EP, checks off + identity-errors | ratio |"
                + " findings |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Path folder : folders) {
      List<Path> sources;
      try (Stream<Path> files = Files.walk(folder)) {
        sources = files.filter(file -> file.toString().endsWith(".java")).toList();
      }
      System.out.printf("real code: %s, %d files%n", folder.getFileName(), sources.size());
      Map<String, Timing> t =
          measure(realCodeConfigs(), Map.of(Variant.IDENTITY_ERRORS, sources), runs, warmup);
      ownTimeByCorpus.put(folder.getFileName().toString(), t);
      section.append(
          "| %s | %d | %d | %s | %s | %s | %s | %.1f ms | **%.4f** | %.1f ms | **%.4f** | %s | %s"
              .concat(" | %s | %d |\n")
              .formatted(
                  folder.getFileName(),
                  sources.size(),
                  lines(sources),
                  cell(t.get("javac")),
                  cell(t.get("EP")),
                  cell(t.get("EP + identity-errors")),
                  ratio(t.get("EP + identity-errors"), t.get("EP")),
                  t.get("EP + identity-errors").medianChecks(),
                  ownTimeRatio(t),
                  t.get("EP + identity-errors").medianChecksCpu(),
                  ownCpuRatio(t),
                  cell(t.get("EP, checks off")),
                  cell(t.get("EP, checks off + identity-errors")),
                  ratio(t.get("EP, checks off + identity-errors"), t.get("EP, checks off")),
                  t.get("EP + identity-errors").last().identityErrorsFindings()));
    }
    return section
        .append(
            "\nTarget: EP + identity-errors / EP ≤ 1.02. *Findings* are the identity-errors"
                + " diagnostics on code that does not use identity codes: 0 expected.\n\n")
        .toString();
  }

  /**
   * A code base adopted with a baseline: the stressed corpus of {@code robustness/} (every int
   * annotated), compiled with every finding reported, and with a baseline recording them all.
   */
  private String baselineSection(Path corpus, Path baseline, int runs, int warmup)
      throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(corpus)) {
      sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    long entries =
        Files.readAllLines(baseline).stream().filter(line -> !line.startsWith("#")).count();
    System.out.printf(
        "baseline: %s, %d files, %d baseline entries%n",
        corpus.getFileName(), sources.size(), entries);
    String allAsWarnings = "-XepAllErrorsAsWarnings";
    String withBaseline = "EP + identity-errors, baseline";
    Map<String, Timing> t =
        measure(
            List.of(
                errorProneAlone(),
                identityErrors("EP + identity-errors", with(allAsWarnings)),
                identityErrors(
                    withBaseline,
                    with(
                        allAsWarnings,
                        "-XepOpt:IdentityErrorCode:Baseline=" + baseline.toAbsolutePath()))),
            Map.of(Variant.IDENTITY_ERRORS, sources),
            runs,
            warmup);
    int left = t.get(withBaseline).last().identityErrorsFindings();
    if (left != 0) {
      throw new IllegalStateException(left + " findings reported with the baseline of them all");
    }
    double ep = t.get("EP").median();
    double without = t.get("EP + identity-errors").medianChecks();
    double with = t.get(withBaseline).medianChecks();
    return "\n## A code base adopted with a baseline\n\n"
        + "| corpus | files | baseline entries | EP | own time, findings reported | ratio from it |"
        + " findings | own time with the baseline | ratio from it | findings |\n"
        + "|---|---|---|---|---|---|---|---|---|---|\n"
        + "| %s (stressed) | %d | %d | %s | %.1f ms | **%.4f** | %d | %.1f ms | **%.4f** | %d |\n"
            .formatted(
                corpus.getFileName(),
                sources.size(),
                entries,
                cell(t.get("EP")),
                without,
                (ep + without) / ep,
                t.get("EP + identity-errors").last().identityErrorsFindings(),
                with,
                (ep + with) / ep,
                left)
        + "\nThe stressed corpus of `robustness/` (every int annotated), its baseline written by"
        + " `robustness/run.sh`. Target: with the baseline, EP + the checks' own time / EP ≤ 1.02,"
        + " as for code-heavy code without findings. Each ratio adds the checks' own time (Error"
        + " Prone's timings, which include reporting a finding) to EP's median.\n\n";
  }

  private String generatedSection(
      Map<Integer, Map<String, Timing>> bySize, Map<Integer, Long> linesBySize) {
    StringBuilder section =
        new StringBuilder(
            "## Generated client code that uses identity codes\n\n"
                + "| classes | lines | javac | EP | EP + identity-errors | ratio |"
                + " identity-errors' own time | ratio from own time | own time as CPU, estimated |"
                + " ratio from own CPU | own time per 1,000 lines |"
                + " EP + identity-errors per 1,000 lines | EP, checks off |"
                + " EP, checks off + identity-errors | ratio | javac (Fenum variant) | Fenum Checker"
                + " | added by Fenum | Fenum's added / identity-errors' own |"
                + " findings: ours / Fenum's |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    bySize.forEach(
        (size, t) -> {
          long lines = linesBySize.get(size);
          if (t.get("EP + identity-errors").last().identityErrorsFindings() == 0
              || (withFenum() && t.get("Fenum Checker").last().fenumFindings() == 0)) {
            throw new IllegalStateException(
                "a checker found nothing in the generated corpus, so it did not run: "
                    + t.get("EP + identity-errors").last()
                    + ", "
                    + t.get("Fenum Checker").last());
          }
          double own = t.get("EP + identity-errors").medianChecks();
          Timing fenumChecker = t.get("Fenum Checker");
          Timing fenumJavac = t.get("javac (Fenum variant)");
          long fenum = fenumChecker == null ? 0 : fenumChecker.median() - fenumJavac.median();
          section.append(
              ("| %d | %d | %s | %s | %s | %s | %.1f ms | **%.4f** | %.1f ms | **%.4f** | %.2f ms"
                      + " | %.1f ms | %s | %s"
                      + " | %s | %s | %s | %d ms | **%.0f×** | %d / %d |\n")
                  .formatted(
                      size,
                      lines,
                      cell(t.get("javac")),
                      cell(t.get("EP")),
                      cell(t.get("EP + identity-errors")),
                      ratio(t.get("EP + identity-errors"), t.get("EP")),
                      own,
                      ownTimeRatio(t),
                      t.get("EP + identity-errors").medianChecksCpu(),
                      ownCpuRatio(t),
                      own * 1000 / lines,
                      t.get("EP + identity-errors").median() * 1000.0 / lines,
                      cell(t.get("EP, checks off")),
                      cell(t.get("EP, checks off + identity-errors")),
                      ratio(t.get("EP, checks off + identity-errors"), t.get("EP, checks off")),
                      cell(fenumJavac),
                      cell(fenumChecker),
                      fenum,
                      fenum / Math.max(own, 0.001),
                      t.get("EP + identity-errors").last().identityErrorsFindings(),
                      fenumChecker == null ? 0 : fenumChecker.last().fenumFindings()));
        });
    return section
        .append(
            "\nTargets: EP + identity-errors / EP ≤ 1.05 at every size, cost linear in size (the"
                + " per-1,000-lines columns flat), and identity-errors' added cost at least 5× below"
                + " Fenum's. The *ratio* columns divide medians of whole compile times, whose run-to-run"
                + " spread on this machine is larger than the effect; *ratio from own time* adds the"
                + " time Error Prone measured inside the identity-errors checks to EP's median (a CPU"
                + " time); *ratio from own CPU* adds that time scaled by the share of the"
                + " compilation's wall time its thread was on a core, like with like.\n")
        .toString();
  }

  /**
   * What the SARIF report costs: the generated corpus with its finding every 29 lines (and, when
   * given, the stressed corpus with its baseline) compiled with and without {@code
   * -XepOpt:IdentityErrorCode:Sarif}. Recording a finding runs inside the checks, which Error
   * Prone's timings see; writing the log runs when the compilation ends, which they do not, so that
   * is measured apart (CPU time from javac's end of the compilation to the return of the call).
   */
  private String sarifSection(int size, List<Path> generated, int runs, int warmup)
      throws IOException {
    StringBuilder section =
        new StringBuilder(
            "\n## The SARIF report\n\n"
                + "| corpus | findings | results in the log | log size | EP | own time | after the"
                + " end | own time, SARIF | after the end, SARIF | the report's cost | ratio from"
                + " it | EP's checks off: own time | own time, SARIF | the report's cost | ratio"
                + " from it |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    section.append(
        sarifRow(
            size + " generated classes", generated, List.of(), generated.get(0), runs, warmup));
    String baselineCorpus = args.getOrDefault("baseline-corpus", "none");
    if (!baselineCorpus.equals("none")) {
      Path corpus = Path.of(baselineCorpus);
      List<Path> sources;
      try (Stream<Path> files = Files.walk(corpus)) {
        sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
      }
      section.append(
          sarifRow(
              corpus.getFileName() + " (stressed), baselined",
              sources,
              List.of(
                  "-XepOpt:IdentityErrorCode:Baseline="
                      + Path.of(args.get("baseline")).toAbsolutePath()),
              corpus,
              runs,
              warmup));
    }
    return section
        .append(
            "\n*Own time* is Error Prone's timing of the checks (recording a finding for the log"
                + " runs there), as CPU time, estimated (scaled by the compiling thread's CPU share); *after the end* the CPU time from javac's end of the compilation to"
                + " the return of the call, where the log is written. *The report's cost* is the"
                + " difference of their sums with and without the report; the ratio adds it to EP's"
                + " median. The last columns are the same with Error Prone's checks off, where the checks' own"
                + " time and its spread are a few times smaller. Target: ≤ 1.01 (the report on top of the checks, on code with a finding"
                + " every 29 lines); with the option unset nothing runs.\n")
        .toString();
  }

  private String sarifRow(
      String name, List<Path> sources, List<String> options, Path root, int runs, int warmup)
      throws IOException {
    Path folder = work.resolve("sarif-report-" + name.replaceAll("[^A-Za-z0-9]+", "-"));
    String allAsWarnings = "-XepAllErrorsAsWarnings";
    List<String> plain = new ArrayList<>(with(allAsWarnings));
    plain.addAll(options);
    List<String> withReport = new ArrayList<>(plain);
    Path rootFolder = Files.isDirectory(root) ? root : root.getParent();
    withReport.add("-XepOpt:IdentityErrorCode:Sarif=" + folder);
    withReport.add("-XepOpt:IdentityErrorCode:SarifRoot=" + rootFolder.toAbsolutePath());
    String report = "EP + identity-errors, SARIF";
    // The same with Error Prone's checks off: the checks' own time is a few times smaller there,
    // and so is its spread, which shows what recording the findings costs more sharply.
    List<String> alone = new ArrayList<>(withEvery("-XepDisableAllChecks"));
    alone.addAll(options);
    List<String> aloneWithReport = new ArrayList<>(alone);
    aloneWithReport.addAll(withReport.subList(plain.size(), withReport.size()));
    String off = "EP, checks off + identity-errors";
    String offReport = off + ", SARIF";
    Map<String, Timing> t =
        measure(
            List.of(
                errorProneAlone(),
                identityErrors("EP + identity-errors", plain),
                identityErrors(report, withReport),
                identityErrors(off, alone),
                identityErrors(offReport, aloneWithReport)),
            Map.of(Variant.IDENTITY_ERRORS, sources),
            runs,
            warmup);
    Path log;
    try (Stream<Path> files = Files.list(folder)) {
      log =
          files
              .filter(file -> file.toString().endsWith(".sarif"))
              .findAny()
              .orElseThrow(() -> new IllegalStateException("no SARIF log in " + folder));
    }
    String text = Files.readString(log);
    long results = text.lines().filter(line -> line.contains("\"ruleId\":")).count();
    int findings = t.get(report).last().identityErrorsFindings();
    if (results == 0 || (options.isEmpty() && results != findings)) {
      throw new IllegalStateException(
          results + " results in the SARIF log of " + findings + " findings: " + log);
    }
    double ep = t.get("EP").median();
    double without = t.get("EP + identity-errors").medianChecksCpu();
    double endWithout = t.get("EP + identity-errors").medianEnd();
    double with = t.get(report).medianChecksCpu();
    double endWith = t.get(report).medianEnd();
    double cost = with + endWith - without - endWithout;
    double aloneWithout = t.get(off).medianChecksCpu() + t.get(off).medianEnd();
    double aloneWith = t.get(offReport).medianChecksCpu() + t.get(offReport).medianEnd();
    double aloneCost = aloneWith - aloneWithout;
    return ("| %s | %d | %d | %d KiB | %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |"
            + " **%.4f** | %.1f ms | %.1f ms | %.1f ms | **%.4f** |\n")
        .formatted(
            name,
            findings,
            results,
            Files.size(log) / 1024,
            cell(t.get("EP")),
            without,
            endWithout,
            with,
            endWith,
            cost,
            (ep + cost) / ep,
            aloneWithout,
            aloneWith,
            aloneCost,
            (ep + aloneCost) / ep);
  }

  /**
   * The checks' own time among Error Prone's checks (EP + identity-errors) and with Error Prone's
   * checks off (the same work, the same findings), each as a ratio to EP's median: how much of the
   * cost is the work and how much its running among hundreds of other checks.
   */
  private String ownTimeSection() {
    StringBuilder section =
        new StringBuilder(
            "\n## The checks' own time, among Error Prone's checks and alone\n\n"
                + "| corpus | own time with EP's checks | ratio from it | own time with EP's checks"
                + " off | ratio from it | with / off | findings |\n"
                + "|---|---|---|---|---|---|---|\n");
    ownTimeByCorpus.forEach(
        (corpus, t) -> {
          double among = t.get("EP + identity-errors").medianChecks();
          double alone = t.get("EP, checks off + identity-errors").medianChecks();
          section.append(
              "| %s | %.1f ms | **%.4f** | %.1f ms | **%.4f** | %.1f× | %d |\n"
                  .formatted(
                      corpus,
                      among,
                      withOwnTime(t, among),
                      alone,
                      withOwnTime(t, alone),
                      among / Math.max(alone, 0.001),
                      t.get("EP + identity-errors").last().identityErrorsFindings()));
        });
    return section
        .append(
            "\nBoth are Error Prone's timings of the identity-errors checks in the same run, for the"
                + " same findings; each ratio adds one of them to EP's median (that of the same"
                + " corpus). *Mistakes corrected* is the generated corpus with each of its three"
                + " mistakes per class written as the constant meant: the same trees to analyse and"
                + " nothing to report. Error Prone counts the reporting of a finding (which applies"
                + " its fix to a copy of the file for the \"Did you mean\" line) in the check's"
                + " time, so the difference between the two generated rows of one size is what the"
                + " findings cost.\n")
        .toString();
  }

  /**
   * K compilations of the same corpus at once in this JVM, the checks loaded once, as a build
   * daemon runs them: the checks' own time per compilation against one compilation at a time, and
   * the findings of each against those of a compilation alone.
   */
  private String concurrentSection(
      int size, List<Path> corpus, List<Integer> atOnce, int runs, int warmup) throws IOException {
    StringBuilder section =
        new StringBuilder(
            "\n## Compilations at once in one JVM (%d generated classes)\n\n".formatted(size)
                + "| compilations at once | compilations measured | identity-errors' own time per"
                + " compilation (wall) | own CPU time, estimated | ratio to one at a time (CPU) |"
                + " findings per compilation |\n"
                + "|---|---|---|---|---|---|\n");
    List<Integer> levels = new ArrayList<>(List.of(1));
    levels.addAll(atOnce);
    double sequentialCpu = 0;
    int sequentialFindings = -1;
    List<String> options = with("-XepAllErrorsAsWarnings");
    for (int k : levels) {
      List<Compilation.Result> measured = new ArrayList<>();
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(k);
      try {
        for (int round = 0; round < warmup + runs; round++) {
          List<java.util.concurrent.Future<Compilation.Result>> running = new ArrayList<>();
          for (int i = 0; i < k; i++) {
            running.add(
                pool.submit(() -> Compilation.run(errorProneWithIdentityErrors, corpus, options)));
          }
          for (var future : running) {
            Compilation.Result result = future.get();
            if (!result.success()) {
              throw new IllegalStateException("a concurrent compilation failed");
            }
            if (round >= warmup) {
              measured.add(result);
            }
          }
          System.out.printf("  %d at once, round %d done%n", k, round + 1);
        }
      } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e);
      } finally {
        pool.shutdownNow();
      }
      Timing timing = new Timing(null, measured);
      double cpu =
          Timing.median(
              measured.stream().mapToDouble(Compilation.Result::checksCpuMillis).toArray());
      int findings = measured.get(0).identityErrorsFindings();
      boolean sameFindings =
          measured.stream().allMatch(result -> result.identityErrorsFindings() == findings);
      if (k == 1) {
        sequentialCpu = cpu;
        sequentialFindings = findings;
      }
      section.append(
          "| %d | %d | %.1f ms | %.1f ms | **%.2f** | %d%s |\n"
              .formatted(
                  k,
                  measured.size(),
                  timing.medianChecks(),
                  cpu,
                  cpu / Math.max(sequentialCpu, 0.001),
                  findings,
                  sameFindings && findings == sequentialFindings
                      ? " (all equal to one alone)"
                      : " (DIFFER)"));
    }
    return section
        .append(
            "\nTarget: own time per compilation at once within 1.2× of one at a time. Error Prone"
                + " times the checks by the wall clock, which counts the time a thread waits for one"
                + " of the 2 cores; the CPU estimate scales it by the compiling thread's CPU time over"
                + " its wall time.\n")
        .toString();
  }

  private Map<String, Timing> measure(
      List<Config> configs, Map<Variant, List<Path>> corpus, int runs, int warmup)
      throws IOException {
    Map<String, List<Compilation.Result>> results = new LinkedHashMap<>();
    configs.forEach(config -> results.put(config.name(), new ArrayList<>()));
    for (int round = 0; round < warmup + runs; round++) {
      for (int i = 0; i < configs.size(); i++) {
        Config config = configs.get((i + round) % configs.size());
        Compilation.Result result =
            Compilation.run(config.tool(), corpus.get(config.variant()), config.options());
        if (!result.success()) {
          throw new IllegalStateException(config.name() + " did not compile the corpus");
        }
        if (round >= warmup) {
          results.get(config.name()).add(result);
        }
        System.out.printf(
            "  round %d %-34s %6d ms CPU %6d ms wall %7.1f ms in identity-errors,"
                + " findings: %d identity-errors, %d Fenum%s%n",
            round + 1,
            config.name(),
            result.millis(),
            result.wallMillis(),
            result.checksMillis(),
            result.identityErrorsFindings(),
            result.fenumFindings(),
            round < warmup ? " (warm-up)" : "");
      }
    }
    Map<String, Timing> timings = new LinkedHashMap<>();
    configs.forEach(
        config -> timings.put(config.name(), new Timing(config, results.get(config.name()))));
    return timings;
  }

  /**
   * EP + identity-errors over EP, estimated from the checks' own time (Error Prone's timings)
   * instead of the difference of two noisy compile times.
   */
  private static double ownTimeRatio(Map<String, Timing> t) {
    return withOwnTime(t, t.get("EP + identity-errors").medianChecks());
  }

  /**
   * The same with the checks' own time as CPU time, estimated: EP's median is CPU time, while Error
   * Prone times the checks by the wall clock, which counts the time the thread waits for a core.
   */
  private static double ownCpuRatio(Map<String, Timing> t) {
    return withOwnTime(t, t.get("EP + identity-errors").medianChecksCpu());
  }

  /** EP's median with the checks' own time added, over EP's median. */
  private static double withOwnTime(Map<String, Timing> t, double own) {
    return (t.get("EP").median() + own) / t.get("EP").median();
  }

  private static String cell(Timing timing) {
    if (timing == null) {
      return "not run";
    }
    return timing.median() + " ms (" + timing.spread() + ")";
  }

  /** The ratio of medians, CPU time first and wall-clock time beside it. */
  private static String ratio(Timing numerator, Timing denominator) {
    return "**%.3f** (wall %.3f)"
        .formatted(
            numerator.median() / (double) denominator.median(),
            numerator.medianWall() / (double) denominator.medianWall());
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
