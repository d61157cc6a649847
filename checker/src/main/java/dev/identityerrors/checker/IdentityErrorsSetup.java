package dev.identityerrors.checker;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;
import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.util.Context;
import dev.identityerrors.checker.baseline.Baseline;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.config.CheckerOptions;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;

/**
 * Flags what is wrong with the set-up rather than the code: malformed options, a missing or
 * malformed baseline, a malformed catalogue on the class path. Reported once per compilation, on
 * its first compilation unit, whichever other checks are on, instead of a stack trace or one
 * diagnostic per file.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "The identity-errors checks are misconfigured",
    severity = ERROR,
    linkType = LinkType.CUSTOM,
    link = Docs.BASE + "IdentityErrorsSetup.md")
public final class IdentityErrorsSetup extends IdentityErrorsChecker {
  private static final long serialVersionUID = 1L;

  /** Set in a compilation's Context once its set-up problems are reported. */
  private static final Context.Key<Boolean> REPORTED = new Context.Key<>();

  /** For javac's ServiceLoader, which needs a public no-argument constructor. */
  public IdentityErrorsSetup() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public IdentityErrorsSetup(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  protected Description matchUnit(CompilationUnitTree tree, VisitorState state) {
    if (state.context.get(REPORTED) != null) {
      return NO_MATCH;
    }
    return reportOnce(tree, state);
  }

  private Description reportOnce(CompilationUnitTree unit, VisitorState state) {
    CheckerOptions options = options(state);
    List<String> problems = new ArrayList<>(options.problems());
    Baseline baseline = Baseline.instance(state, options);
    if (baseline != null && baseline.problem() != null) {
      problems.add(baseline.problem());
    }
    Catalogue.of(state)
        .filter(catalogue -> !catalogue.problems().isEmpty())
        .ifPresent(
            catalogue ->
                problems.add(
                    "the catalogue "
                        + catalogue.codesClassName()
                        + " on the class path is malformed: "
                        + String.join("; ", catalogue.problems())
                        + (catalogue.entries().isEmpty()
                            ? "; the identity-errors checks are off"
                            : "; its well-formed constants are used")));
    state.context.put(REPORTED, Boolean.TRUE);
    if (problems.isEmpty()) {
      return NO_MATCH;
    }
    return buildDescription(unit)
        .setMessage("identity-errors set-up: " + String.join("; ", problems))
        .build();
  }
}
