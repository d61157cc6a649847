package dev.identityerrors.checker;

import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.errorprone.matchers.Description;
import dev.identityerrors.checker.config.CheckerOptions;
import java.util.function.Supplier;

/**
 * Runs a matcher so that an exception cannot escape it: one escaping a check aborts the user's
 * whole compilation, so an unexpected tree shape is "no finding". The robustness runs set {@code
 * -XepOpt:IdentityErrorCode:RethrowInternalErrors=true} to see such exceptions instead of hiding
 * them.
 */
final class NeverCrash {
  private NeverCrash() {}

  static Description guard(CheckerOptions options, Supplier<Description> matcher) {
    try {
      return matcher.get();
    } catch (RuntimeException unexpectedTreeShape) {
      return handle(options, unexpectedTreeShape);
    }
  }

  /** What a matcher answers after an unexpected exception: no finding, or the exception again. */
  static Description handle(CheckerOptions options, RuntimeException unexpectedTreeShape) {
    if (options.rethrowInternalErrors()) {
      throw unexpectedTreeShape;
    }
    return NO_MATCH;
  }
}
