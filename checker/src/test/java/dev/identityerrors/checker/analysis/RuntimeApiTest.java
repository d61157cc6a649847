package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.HttpStatusAsErrorCode;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/** The catalogue's own run-time API says what it takes and gives. */
class RuntimeApiTest {
  @Test
  void fromCodeTakesACode() {
    CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass())
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityError;",
            "class Client {",
            "  void check() {",
            "    // BUG: Diagnostic contains: 2155 is not",
            "    IdentityError.fromCode(2155);",
            "    IdentityError.fromCode(2153);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fromCodeOfAnHttpStatus() {
    CompilationTestHelper.newInstance(HttpStatusAsErrorCode.class, getClass())
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import dev.identityerrors.IdentityError;",
            "class Client {",
            "  void check(ApiException e) {",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    IdentityError.fromCode(e.getCode());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void codeOfAnErrorIsACode() {
    CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass())
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityError;",
            "class Client {",
            "  boolean check(IdentityError error) {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    return error.code() == 2135;",
            "  }",
            "}")
        .doTest();
  }
}
