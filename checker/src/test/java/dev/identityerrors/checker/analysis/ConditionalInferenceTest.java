package dev.identityerrors.checker.analysis;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.ErrorCodeLiteral;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/** A conditional or switch expression with a code among its results is a code. */
class ConditionalInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());
  private final CompilationTestHelper literal =
      CompilationTestHelper.newInstance(ErrorCodeLiteral.class, getClass());

  @Test
  void conditionalWithFallbackIsACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import static dev.identityerrors.IdentityErrorCodes.UNKNOWN_ERROR;",
            "class Client {",
            "  void handle(LusidProblemDetails problem) {",
            "    int code = problem.getCode() != null ? problem.getCode() : UNKNOWN_ERROR;",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code; did you mean"
                + " 2153",
            "    if (code == 2135) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void choiceGivingACodeIsJudgedWhereverItStands() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.Map;",
            "import java.util.concurrent.CompletableFuture;",
            "import java.util.function.IntSupplier;",
            "class Client {",
            "  static LusidProblemDetails problem(Throwable t) { return null; }",
            "  public int last;",
            "  record Seen(String id, Integer code) {}",
            "  void handle(CompletableFuture<String> call, Map<String, Integer> seen, String id,",
            "      LusidProblemDetails d, boolean b) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    call.handle((r, err) -> err != null ? problem(err).getCode() : 695);",
            "    // BUG: Diagnostic contains: 7 is not a LUSID Identity error code",
            "    seen.put(id, d.getCode() == null ? 7 : d.getCode());",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    new Seen(id, b ? d.getCode() : 2135);",
            "    // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "    last = switch (id) { case \"a\" -> d.getCode(); default -> 15; };",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    seen.put(id, Integer.valueOf(b ? d.getCode() : 6577));",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    IntSupplier s = () -> b ? d.getCode() : 2135;",
            "    seen.put(id, b ? 8080 : 443);",
            "    seen.put(id, b ? id.length() : 7);",
            "  }",
            "  Object answer(LusidProblemDetails d) {",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    return d.getCode() != null ? d.getCode() : 6577;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void constantResultsOfAConditionalAreJudged() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void handle(LusidProblemDetails problem) {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    int code = problem.getCode() != null ? problem.getCode() : 2135;",
            "  }",
            "}")
        .doTest();
    literal
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void handle(LusidProblemDetails problem) {",
            "    // BUG: Diagnostic contains: use IdentityErrorCodes.UNKNOWN_ERROR instead of -1",
            "    int code = problem.getCode() != null ? problem.getCode() : -1;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void switchExpressionWithACodeResultIsACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void handle(LusidProblemDetails problem, int kind) {",
            "    int code = switch (kind) {",
            "      case 1 -> problem.getCode();",
            "      case 2 -> { yield problem.getCode(); }",
            "      // BUG: Diagnostic contains: 6588 is not",
            "      default -> 6588;",
            "    };",
            "    // BUG: Diagnostic contains: 695 is not",
            "    if (code == 695) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void conditionalOfUnrelatedValuesIsNotACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void handle(LusidProblemDetails problem, int size) {",
            "    int either = problem.getCode() != null ? problem.getCode() : size;",
            "    if (either == 2135) {}",
            "    int neither = size > 0 ? 2135 : 80;",
            "    if (neither == 2135) {}",
            "    int status = problem.getCode() != null ? problem.getStatus() : 500;",
            "    if (status == 2135) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void typoInAFallbackIsFixed() {
    BugCheckerRefactoringTestHelper.newInstance(UnknownErrorCode.class, getClass())
        .addInputLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  int code(LusidProblemDetails problem) {",
            "    int code = problem.getCode() != null ? problem.getCode() : 2135;",
            "    return code;",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "",
            "class Client {",
            "  int code(LusidProblemDetails problem) {",
            "    int code =",
            "        problem.getCode() != null",
            "            ? problem.getCode()",
            "            : IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN;",
            "    return code;",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void aChoiceComparedOrSwitchedOnWithACatalogueConstantGivesACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "class Client {",
            "  void handle(boolean b, int attempts) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    if ((b ? 695 : attempts) == USER_DOES_NOT_EXIST) {}",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    switch (b ? 6577 : attempts) {",
            "      case USER_DOES_NOT_EXIST: break;",
            "      default:",
            "    }",
            "    if ((b ? 695 : attempts) == 3) {}",
            "    if (attempts == USER_DOES_NOT_EXIST) {}",
            "  }",
            "}")
        .doTest();
  }
}
