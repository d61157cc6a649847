package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.ErrorCodeAnnotationMisuse;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/**
 * A team's own annotations and enums: the values given to an annotation's element that declares a
 * code, one or an array of them or its default; an enum's constants passing codes to a constructor
 * that stores them in a declared code.
 */
class AnnotationInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());
  private final CompilationTestHelper misuse =
      CompilationTestHelper.newInstance(ErrorCodeAnnotationMisuse.class, getClass());

  @Test
  void valuesGivenToAnElementThatDeclaresACode() {
    unknown
        .addSourceLines(
            "Retries.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Retries {",
            "  @interface RetryOn {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    @IdentityErrorCode int[] value() default {657, 695};",
            "  }",
            "  @interface Expect {",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    @IdentityErrorCode int code() default 6577;",
            "    int attempts() default 695;",
            "  }",
            "  // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "  @RetryOn(695) void one() {}",
            "  // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "  @RetryOn({657, 2135}) void several() {}",
            "  // BUG: Diagnostic contains: 6578 is not a LUSID Identity error code",
            "  @RetryOn(value = {6578}) void named() {}",
            "  // BUG: Diagnostic contains: 7 is not a LUSID Identity error code",
            "  @Expect(code = 7, attempts = 695) void expected() {}",
            "}")
        .doTest();
  }

  @Test
  void anArrayElementOfAnAnnotationIsNoMisuse() {
    misuse
        .addSourceLines(
            "Retries.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Retries {",
            "  @interface RetryOn {",
            "    @IdentityErrorCode int[] value();",
            "    @IdentityErrorCode long[] wide() default {};",
            "    // BUG: Diagnostic contains: @IdentityErrorCode on the return type String:",
            "    @IdentityErrorCode String[] names() default {};",
            "  }",
            "  // BUG: Diagnostic contains: @IdentityErrorCode on the return type int[]",
            "  @IdentityErrorCode int[] codes() { return new int[0]; }",
            "}")
        .doTest();
  }

  @Test
  void enumConstantsPassingCodesToADeclaredField() {
    unknown
        .addSourceLines(
            "Failure.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "enum Failure {",
            "  // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "  MISSING(657, 1), TYPO(695, 2),",
            "  // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "  SPECIAL(6577, 3) {};",
            "  @IdentityErrorCode private final int code;",
            "  private final int attempts;",
            "  Failure(int code, int attempts) {",
            "    this.code = code;",
            "    this.attempts = attempts;",
            "  }",
            "}")
        .addSourceLines(
            "Outcome.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "final class Outcome {",
            "  @IdentityErrorCode private final int code;",
            "  private final int retries;",
            "  Outcome(int code, int retries) {",
            "    this.code = code;",
            "    this.retries = retries;",
            "  }",
            "  Outcome(int retries) {",
            "    int chosen = retries;",
            "    chosen = 657;",
            "    this.code = chosen;",
            "    this.retries = retries;",
            "  }",
            "  // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "  static final Outcome TYPO = new Outcome(2135, 695);",
            "  static final Outcome RETRIES = new Outcome(695);",
            "}")
        .doTest();
  }
}
