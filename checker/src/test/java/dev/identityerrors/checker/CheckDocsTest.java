package dev.identityerrors.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs say what the code says: each check's page, its row in the README's table and its
 * {@code @BugPattern} agree on name, severity, summary and link, for every check the plugin
 * declares.
 */
class CheckDocsTest {
  /** The tests run in {@code checker/}. */
  private static final Path ROOT = Path.of("..");

  private static final Path DOCS = ROOT.resolve("docs/checks");

  private static final Pattern STATED =
      Pattern.compile(
          "\\*\\*Severity:\\*\\* (\\w+)\\. \\*\\*Summary:\\*\\* (.*?)\\.?\\n\\n", Pattern.DOTALL);

  private static String page(String check) throws IOException {
    Path page = DOCS.resolve(check + ".md");
    assertTrue(Files.isRegularFile(page), "no docs page " + page + " for " + check);
    return Files.readString(page);
  }

  @Test
  void everyCheckHasAPageStatingItsSeverityAndSummary() throws IOException {
    for (Class<? extends BugChecker> check : AllChecks.CLASSES) {
      String name = AllChecks.name(check);
      BugPattern pattern = AllChecks.bugPattern(check);
      String page = page(name);
      assertTrue(page.startsWith("# " + name + "\n"), name + ": the page's title is the check");
      Matcher stated = STATED.matcher(page);
      assertTrue(stated.find(), name + ": no '**Severity:** ... **Summary:** ...' paragraph");
      assertEquals(pattern.severity().name(), stated.group(1), name + ": severity");
      assertEquals(
          pattern.summary().replaceAll("\\.$", ""),
          stated.group(2).replaceAll("\\s+", " "),
          name + ": summary");
    }
  }

  @Test
  void everyBugPatternLinksToItsPage() {
    for (Class<? extends BugChecker> check : AllChecks.CLASSES) {
      String name = AllChecks.name(check);
      BugPattern pattern = AllChecks.bugPattern(check);
      assertEquals(BugPattern.LinkType.CUSTOM, pattern.linkType(), name);
      assertEquals(Docs.BASE + name + ".md", pattern.link(), name);
      assertTrue(Files.isRegularFile(DOCS.resolve(name + ".md")), name);
    }
  }

  @Test
  void everyCheckHasItsRowInTheReadmeTable() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    for (Class<? extends BugChecker> check : AllChecks.CLASSES) {
      String name = AllChecks.name(check);
      String row =
          "| ["
              + name
              + "](docs/checks/"
              + name
              + ".md) | "
              + AllChecks.bugPattern(check).severity().name()
              + " |";
      assertTrue(readme.contains(row), "README.md has no row starting " + row);
    }
  }

  /**
   * Error Prone's JVM options are listed once, in the repository's {@code .mvn/jvm.config}; what
   * users are told to copy (the README, the example's own file) must say the same.
   */
  @Test
  void theJvmOptionsUsersCopyAreTheRepositorys() throws IOException {
    String options = Files.readString(ROOT.resolve(".mvn/jvm.config"));
    assertEquals(options, Files.readString(ROOT.resolve("example/.mvn/jvm.config")));
    assertTrue(
        Files.readString(ROOT.resolve("README.md")).contains("```\n" + options + "```\n"),
        "README.md shows .mvn/jvm.config as it is");
  }

  @Test
  void everyPageIsACheck() throws IOException {
    TreeSet<String> pages = new TreeSet<>();
    try (Stream<Path> files = Files.list(DOCS)) {
      files.map(file -> file.getFileName().toString().replaceAll("\\.md$", "")).forEach(pages::add);
    }
    assertEquals(new TreeSet<>(AllChecks.NAMES), pages, "docs/checks/ against the plugin's checks");
  }

  @Test
  void thePluginHasChecks() {
    assertTrue(AllChecks.NAMES.containsAll(List.of("UnknownErrorCode", "IdentityErrorsSetup")));
  }
}
