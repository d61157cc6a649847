package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/** A private or final field whose every assigned value is a code is a code. */
class FieldInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());

  @Test
  void finalFieldSetFromACode() {
    unknown
        .addSourceLines(
            "Failure.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Failure extends RuntimeException {",
            "  private final int code;",
            "  final Integer boxed;",
            "  Failure(LusidProblemDetails p) {",
            "    this.code = p.getCode();",
            "    this.boxed = p.getCode();",
            "  }",
            "  boolean isExpired() {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    return code == 2135;",
            "  }",
            "}")
        .addSourceLines(
            "Client.java",
            "class Client {",
            "  boolean check(Failure failure) {",
            "    // BUG: Diagnostic contains: 2136 is not",
            "    return failure.boxed == 2136;",
            "  }",
            "}")
        .doTest();
  }

  /**
   * A catalogue constant names a code: a field or local given only such constants holds one, where
   * a bare number ({@code 157}) says nothing of what it is.
   */
  @Test
  void givenOnlyCatalogueConstants() {
    unknown
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  static final int DEFAULT_CODE = IdentityErrorCodes.INVALID_REQUEST;",
            "  private static final Integer BOXED = IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  private static final int SET_IN_BLOCK;",
            "  static {",
            "    SET_IN_BLOCK = IdentityErrorCodes.UNKNOWN_ERROR;",
            "  }",
            "  static final int BARE = 157;",
            "  private static final int CHOSEN =",
            "      // BUG: Diagnostic contains: 0 is not a LUSID Identity error code",
            "      Boolean.getBoolean(\"strict\") ? IdentityErrorCodes.INVALID_REQUEST : 0;",
            "  boolean check(boolean b) {",
            "    int local = b ? IdentityErrorCodes.INVALID_REQUEST : IdentityErrorCodes.UNKNOWN_ERROR;",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (local == 2135) {}",
            "    // BUG: Diagnostic contains: 6577 is not",
            "    if (BOXED.equals(6577)) {}",
            "    // BUG: Diagnostic contains: 15 is not",
            "    if (SET_IN_BLOCK == 15) {}",
            "    if (BARE == 695) {}",
            "    // BUG: Diagnostic contains: 695 is not",
            "    return DEFAULT_CODE == 695;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void privateFieldReassignedWithCodes() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  private int last = IdentityErrorCodes.UNKNOWN_ERROR;",
            "  void record(LusidProblemDetails p) { last = p.getCode(); }",
            "  boolean expired() {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    return last == 2135;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fieldThatOthersMaySetOrThatHoldsOtherValuesIsNotACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  int open;",
            "  private int mixed;",
            "  private int counted;",
            "  void record(LusidProblemDetails p, ApiException e) {",
            "    open = p.getCode();",
            "    mixed = p.getCode();",
            "    mixed = e.getCode();",
            "    counted = p.getCode();",
            "    counted++;",
            "  }",
            "  boolean check() {",
            "    return open == 2135 || mixed == 2135 || counted == 2135;",
            "  }",
            "}")
        .doTest();
  }
}
