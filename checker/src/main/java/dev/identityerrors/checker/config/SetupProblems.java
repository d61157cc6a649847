package dev.identityerrors.checker.config;

import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.util.Context;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with the set-up rather than the code: malformed options, a malformed catalogue on
 * the class path. Reported once per compilation, by whichever of the checks meets the first
 * compilation unit, instead of a stack trace or one diagnostic per file.
 */
public final class SetupProblems {
  /** Set in a compilation's Context once its set-up problems are reported. */
  private static final Context.Key<Boolean> REPORTED = new Context.Key<>();

  private SetupProblems() {}

  public static Description reportOnce(
      BugChecker checker, CompilationUnitTree unit, CheckerOptions options, VisitorState state) {
    List<String> problems = new ArrayList<>();
    for (String entry : options.malformedEntries()) {
      problems.add(
          entry
              + " is not fully.qualified.Class#member (for example com.acme.Gateway#lastFailure)"
              + " and is ignored");
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
    if (problems.isEmpty() || state.context.get(REPORTED) != null) {
      return NO_MATCH;
    }
    state.context.put(REPORTED, Boolean.TRUE);
    return checker
        .buildDescription(unit)
        .setMessage("identity-errors set-up: " + String.join("; ", problems))
        .build();
  }
}
