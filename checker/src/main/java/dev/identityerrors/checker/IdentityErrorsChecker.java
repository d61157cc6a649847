package dev.identityerrors.checker;

import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.common.base.Throwables;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.Tree;
import dev.identityerrors.checker.analysis.CodeFacts;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.config.CheckerOptions;
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
 * <p>The catalogue gate: with no usable catalogue on the class path (none, or none of its constants
 * well formed) every check rests; {@link IdentityErrorsSetup} says why, once.
 */
public abstract class IdentityErrorsChecker extends BugChecker {
  private static final long serialVersionUID = 1L;

  /** One judgement of a matched tree, made only when the catalogue is usable. */
  @FunctionalInterface
  protected interface Judgement<T extends Tree> {
    Description judge(T tree, CodeFacts facts, Catalogue catalogue, VisitorState state);
  }

  private final transient CheckerOptions options;

  protected IdentityErrorsChecker(ErrorProneFlags flags) {
    this.options = CheckerOptions.from(flags);
  }

  protected final CheckerOptions options() {
    return options;
  }

  /** Behind the crash guard and both gates: the judgement of one matched tree. */
  protected final <T extends Tree> Description judgeSafely(
      T tree, VisitorState state, Judgement<T> judgement) {
    try {
      CodeFacts facts = CodeFacts.instance(state, options);
      if (!facts.anySourceInSight(state)) {
        return NO_MATCH;
      }
      Optional<Catalogue> catalogue = facts.usableCatalogue();
      return catalogue.isPresent()
          ? judgement.judge(tree, facts, catalogue.get(), state)
          : NO_MATCH;
    } catch (RuntimeException | LinkageError unexpected) {
      return afterInternalError(unexpected);
    }
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
    if (options.rethrowInternalErrors()) {
      Throwables.throwIfUnchecked(unexpected);
    }
    return NO_MATCH;
  }
}
