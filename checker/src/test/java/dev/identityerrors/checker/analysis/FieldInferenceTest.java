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
