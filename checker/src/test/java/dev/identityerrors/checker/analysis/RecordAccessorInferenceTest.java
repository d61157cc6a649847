package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/** The accessor of an annotated record component returns a code, also when written by hand. */
class RecordAccessorInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());

  @Test
  void accessorWrittenOutByHand() {
    unknown
        .addSourceLines(
            "Failure.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "record Failure(@IdentityErrorCode int code, int attempts) {",
            "  public int code() {",
            "    return code;",
            "  }",
            "  public int attempts() {",
            "    return attempts;",
            "  }",
            "}")
        .addSourceLines(
            "Client.java",
            "class Client {",
            "  void check(Failure failure) {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (failure.code() == 2135) {}",
            "    if (failure.attempts() == 2135) {}",
            "  }",
            "}")
        .doTest();
  }
}
