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
 * on real javac must give exactly the findings (check, line) the docs promise; patched with every
 * fix that keeps meaning (all but UnknownErrorCode's typo fix and HttpStatusAsErrorCode's, which
 * are meant to change it), each must compile and print what it printed before, for every code. A
 * disagreement is shrunk to its smallest program and printed.
 *
 * <p>{@code -Dfuzz.programs=N -Dfuzz.seed=S} (scripts/fuzz.sh) choose the run; the test command
 * runs a fixed set.
 */
class FuzzTest {
  private static final List<String> MEANING_KEEPING_FIXES =
      List.of("ErrorCodeLiteral", "UnhandledErrorCategory", "ErrorCodeAnnotationMisuse");

  @Test
  void generatedProgramsGetExactlyTheFindingsTheDocsPromise() throws Exception {
    int programs = Integer.getInteger("fuzz.programs", 30);
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

  /** What is wrong with one program, or null. */
  static String disagreement(ClientProgram program, List<String> checks) throws Exception {
    Path dir = Files.createTempDirectory("identity-errors-fuzz");
    try {
      Path file = dir.resolve(ClientProgram.CLASS + ".java");
      Files.writeString(file, program.source(), UTF_8);
      Compilation checked = compile(file, "-XepDisableAllChecks " + enable(checks));
      List<String> otherErrors = otherErrors(checked, checks);
      if (!otherErrors.isEmpty()) {
        return "the program does not compile: " + otherErrors;
      }
      List<String> actual = findings(checked, checks);
      if (!actual.equals(program.expected())) {
        return "expected " + program.expected() + " but the checks found " + actual;
      }
      String before = run(file, dir.resolve("before"));
      Compilation patch =
          compile(
              file,
              "-XepDisableAllChecks "
                  + enable(checks)
                  + " -XepPatchChecks:"
                  + String.join(",", MEANING_KEEPING_FIXES)
                  + " -XepPatchLocation:IN_PLACE");
      if (!otherErrors(patch, checks).isEmpty()) {
        return "patch mode failed: " + otherErrors(patch, checks);
      }
      String patched = Files.readString(file, UTF_8);
      String after = run(file, dir.resolve("after"));
      if (after == null) {
        return "the patched program does not compile:\n" + numbered(patched);
      }
      if (!after.equals(before)) {
        return "the patched program prints another thing:\n"
            + numbered(patched)
            + "\nbefore:\n"
            + before
            + "after:\n"
            + after;
      }
      return null;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static String enable(List<String> checks) {
    return String.join(" ", checks.stream().map(check -> "-Xep:" + check).toList());
  }

  /** With the plugin and these options, or (options null) plain javac. */
  private static Compilation compile(Path file, String errorProneOptions)
      throws MalformedURLException {
    List<String> options = new ArrayList<>();
    if (errorProneOptions != null) {
      options.addAll(
          List.of(
              "-XDcompilePolicy=simple",
              "--should-stop=ifError=FLOW",
              "-processorpath",
              System.getProperty("java.class.path"),
              "-Xplugin:ErrorProne " + errorProneOptions));
    } else {
      options.add("-proc:none");
    }
    return javac().withOptions(options).compile(JavaFileObjects.forResource(file.toUri().toURL()));
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
      String message = diagnostic.getMessage(Locale.ROOT);
      for (String check : checks) {
        if (message.startsWith("[" + check + "]") && diagnostic.getLineNumber() > 0) {
          findings.add(diagnostic.getLineNumber() + " [" + check + "]");
        }
      }
    }
    return findings.stream().sorted().toList();
  }

  /** Compiles the program without the plugin and runs its main; null when it does not compile. */
  private static String run(Path file, Path classes) throws Exception {
    Compilation compilation = compile(file, null);
    if (compilation.status() != Compilation.Status.SUCCESS) {
      return null;
    }
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
