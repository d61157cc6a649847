package dev.identityerrors.checker.fuzz;

import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated client programs against the truth their generator knows: each compiled with the plugin
 * on real javac, at its source level ({@code --release} 11 or 17), must give exactly the findings
 * (check, line) the docs promise, and the same findings arranged otherwise (its fragments and their
 * members in another order, every second fragment in a second file: {@link
 * ClientProgram#rearranged}); patched with every fix that keeps meaning (all but UnknownErrorCode's
 * typo fix and HttpStatusAsErrorCode's, which are meant to change it), each must compile with Error
 * Prone's default checks on, with no diagnostic of theirs it did not have, and print what it
 * printed before for every input (each catalogue code, and 0, -1, 404, 695, null); patched with
 * every fix, the guesses too, it must still compile so, with nothing new from Error Prone's checks.
 * A disagreement is shrunk to its smallest program and printed.
 *
 * <p>{@code -Dfuzz.programs=N -Dfuzz.seed=S} (scripts/fuzz.sh) choose the run; the test command
 * runs a fixed set.
 */
class FuzzTest {
  /**
   * The fixes that keep what a program does (the docs say which): every check's but the guesses.
   */
  private static final List<String> MEANING_KEEPING_FIXES =
      List.of(
          "ErrorCodeAnnotationMisuse",
          "ErrorCodeLiteral",
          "UnannotatedErrorCode",
          "UnhandledErrorCategory");

  @Test
  void generatedProgramsGetExactlyTheFindingsTheDocsPromise() throws Exception {
    int programs = Integer.getInteger("fuzz.programs", 34);
    long seed = Long.getLong("fuzz.seed", 20261202L);
    List<String> checks = checks();
    List<String> disagreements = new ArrayList<>();
    Map<String, int[]> families = new TreeMap<>();
    for (int i = 0; i < programs; i++) {
      ClientProgram program = ClientProgramGenerator.generate(seed + i);
      for (ClientProgram.Fragment fragment : program.fragments()) {
        int[] counts = families.computeIfAbsent(fragment.family(), family -> new int[3]);
        counts[0]++;
        counts[1] += fragment.findings().size();
      }
      String disagreement = disagreement(program, checks);
      if (disagreement != null) {
        ClientProgram smallest = shrink(program, checks);
        for (ClientProgram.Fragment fragment : smallest.fragments()) {
          families.get(fragment.family())[2]++;
        }
        disagreements.add(
            "seed "
                + program.seed()
                + ": "
                + disagreement(smallest, checks)
                + "\n"
                + numbered(smallest.source()));
      }
    }
    disagreements.forEach(System.out::println);
    // Per family: fragments generated, findings expected, fragments left in a shrunk disagreement.
    families.forEach(
        (family, counts) ->
            System.out.println(
                "family\t" + family + "\t" + counts[0] + "\t" + counts[1] + "\t" + counts[2]));
    System.out.println(programs + " programs, " + disagreements.size() + " disagreements");
    assertEquals(List.of(), disagreements);
  }

  /** The checks the plugin declares to javac's ServiceLoader: the one list. */
  static List<String> checks() throws IOException {
    try (InputStream services =
        FuzzTest.class
            .getClassLoader()
            .getResourceAsStream(
                "META-INF/services/com.google.errorprone.bugpatterns.BugChecker")) {
      return new String(services.readAllBytes(), UTF_8)
          .lines()
          .map(String::trim)
          .filter(line -> !line.isEmpty())
          .map(line -> line.substring(line.lastIndexOf('.') + 1))
          .sorted()
          .toList();
    }
  }

  /** Removes fragments while the program still disagrees: the smallest that does. */
  private static ClientProgram shrink(ClientProgram program, List<String> checks) throws Exception {
    ClientProgram smallest = program;
    boolean removed = true;
    while (removed) {
      removed = false;
      for (int i = 0; i < smallest.fragments().size() && smallest.fragments().size() > 1; i++) {
        ClientProgram fewer = smallest.without(i);
        if (disagreement(fewer, checks) != null) {
          smallest = fewer;
          removed = true;
          break;
        }
      }
    }
    return smallest;
  }

  /**
   * What is wrong with one program, or null. Compiled at its source level: with the checks alone,
   * it must give exactly the findings it promises; with Error Prone's default checks on as well, it
   * gives what those say of it and the classes that run. Patched with the fixes that keep meaning,
   * then with every fix (the guesses too), it must compile with those defaults and no diagnostic of
   * theirs that the original did not have; patched with the fixes that keep meaning, it must print
   * what it printed, for every input.
   */
  static String disagreement(ClientProgram program, List<String> checks) throws Exception {
    Path dir = Files.createTempDirectory("identity-errors-fuzz");
    try {
      Path file = dir.resolve(ClientProgram.CLASS + ".java");
      Files.writeString(file, program.source(), UTF_8);
      String release = Integer.toString(program.release());
      Compilation checked = compile(file, release, "-XepDisableAllChecks " + enable(checks));
      List<String> otherErrors = otherErrors(checked, checks);
      if (!otherErrors.isEmpty()) {
        return "the program does not compile: " + otherErrors;
      }
      List<String> actual = findings(checked, checks);
      if (!actual.equals(program.expected())) {
        return "expected " + program.expected() + " but the checks found " + actual;
      }
      String rearranged = rearrangedDisagreement(program, dir.resolve("rearranged"), checks);
      if (rearranged != null) {
        return rearranged;
      }
      Compilation original = compile(file, release, withDefaults(checks));
      if (original.status() != Compilation.Status.SUCCESS) {
        return "the program does not compile with Error Prone's defaults: " + original.errors();
      }
      Map<String, Integer> defaultsSaid = saidByCheck(original, List.of());
      String before = run(original, dir.resolve("before"));
      for (List<String> fixes : List.of(MEANING_KEEPING_FIXES, checks)) {
        Files.writeString(file, program.source(), UTF_8);
        Compilation patch =
            compile(
                file,
                release,
                "-XepDisableAllChecks "
                    + enable(checks)
                    + " -XepPatchChecks:"
                    + String.join(",", fixes)
                    + " -XepPatchLocation:IN_PLACE");
        if (!otherErrors(patch, checks).isEmpty()) {
          return "patch mode failed: " + otherErrors(patch, checks);
        }
        String patched = Files.readString(file, UTF_8);
        String which = fixes == checks ? "every fix" : "the fixes that keep meaning";
        Compilation recompiled = compile(file, release, withDefaults(checks));
        if (recompiled.status() != Compilation.Status.SUCCESS) {
          return "patched with "
              + which
              + ", the program does not compile: "
              + otherErrors(recompiled, checks)
              + "\n"
              + numbered(patched);
        }
        // After the guesses, ours may find more (a literal now compared with a code is one).
        List<String> added =
            added(
                defaultsSaid,
                saidByCheck(recompiled, fixes == checks ? checks : List.of()),
                recompiled);
        if (!added.isEmpty()) {
          return "patched with "
              + which
              + ", the checks (Error Prone's or ours) say more: "
              + added
              + "\n"
              + numbered(patched);
        }
        String after = run(recompiled, dir.resolve(fixes == checks ? "guessed" : "after"));
        if (fixes == MEANING_KEEPING_FIXES && !after.equals(before)) {
          return "patched with "
              + which
              + ", the program prints another thing:\n"
              + numbered(patched)
              + "\nbefore:\n"
              + before
              + "after:\n"
              + after;
        }
        // A guess may change what is decided, never make a fragment throw where it did not.
        String thrown = newlyThrown(before, after);
        if (thrown != null) {
          return "patched with " + which + ", " + thrown + "\n" + numbered(patched);
        }
      }
      return null;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /**
   * What is wrong with the program arranged otherwise (its fragments and members in another order,
   * half of them in a second file), or null: it must get the same findings, each where its line
   * moved.
   */
  private static String rearrangedDisagreement(ClientProgram program, Path dir, List<String> checks)
      throws IOException {
    Files.createDirectories(dir);
    List<Path> paths = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    StringBuilder sources = new StringBuilder();
    for (ClientProgram.SourceFile file : program.rearranged()) {
      Path path = dir.resolve(file.name());
      Files.writeString(path, file.source(), UTF_8);
      paths.add(path);
      file.expected().forEach(finding -> expected.add(file.name() + ":" + finding));
      sources.append(file.name()).append('\n').append(numbered(file.source()));
    }
    Compilation checked =
        compile(
            paths, Integer.toString(program.release()), "-XepDisableAllChecks " + enable(checks));
    List<String> otherErrors = otherErrors(checked, checks);
    if (!otherErrors.isEmpty()) {
      return "arranged otherwise, the program does not compile: " + otherErrors + "\n" + sources;
    }
    List<String> actual = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : checked.diagnostics()) {
      String check = checkOf(diagnostic, checks);
      if (check != null && diagnostic.getSource() != null) {
        String name = Path.of(diagnostic.getSource().toUri()).getFileName().toString();
        actual.add(name + ":" + diagnostic.getLineNumber() + " [" + check + "]");
      }
    }
    expected.sort(null);
    actual.sort(null);
    if (!actual.equals(expected)) {
      return "arranged otherwise (fragments and members in another order, every second fragment"
          + " in a second file), expected "
          + expected
          + " but the checks found "
          + actual
          + "\n"
          + sources;
    }
    return null;
  }

  /** The first outcome that is an exception after a patch and was not before, or null. */
  private static String newlyThrown(String before, String after) {
    List<String> was = before.lines().toList();
    List<String> is = after.lines().toList();
    for (int line = 0; line < Math.min(was.size(), is.size()); line++) {
      String[] wasOutcomes = was.get(line).split(" ");
      String[] isOutcomes = is.get(line).split(" ");
      for (int i = 1; i < Math.min(wasOutcomes.length, isOutcomes.length); i++) {
        if (isOutcomes[i].startsWith("!") && !isOutcomes[i].equals(wasOutcomes[i])) {
          return "fragment f"
              + (i - 1)
              + " throws "
              + isOutcomes[i].substring(1)
              + " for input "
              + isOutcomes[0]
              + ", where it gave "
              + wasOutcomes[i];
        }
      }
    }
    return null;
  }

  /** Error Prone's default checks and ours, every error a warning so that the classes are made. */
  private static String withDefaults(List<String> checks) {
    return "-XepAllErrorsAsWarnings "
        + String.join(" ", checks.stream().map(check -> "-Xep:" + check + ":WARN").toList());
  }

  /**
   * How many diagnostics each check but these gave, Error Prone's own and ours (counted, not
   * placed: lines move with an import).
   */
  private static Map<String, Integer> saidByCheck(Compilation compilation, List<String> except) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (message.startsWith("[") && message.indexOf(']') > 1) {
        String check = message.substring(1, message.indexOf(']'));
        if (check.chars().allMatch(Character::isLetterOrDigit) && !except.contains(check)) {
          counts.merge(check, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** The diagnostics of the checks that say more after a patch than before it. */
  private static List<String> added(
      Map<String, Integer> before, Map<String, Integer> after, Compilation patched) {
    List<String> added = new ArrayList<>();
    after.forEach(
        (check, count) -> {
          if (count > before.getOrDefault(check, 0)) {
            patched.diagnostics().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith("[" + check + "]"))
                .forEach(d -> added.add(d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)));
          }
        });
    return added;
  }

  private static String enable(List<String> checks) {
    return String.join(" ", checks.stream().map(check -> "-Xep:" + check).toList());
  }

  /** With the plugin and these options, at this source level. */
  private static Compilation compile(Path file, String release, String errorProneOptions)
      throws MalformedURLException {
    return compile(List.of(file), release, errorProneOptions);
  }

  /** These files compiled together. */
  private static Compilation compile(List<Path> files, String release, String errorProneOptions)
      throws MalformedURLException {
    List<String> options =
        List.of(
            "--release",
            release,
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            "-processorpath",
            System.getProperty("java.class.path"),
            "-Xplugin:ErrorProne " + errorProneOptions);
    List<JavaFileObject> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
    }
    return javac().withOptions(options).compile(sources);
  }

  private static List<String> otherErrors(Compilation compilation, List<String> checks) {
    return compilation.errors().stream()
        .map(error -> error.getMessage(Locale.ROOT))
        .filter(
            message -> checks.stream().noneMatch(check -> message.startsWith("[" + check + "]")))
        .toList();
  }

  /** The checks' findings, as {@code line [Check]}. */
  private static List<String> findings(Compilation compilation, List<String> checks) {
    List<String> findings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String check = checkOf(diagnostic, checks);
      if (check != null) {
        findings.add(diagnostic.getLineNumber() + " [" + check + "]");
      }
    }
    return findings.stream().sorted().toList();
  }

  /** The check of ours a diagnostic on a line comes from, or null. */
  private static String checkOf(
      Diagnostic<? extends JavaFileObject> diagnostic, List<String> checks) {
    String message = diagnostic.getMessage(Locale.ROOT);
    for (String check : checks) {
      if (message.startsWith("[" + check + "]") && diagnostic.getLineNumber() > 0) {
        return check;
      }
    }
    return null;
  }

  /** Runs the main of a compilation's classes: what it prints. */
  private static String run(Compilation compilation, Path classes) throws Exception {
    Files.createDirectories(classes);
    for (JavaFileObject output : compilation.generatedFiles()) {
      if (output.getKind() == JavaFileObject.Kind.CLASS) {
        String name = output.getName();
        Path target = classes.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = output.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, FuzzTest.class.getClassLoader())) {
      Method main = loader.loadClass(ClientProgram.CLASS).getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(out);
    }
    return printed.toString(UTF_8);
  }

  private static String numbered(String source) {
    List<String> lines = source.lines().toList();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      text.append(String.format(Locale.ROOT, "%3d  %s%n", i + 1, lines.get(i)));
    }
    return text.toString();
  }
}
