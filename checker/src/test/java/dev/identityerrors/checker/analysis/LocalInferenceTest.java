package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.ErrorCodeLiteral;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/** A local whose every assigned value is a code or a catalogue code is a code. */
class LocalInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());
  private final CompilationTestHelper literal =
      CompilationTestHelper.newInstance(ErrorCodeLiteral.class, getClass());

  /** A code kept in a variable of a type its box is also (Number, Object, Comparable, ...). */
  @Test
  void declaredAsASupertypeOfTheBox() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.io.Serializable;",
            "class Client {",
            "  private Object lastSeen;",
            "  void handle(LusidProblemDetails d, String login) {",
            "    Number last = d.getCode();",
            "    // BUG: Diagnostic contains: 695 is not",
            "    if (last.equals(695)) {}",
            "    Comparable<Integer> compared = d.getCode();",
            "    // BUG: Diagnostic contains: 6577 is not",
            "    if (compared.equals(6577)) {}",
            "    Serializable kept = d.getCode();",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (java.util.Objects.equals(kept, 2135)) {}",
            "    lastSeen = d.getCode();",
            "    // BUG: Diagnostic contains: 15 is not",
            "    if (lastSeen.equals(15)) {}",
            "    Object mixed = d.getCode();",
            "    mixed = login;",
            "    if (mixed.equals(695)) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void assignedInTryAndCatch() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import static dev.identityerrors.IdentityErrorCodes.UNKNOWN_ERROR;",
            "import java.io.IOException;",
            "class Client {",
            "  void handle(ApiException e) {",
            "    int code;",
            "    try {",
            "      code = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();",
            "    } catch (IOException x) {",
            "      code = UNKNOWN_ERROR;",
            "    }",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (code == 2135) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void reassignedInALoop() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import static dev.identityerrors.IdentityErrorCodes.UNKNOWN_ERROR;",
            "import java.util.List;",
            "class Client {",
            "  void handle(List<LusidProblemDetails> problems) {",
            "    int last = UNKNOWN_ERROR;",
            "    for (LusidProblemDetails p : problems) {",
            "      last = p.getCode();",
            "    }",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (last == 2135) {}",
            "    Integer boxed = null;",
            "    for (LusidProblemDetails p : problems) {",
            "      boxed = p.getCode();",
            "    }",
            "    // BUG: Diagnostic contains: 2136 is not",
            "    if (boxed == 2136) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void literalAssignedToAnInferredLocalIsJudged() {
    literal
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void handle(LusidProblemDetails problem, boolean parsed) {",
            "    int code = problem.getCode();",
            "    if (!parsed) {",
            "      // BUG: Diagnostic contains: use IdentityErrorCodes.UNKNOWN_ERROR instead of -1",
            "      code = -1;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void capturedByLambdaAnonymousAndLocalClass() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void handle(LusidProblemDetails problem) {",
            "    int code = problem.getCode();",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    Runnable lambda = () -> { if (code == 2135) {} };",
            "    Runnable anonymous = new Runnable() {",
            "      @Override public void run() {",
            "        // BUG: Diagnostic contains: 2136 is not",
            "        if (code == 2136) {}",
            "      }",
            "    };",
            "    class Local {",
            "      boolean check() {",
            "        // BUG: Diagnostic contains: 2137 is not",
            "        return code == 2137;",
            "      }",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void anHttpStatusOnOnePathIsNotACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.io.IOException;",
            "class Client {",
            "  void handle(ApiException e) {",
            "    int code;",
            "    try {",
            "      code = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();",
            "    } catch (IOException x) {",
            "      code = e.getCode();",
            "    }",
            "    if (code == 2135) {}",
            "    int counted = 0;",
            "    counted = e.getResponseBody().length();",
            "    if (counted == 2135) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void changedInPlaceIsNotACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void handle(LusidProblemDetails problem, int other) {",
            "    int incremented = problem.getCode();",
            "    incremented++;",
            "    if (incremented == 2135) {}",
            "    int added = problem.getCode();",
            "    added += 1;",
            "    if (added == 2135) {}",
            "    int unrelated = problem.getCode();",
            "    unrelated = other;",
            "    if (unrelated == 2135) {}",
            "  }",
            "}")
        .doTest();
  }

  /**
   * A local joins its values as a {@code ?:} joins its results: a code and any constant make a
   * code, and the constant is judged where it is written. A sentinel overwritten before use is one
   * of its values: the typo compared with the local is found, as the sentinel is.
   */
  @Test
  void aConstantBesideACodeIsJudgedAsInAChoice() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  boolean sentinel(LusidProblemDetails problem) {",
            "    // BUG: Diagnostic contains: 0 is not a LUSID Identity error code",
            "    int code = 0;",
            "    code = problem.getCode();",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    return code == 2135;",
            "  }",
            "  boolean branches(LusidProblemDetails problem, boolean b) {",
            "    int code;",
            "    if (b) {",
            "      code = problem.getCode();",
            "    } else {",
            "      // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "      code = 695;",
            "    }",
            "    // BUG: Diagnostic contains: 2136 is not a LUSID Identity error code",
            "    return code == 2136;",
            "  }",
            "  boolean choice(LusidProblemDetails problem, boolean b) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    int code = b ? problem.getCode() : 695;",
            "    // BUG: Diagnostic contains: 2136 is not a LUSID Identity error code",
            "    return code == 2136;",
            "  }",
            "}")
        .doTest();
  }
}
