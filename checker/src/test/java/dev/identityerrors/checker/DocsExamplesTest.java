package dev.identityerrors.checker;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Java example of the README and every page of the docs compiles against the SDK stand-ins
 * and says what the checks say. The examples live in {@code docs/snippets/} as whole files,
 * compiled here by real javac with every check; each fenced {@code java} block of the docs must be
 * a verbatim slice of one of them (indentation aside; a line {@code // ...} in a block skips
 * lines). A comment {@code // [CheckName] text} marks the finding on its line, whose message
 * contains the text; lines without one must have none.
 */
class DocsExamplesTest {
  /** The tests run in {@code checker/}. */
  private static final Path ROOT = Path.of("..");

  private static final Path SNIPPETS = ROOT.resolve("docs/snippets");

  private static final Pattern MARKER = Pattern.compile("//\\s*\\[(\\w+)\\]\\s*(.*?)\\s*$");

  private static final Pattern FENCED_JAVA = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  private static final String SKIP = "// ...";

  private static List<Path> snippets;

  @BeforeAll
  static void findSnippets() throws IOException {
    try (Stream<Path> files = Files.list(SNIPPETS)) {
      snippets = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** file:line [Check] -> message, of every identity-errors finding. */
  private static Map<String, String> findings(Compilation compilation) {
    Map<String, String> findings = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("");
      if (diagnostic.getSource() == null || !message.startsWith("[")) {
        continue;
      }
      String check = message.substring(1, message.indexOf(']'));
      if (AllChecks.NAMES.contains(check)) {
        String file = Path.of(diagnostic.getSource().toUri()).getFileName().toString();
        findings.put(file + ":" + diagnostic.getLineNumber() + " [" + check + "]", message);
      }
    }
    return findings;
  }

  @Test
  void everySnippetSaysWhatItsMarkersSay() throws IOException {
    Compilation compilation =
        RealJavac.compile(
            "-XepDisableAllChecks "
                + AllChecks.NAMES.stream().map(name -> "-Xep:" + name).collect(joining(" ")),
            snippets.stream().map(RealJavac::onDisk).toList());
    List<String> otherErrors =
        compilation.errors().stream()
            .map(error -> error.getMessage(Locale.ROOT))
            .filter(message -> AllChecks.NAMES.stream().noneMatch(n -> message.startsWith("[" + n)))
            .toList();
    assertEquals(List.of(), otherErrors, "the snippets compile against the SDK stand-ins");

    Map<String, String> expected = new TreeMap<>();
    for (Path file : snippets) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher marker = MARKER.matcher(lines.get(i));
        if (marker.find()) {
          expected.put(
              file.getFileName() + ":" + (i + 1) + " [" + marker.group(1) + "]", marker.group(2));
        }
      }
    }
    Map<String, String> actual = findings(compilation);
    assertEquals(expected.keySet(), actual.keySet(), "findings against the // [Check] markers");
    expected.forEach(
        (where, text) ->
            assertTrue(
                actual.get(where).contains(text),
                where + ": '" + actual.get(where) + "' does not say '" + text + "'"));
  }

  @Test
  void everyJavaBlockOfTheDocsIsASliceOfASnippet() throws IOException {
    List<String> code = new ArrayList<>();
    for (Path file : snippets) {
      code.add(dedentedLines(Files.readString(file)));
    }
    List<Path> docs =
        new ArrayList<>(
            List.of(
                ROOT.resolve("README.md"),
                ROOT.resolve("CONTRIBUTING.md"),
                ROOT.resolve("benchmark/README.md")));
    try (Stream<Path> pages = Files.walk(ROOT.resolve("docs"))) {
      pages.filter(page -> page.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    TreeSet<String> missing = new TreeSet<>();
    int blocks = 0;
    for (Path doc : docs) {
      Matcher block = FENCED_JAVA.matcher(Files.readString(doc));
      while (block.find()) {
        blocks++;
        if (!isSliceOfAny(block.group(1), code)) {
          missing.add(doc.getFileName() + ":\n" + block.group(1));
        }
      }
    }
    assertEquals(new TreeSet<>(), missing, "blocks found in no file of docs/snippets/");
    assertTrue(blocks >= 10, "the docs' Java blocks were read: " + blocks);
  }

  /** Each line without its leading white space, so that a slice matches at any indentation. */
  private static String dedentedLines(String text) {
    return text.lines().map(String::strip).collect(joining("\n", "\n", "\n"));
  }

  private static boolean isSliceOfAny(String block, List<String> files) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (String line : block.lines().toList()) {
      if (line.strip().equals(SKIP)) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(line).append('\n');
      }
    }
    parts.add(part.toString());
    for (String file : files) {
      int from = 0;
      boolean all = true;
      for (String slice : parts) {
        if (slice.isBlank()) {
          continue;
        }
        int at = file.indexOf(dedentedLines(slice), from);
        if (at < 0) {
          all = false;
          break;
        }
        from = at + 1;
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
