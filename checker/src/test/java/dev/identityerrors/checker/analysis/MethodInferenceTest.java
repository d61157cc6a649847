package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/** A method of the compilation whose every return is a code returns a code. */
class MethodInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());

  @Test
  void theProjectsOwnHelper() {
    unknown
        .addSourceLines(
            "Problems.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.io.IOException;",
            "final class Problems {",
            "  static int codeOf(ApiException e) {",
            "    if (e.getResponseBody() == null) {",
            "      return IdentityErrorCodes.UNKNOWN_ERROR;",
            "    }",
            "    try {",
            "      LusidProblemDetails details = LusidProblemDetails.fromJson(e.getResponseBody());",
            "      return details.getCode();",
            "    } catch (IOException | IllegalArgumentException unreadable) {",
            "      return IdentityErrorCodes.UNKNOWN_ERROR;",
            "    }",
            "  }",
            "}")
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "class Client {",
            "  void handle(ApiException e) {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (Problems.codeOf(e) == 2135) {}",
            "    switch (Problems.codeOf(e)) {",
            "      // BUG: Diagnostic contains: 695 is not",
            "      case 695: break;",
            "      default: break;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void constantReturnsOfAHelperAreJudged() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  int codeOf(LusidProblemDetails details) {",
            "    if (details.getCode() == null) {",
            "      // BUG: Diagnostic contains: 2135 is not",
            "      return details == null ? 2135 : details.getCode();",
            "    }",
            "    return details.getCode();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void recursionEnds() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.List;",
            "class Client {",
            "  int first(List<LusidProblemDetails> problems, int i) {",
            "    return i >= problems.size() ? -1",
            "        : problems.get(i).getCode() != null ? problems.get(i).getCode()",
            "        : first(problems, i + 1);",
            "  }",
            "  int even(LusidProblemDetails p, int n) { return n == 0 ? p.getCode() : odd(p, n - 1); }",
            "  int odd(LusidProblemDetails p, int n) { return even(p, n - 1); }",
            "  int loop(int n) { return loop(n); }",
            "  void check(List<LusidProblemDetails> problems, LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (first(problems, 0) == 2135) {}",
            "    // BUG: Diagnostic contains: 2136 is not",
            "    if (odd(p, 3) == 2136) {}",
            "    if (loop(1) == 2137) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void helperReturningAnythingElseIsNotACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  int statusOrCode(LusidProblemDetails p, ApiException e) {",
            "    return p == null ? e.getCode() : p.getCode();",
            "  }",
            "  int orSize(LusidProblemDetails p, java.util.List<?> list) {",
            "    if (p == null) {",
            "      return list.size();",
            "    }",
            "    return p.getCode();",
            "  }",
            "  abstract static class Base { abstract int code(); }",
            "  void check(LusidProblemDetails p, ApiException e, Base base) {",
            "    if (statusOrCode(p, e) == 2135 || orSize(p, null) == 2135 || base.code() == 2135) {}",
            "  }",
            "}")
        .doTest();
  }

  /** A helper's returns join as a {@code ?:}'s results do: a constant beside a code is judged. */
  @Test
  void helperReturningAConstantBesideACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  int orZero(LusidProblemDetails p) {",
            "    if (p == null) {",
            "      // BUG: Diagnostic contains: 0 is not a LUSID Identity error code",
            "      return 0;",
            "    }",
            "    return p.getCode();",
            "  }",
            "  boolean check(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    return orZero(p) == 2135;",
            "  }",
            "}")
        .doTest();
  }

  /**
   * A helper's local is read from its own method when asked about there, and from the whole unit
   * when asked about through a call elsewhere (here first: the caller comes before the helper): the
   * same answer both ways.
   */
  @Test
  void helperReturningItsLocalIsFollowedFromItsCallers() {
    unknown
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.UNKNOWN_ERROR;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void check(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: 695 is not",
            "    if (codeOf(p) == 695) {}",
            "  }",
            "  int codeOf(LusidProblemDetails p) {",
            "    int code = UNKNOWN_ERROR;",
            "    if (p.getCode() != null) {",
            "      code = p.getCode();",
            "    }",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (code == 2135) {}",
            "    return code;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void helperReturningALocalGivenAStatusOnOnePathIsNotACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  int codeOrStatus(ApiException e, LusidProblemDetails p) {",
            "    int value = p.getCode();",
            "    if (e.getCode() == 404) {",
            "      value = e.getCode();",
            "    }",
            "    if (value == 2135) {}",
            "    return value;",
            "  }",
            "  void check(ApiException e, LusidProblemDetails p) {",
            "    if (codeOrStatus(e, p) == 2135) {}",
            "  }",
            "}")
        .doTest();
  }
}
