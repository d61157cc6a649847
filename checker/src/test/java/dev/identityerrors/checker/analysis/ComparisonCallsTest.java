package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.HttpStatusAsErrorCode;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/** {@code equals}, {@code Objects.equals} and {@code compare} calls are comparisons, either way. */
class ComparisonCallsTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());
  private final CompilationTestHelper status =
      CompilationTestHelper.newInstance(HttpStatusAsErrorCode.class, getClass());

  @Test
  void boxedConstantEqualsACodeAndCompare() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void check(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (Integer.valueOf(2135).equals(p.getCode())) {}",
            "    // BUG: Diagnostic contains: 2136 is not",
            "    if (Integer.compare(p.getCode(), 2136) == 0) {}",
            "    // BUG: Diagnostic contains: 2137 is not",
            "    if (Integer.compare(2137, p.getCode()) == 0) {}",
            "    if (Integer.compare(p.hashCode(), 2137) == 0) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void httpStatusComparedByEqualsCalls() {
    status
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.Objects;",
            "class Client {",
            "  void check(ApiException e, LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    if (Objects.equals(e.getCode(), USER_DOES_NOT_EXIST)) {}",
            "    // BUG: Diagnostic contains: p.getStatus() is an HTTP status",
            "    if (p.getStatus().equals(USER_DOES_NOT_EXIST)) {}",
            "    // BUG: Diagnostic contains: p.getStatus() is an HTTP status",
            "    if (Integer.valueOf(USER_DOES_NOT_EXIST).equals(p.getStatus())) {}",
            "    if (Objects.equals(e.getCode(), 404)) {}",
            "  }",
            "}")
        .doTest();
  }
}
