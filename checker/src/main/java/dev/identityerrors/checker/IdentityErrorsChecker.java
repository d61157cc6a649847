package dev.identityerrors.checker;

import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.common.base.Throwables;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import dev.identityerrors.checker.analysis.CodeFacts;
import dev.identityerrors.checker.baseline.Baseline;
import dev.identityerrors.checker.baseline.FlaggedText;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.compat.ErrorProneApi;
import dev.identityerrors.checker.config.CheckerOptions;
import dev.identityerrors.checker.report.SarifReport;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every identity-errors check shares, and nothing more: its options, the crash guard and the
 * catalogue gate.
 *
 * <p>The crash guard: an exception escaping a check aborts the user's whole compilation, so an
 * unexpected tree shape is "no finding", and so is a linkage error (an Error Prone or JDK release
 * whose API differs from the one the checker was compiled against). The robustness runs set {@code
 * -XepOpt:IdentityErrorCode:RethrowInternalErrors=true} to see such exceptions instead.
 *
 * <p>The source gate: a compilation that has met nothing that gives or takes a code or a status (no
 * code annotation, no class of the SDK) is not analysed at all ({@link
 * CodeFacts#anySourceInSight}).
 *
 * <p>The baseline: a finding the baseline records is not reported ({@link Baseline}); every finding
 * goes through {@link #judgeSafely} or {@link #report}. Every compilation unit a check is handed is
 * told to the baseline, finding or not, so that the baseline knows every file analysed whatever
 * their order: a file whose last finding was fixed is then seen to be without it.
 *
 * <p>The catalogue gate: with no usable catalogue on the class path (none, or none of its constants
 * well formed) every check rests; {@link IdentityErrorsSetup} says why, once.
 */
public abstract class IdentityErrorsChecker extends BugChecker
    implements CompilationUnitTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** One judgement of a matched tree, made only when the catalogue is usable. */
  @FunctionalInterface
  protected interface Judgement<T extends Tree> {
    Description judge(T tree, CodeFacts facts, Catalogue catalogue, VisitorState state);
  }

  /** This check's flags, for when a compilation's own options do not have them. */
  private final transient ErrorProneFlags flags;

  /** Read once here for the crash guard, which has no compilation at hand. */
  private final boolean rethrowInternalErrors;

  protected IdentityErrorsChecker(ErrorProneFlags flags) {
    this.flags = flags;
    this.rethrowInternalErrors = CheckerOptions.from(flags).rethrowInternalErrors();
  }

  /**
   * The options of the compilation: those of its Error Prone options, and this check's. Error
   * Prone's patch mode with named checks ({@code -XepPatchChecks:UnknownErrorCode}) makes the
   * checks with no flags at all, but its compilations still have them.
   */
  protected final CheckerOptions options(VisitorState state) {
    return CheckerOptions.instance(state.context, state.errorProneOptions().getFlags(), flags);
  }

  /**
   * Tells the baseline, if any, that this unit is analysed, then matches the unit itself ({@link
   * #matchUnit}). Runs once per unit and check: a hash lookup when a baseline is set, one field
   * read when not.
   */
  @Override
  public final Description matchCompilationUnit(CompilationUnitTree unit, VisitorState state) {
    return neverCrash(
        () -> {
          Baseline baseline = Baseline.instance(state, options(state));
          if (baseline != null) {
            baseline.analysing(unit, canonicalName());
          }
          SarifReport report = SarifReport.instance(state, options(state), Docs.VERSION);
          if (report != null) {
            report.analysing(unit);
          }
          Description description = matchUnit(unit, state);
          if (report != null && description != NO_MATCH) {
            report.setUpProblem(description.getRawMessage());
          }
          return description;
        });
  }

  /**
   * A check's own match of a whole compilation unit, behind the crash guard; none by default. What
   * it finds is about the set-up, not the code (IdentityErrorsSetup's): the SARIF report lists it
   * among the run's notifications.
   */
  protected Description matchUnit(CompilationUnitTree unit, VisitorState state) {
    return NO_MATCH;
  }

  /** Behind the crash guard and both gates: the judgement of one matched tree. */
  protected final <T extends Tree> Description judgeSafely(
      T tree, VisitorState state, Judgement<T> judgement) {
    try {
      // The facts first: the options are read only when they are made (this runs for every tree).
      CodeFacts made = CodeFacts.made(state);
      CodeFacts facts = made != null ? made : CodeFacts.instance(state, options(state));
      if (!facts.anySourceInSight(state)) {
        return NO_MATCH;
      }
      Optional<Catalogue> catalogue = facts.usableCatalogue();
      Description description =
          catalogue.isPresent() ? judgement.judge(tree, facts, catalogue.get(), state) : NO_MATCH;
      return description == NO_MATCH || isKnown(description, options(state), state)
          ? NO_MATCH
          : description;
    } catch (RuntimeException | LinkageError unexpected) {
      return afterInternalError(unexpected);
    }
  }

  /**
   * Reports a finding besides the one a matcher returns (a matched tree with several), unless the
   * baseline knows it. Called behind the crash guard.
   */
  protected final void report(Description description, VisitorState state) {
    if (!isKnown(description, options(state), state)) {
      state.reportMatch(description);
    }
  }

  /**
   * Whether the baseline ({@code -XepOpt:IdentityErrorCode:Baseline}) takes the finding: it records
   * it, or an update is recording every finding. Every finding of every check passes here, and so
   * into the SARIF report, if one is asked for.
   */
  private static boolean isKnown(
      Description description, CheckerOptions options, VisitorState state) {
    Baseline baseline = Baseline.instance(state, options);
    SarifReport report = SarifReport.instance(state, options, Docs.VERSION);
    if (baseline == null && report == null) {
      return false;
    }
    // What the finding flagged, as both keys hold it: made once for the baseline and the report.
    Tree flagged = ErrorProneApi.flaggedTree(description);
    String flaggedText = flagged == null ? "" : FlaggedText.of(flagged, state);
    boolean known = baseline != null && baseline.holds(description, flaggedText, state);
    if (report != null) {
      report.record(description, flagged, flaggedText, state, baseline == null ? null : known);
    }
    return known;
  }

  /** Behind the crash guard alone, for what must run whatever the catalogue. */
  protected final Description neverCrash(Supplier<Description> matcher) {
    try {
      return matcher.get();
    } catch (RuntimeException | LinkageError unexpected) {
      return afterInternalError(unexpected);
    }
  }

  private Description afterInternalError(Throwable unexpected) {
    if (rethrowInternalErrors) {
      Throwables.throwIfUnchecked(unexpected);
    }
    return NO_MATCH;
  }
}
