package dev.identityerrors.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages form a line, each depending only on those before it: what the Identity API's codes
 * are, what the LUSID SDK is and what the user configured come first; the analysis reads them; the
 * fixes write code from the analysis's findings; the checks (this package, the plugin's public
 * face) tie analysis and fixes together. A new dependency against the line fails here, not in a
 * review.
 */
class LayeringTest {
  /** In order: a package may use those before it, never those after it. */
  private static final List<String> LINE =
      List.of(
          "compat",
          "catalogue",
          "sdk",
          "config",
          "analysis",
          "fixes",
          "baseline",
          "report",
          "(checks)");

  /**
   * The classes of {@code analysis/} in order, the same way: a class may use those before it, never
   * those after it, so the analysis grows downward (tree helpers and names at the bottom, the flows
   * and the inference above them, the per-compilation facts on top) and no child calls back its
   * owner. Comments are not uses: a doc may point anywhere.
   */
  private static final List<String> ANALYSIS =
      List.of(
          "Trees",
          "SameBodyScanner",
          "PathScanner",
          "SwitchResults",
          "SwitchExits",
          "CodeConstant",
          "PassThroughCall",
          "PrimitiveHolders",
          "TestLibraries",
          "KnownNames",
          "TypeSlots",
          "ElementSources",
          "CodeCollections",
          "Comparisons",
          "ElementMeetings",
          "MapKeys",
          "HolderUses",
          "VariableReads",
          "ValueFlows",
          "FlowIndex",
          "SourcesInSight",
          "CodeSources",
          "CodeConstants",
          "OpenQuestions",
          "DeclaredKinds",
          "HolderSlots",
          "KindInference",
          "CoveredCodes",
          "CodeContexts",
          "ContextReader",
          "CodeFacts");

  private static final Path SOURCES = Path.of("src/main/java/dev/identityerrors/checker");

  private static final Pattern REFERENCE =
      Pattern.compile("dev\\.identityerrors\\.checker\\.([A-Za-z_][A-Za-z0-9_]*)");

  private static String layerOf(String segment) {
    return Character.isUpperCase(segment.charAt(0)) ? "(checks)" : segment;
  }

  @Test
  void everyPackageDependsOnlyOnThoseBeforeIt() throws IOException {
    List<String> violations = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      Path relative = SOURCES.relativize(file);
      String layer = relative.getNameCount() == 1 ? "(checks)" : relative.getName(0).toString();
      int position = LINE.indexOf(layer);
      if (position < 0) {
        violations.add(relative + ": package " + layer + " is not in the line " + LINE);
        continue;
      }
      Matcher reference = REFERENCE.matcher(Files.readString(file));
      while (reference.find()) {
        String used = layerOf(reference.group(1));
        if (LINE.indexOf(used) > position) {
          violations.add(relative + " (" + layer + ") uses " + used + ": " + reference.group());
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void everyAnalysisClassUsesOnlyThoseBeforeIt() throws IOException {
    Path analysis = SOURCES.resolve("analysis");
    List<String> violations = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(analysis)) {
      files = list.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString().replace(".java", "");
      int position = ANALYSIS.indexOf(name);
      if (position < 0) {
        violations.add(name + " is not in the analysis order " + ANALYSIS);
        continue;
      }
      String code = withoutComments(Files.readString(file));
      for (String later : ANALYSIS.subList(position + 1, ANALYSIS.size())) {
        if (Pattern.compile("\\b" + later + "\\b").matcher(code).find()) {
          violations.add(name + " uses " + later + ", which comes after it");
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
  }
}
