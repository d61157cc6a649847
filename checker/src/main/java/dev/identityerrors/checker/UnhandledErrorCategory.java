package dev.identityerrors.checker;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;
import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.SwitchTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.Reachability;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import dev.identityerrors.checker.analysis.CodeFacts;
import dev.identityerrors.checker.analysis.CoveredCodes;
import dev.identityerrors.checker.analysis.SwitchExits;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.catalogue.Catalogue.Entry;
import dev.identityerrors.checker.compat.CaseLabels;
import dev.identityerrors.checker.compat.SourceLevel;
import dev.identityerrors.checker.fixes.CatalogueConstantFix;
import dev.identityerrors.checker.fixes.SourceLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;

/**
 * Flags a switch statement on an Identity error code that has no {@code default} and leaves codes
 * without a case, naming what it misses by category.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary =
        "A switch on an Identity error code without a default silently ignores the codes it has no"
            + " case for",
    severity = WARNING,
    linkType = LinkType.CUSTOM,
    link = Docs.BASE + "UnhandledErrorCategory.md")
public final class UnhandledErrorCategory extends IdentityErrorsChecker
    implements SwitchTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** For javac's ServiceLoader, which needs a public no-argument constructor. */
  public UnhandledErrorCategory() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public UnhandledErrorCategory(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchSwitch(SwitchTree tree, VisitorState state) {
    if (tree.getCases().stream().anyMatch(CaseLabels::coversUnlisted)) {
      return NO_MATCH;
    }
    return judgeSafely(tree, state, this::judge);
  }

  private Description judge(
      SwitchTree tree, CodeFacts facts, Catalogue catalogue, VisitorState state) {
    if (!facts.codes().isOfKind(tree.getExpression(), state)) {
      return NO_MATCH;
    }
    if (SwitchExits.everyCaseLeaves(tree, state.getPath().getParentPath().getLeaf())) {
      // The codes without a case reach the statements after the switch: a chosen default.
      return NO_MATCH;
    }
    Set<Long> handled = CoveredCodes.of(tree.getCases(), catalogue).keySet();
    Map<String, List<Entry>> missing = new LinkedHashMap<>();
    catalogue
        .byCategory()
        .asMap()
        .forEach(
            (category, entries) -> {
              List<Entry> unhandled =
                  entries.stream().filter(entry -> !handled.contains(entry.code())).toList();
              if (!unhandled.isEmpty()) {
                missing.put(category, unhandled);
              }
            });
    if (missing.isEmpty()) {
      return NO_MATCH;
    }
    return buildDescription(tree)
        .setMessage(message(missing, catalogue))
        .addFix(missingCases(tree, missing, catalogue, state))
        .build();
  }

  /**
   * Categories with no case at all first, with their size; then, for each category handled in part,
   * the constants it misses.
   */
  private static String message(Map<String, List<Entry>> missing, Catalogue catalogue) {
    List<String> wholly = new ArrayList<>();
    List<String> partly = new ArrayList<>();
    missing.forEach(
        (category, unhandled) -> {
          int size = catalogue.byCategory().get(category).size();
          if (unhandled.size() == size) {
            wholly.add(category + " (" + size + (size == 1 ? " code)" : " codes)"));
          } else {
            partly.add(
                category
                    + ": "
                    + unhandled.stream().map(Entry::constant).collect(Collectors.joining(", ")));
          }
        });
    List<String> gaps = new ArrayList<>();
    if (!wholly.isEmpty()) {
      gaps.add(String.join(", ", wholly));
    }
    gaps.addAll(partly);
    return "this switch on an Identity error code has no default, so codes without a case are"
        + " silently ignored: "
        + String.join("; ", gaps)
        + "; add cases for them or a default";
  }

  /**
   * The missing cases, one per category, added at the end of the switch and doing nothing, as the
   * switch did for them before: behaviour is kept and every code is now in sight to be handled.
   * They are indented like the cases before them. A last case that ran off the end of the switch is
   * ended with {@code break} first, so that it still does (and Error Prone's FallThrough has
   * nothing to say); below Java 14 each label is a case of its own.
   */
  private static SuggestedFix missingCases(
      SwitchTree tree, Map<String, List<Entry>> missing, Catalogue catalogue, VisitorState state) {
    boolean arrows =
        tree.getCases().stream()
            .anyMatch(caseTree -> caseTree.getCaseKind() == CaseTree.CaseKind.RULE);
    boolean severalLabels = SourceLevel.allowsMultipleCaseLabels(state.context);
    SourceLayout layout = SourceLayout.of(tree, state);
    SuggestedFix.Builder fix = SuggestedFix.builder();
    StringBuilder cases = new StringBuilder();
    if (!arrows && lastCaseRunsOffTheEnd(tree)) {
      cases.append(layout.statementIndent()).append("break;\n");
    }
    missing.forEach(
        (category, entries) -> {
          List<String> labels =
              entries.stream()
                  .map(
                      entry ->
                          CatalogueConstantFix.reference(fix, catalogue, entry.constant(), state))
                  .toList();
          // One case with every label, or below Java 14 (colon form) a case per label.
          List<String> caseLabels =
              arrows || severalLabels ? List.of(String.join(", ", labels)) : labels;
          for (int i = 0; i < caseLabels.size(); i++) {
            cases.append(layout.caseIndent()).append("case ").append(caseLabels.get(i));
            cases.append(arrows ? " -> {}" : ":");
            cases.append(i == 0 ? " // " + category + "\n" : "\n");
          }
        });
    if (!arrows) {
      cases.append(layout.statementIndent()).append("break;\n");
    }
    return fix.replace(layout.insertAt(), layout.insertAt(), layout.around(cases.toString()))
        .build();
  }

  /** Whether the last case of a colon-form switch has statements that can run off its end. */
  private static boolean lastCaseRunsOffTheEnd(SwitchTree tree) {
    List<? extends CaseTree> cases = tree.getCases();
    if (cases.isEmpty()) {
      return false;
    }
    List<? extends StatementTree> statements = cases.get(cases.size() - 1).getStatements();
    return statements != null
        && !statements.isEmpty()
        && Reachability.canCompleteNormally(statements.get(statements.size() - 1));
  }
}
