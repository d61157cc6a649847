package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.ErrorCodeLiteral;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/** Methods that give back their argument keep it a code: Objects, Optional, boxing. */
class PassThroughInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());
  private final CompilationTestHelper literal =
      CompilationTestHelper.newInstance(ErrorCodeLiteral.class, getClass());

  @Test
  void requireNonNullAndElse() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Objects;",
            "class Client {",
            "  void handle(LusidProblemDetails problem) {",
            "    int code = Objects.requireNonNull(problem.getCode());",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (code == 2135) {}",
            "    int orUnknown = Objects.requireNonNullElse(problem.getCode(),"
                + " IdentityErrorCodes.UNKNOWN_ERROR);",
            "    // BUG: Diagnostic contains: 2136 is not",
            "    if (orUnknown == 2136) {}",
            "    int orGot = Objects.requireNonNullElseGet(problem.getCode(), () -> -1);",
            "    // BUG: Diagnostic contains: 2137 is not",
            "    if (orGot == 2137) {}",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    int typo = Objects.requireNonNullElse(problem.getCode(), 2135);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void optionalChains() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import static dev.identityerrors.IdentityErrorCodes.UNKNOWN_ERROR;",
            "import java.util.Optional;",
            "import java.util.OptionalInt;",
            "class Client {",
            "  void handle(LusidProblemDetails problem) {",
            "    int code = Optional.ofNullable(problem.getCode()).orElse(UNKNOWN_ERROR);",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (code == 2135) {}",
            "    int got = Optional.of(problem.getCode()).get();",
            "    // BUG: Diagnostic contains: 2136 is not",
            "    if (got == 2136) {}",
            "    int mapped = Optional.ofNullable(problem).map(LusidProblemDetails::getCode)"
                + ".orElseThrow();",
            "    // BUG: Diagnostic contains: 2137 is not",
            "    if (mapped == 2137) {}",
            "    int lambda = Optional.ofNullable(problem).map(p -> p.getCode()).orElseGet(() ->"
                + " UNKNOWN_ERROR);",
            "    // BUG: Diagnostic contains: 2138 is not",
            "    if (lambda == 2138) {}",
            "    int primitive = OptionalInt.of(problem.getCode()).getAsInt();",
            "    // BUG: Diagnostic contains: 2139 is not",
            "    if (primitive == 2139) {}",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    int typo = Optional.ofNullable(problem.getCode()).orElse(2135);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void optionalLambdaParameters() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.Optional;",
            "class Client {",
            "  void handle(LusidProblemDetails problem) {",
            "    Optional.ofNullable(problem.getCode())",
            "        // BUG: Diagnostic contains: 2135 is not",
            "        .filter(c -> c == 2135)",
            "        // BUG: Diagnostic contains: 2136 is not",
            "        .ifPresent(c -> { if (c == 2136) {} });",
            "    // BUG: Diagnostic contains: 2137 is not",
            "    Optional.ofNullable(problem.getCode()).map(c -> c.equals(2137));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fallbackOfAnotherKindIsNotACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.Objects;",
            "import java.util.Optional;",
            "class Client {",
            "  void handle(LusidProblemDetails problem, ApiException e, int size) {",
            "    int a = Optional.ofNullable(problem.getCode()).orElse(e.getCode());",
            "    if (a == 2135) {}",
            "    int b = Objects.requireNonNullElse(problem.getCode(), size);",
            "    if (b == 2135) {}",
            "    int c = Optional.ofNullable(problem.getCode()).orElseGet(this::compute);",
            "    if (c == 2135) {}",
            "    int d = Optional.of(size).get();",
            "    if (d == 2135) {}",
            "    Optional.of(size).filter(s -> s == 2135);",
            "  }",
            "  int compute() { return 0; }",
            "}")
        .doTest();
  }

  @Test
  void boxingOfACode() {
    literal
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void handle(LusidProblemDetails problem) {",
            "    long widened = Long.valueOf(problem.getCode().longValue());",
            "    // BUG: Diagnostic contains: use IdentityErrorCodes.USER_DOES_NOT_EXIST",
            "    if (widened == 657) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void suppliedFallbacksAreJudgedLikeTheirConstantTwins() {
    unknown
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.Objects;",
            "import java.util.Optional;",
            "class Client {",
            "  static void take(@IdentityErrorCode int code) {}",
            "  void handle(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    take(Optional.ofNullable(p.getCode()).orElseGet(() -> 695));",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    take(Objects.requireNonNullElseGet(p.getCode(), () -> 6577));",
            "    // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "    if (Objects.requireNonNullElseGet(p.getCode(), () -> 15) == USER_DOES_NOT_EXIST) {}",
            "    take(Optional.ofNullable(p.getCode()).orElseGet(() -> -1));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fallbacksAsTeamsWriteThem() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "import java.util.Optional;",
            "class Client {",
            "  private final Map<String, Integer> last = new HashMap<>();",
            "  private final HashMap<String, Integer> byLogin = new HashMap<>();",
            "  void check(LusidProblemDetails p, String login) {",
            "    Optional<Integer> code = Optional.ofNullable(p.getCode());",
            "    // BUG: Diagnostic contains: 6599 is not a LUSID Identity error code",
            "    if (code.orElseGet(() -> { log(); return 6599; }) == 657) {}",
            "    if (code.orElseGet(() -> { if (login.isEmpty()) { return 1; } return 6599; }) == 657)"
                + " {}",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    if (code.orElse(695).intValue() == 657) {}",
            "    last.put(login, p.getCode());",
            "    byLogin.put(login, p.getCode());",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    if (last.getOrDefault(login, 2135) == 657) {}",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    if (byLogin.getOrDefault(login, 6577) == 657) {}",
            "  }",
            "  private final Map<String, Integer> pages = new HashMap<>();",
            "  void pages(String login) {",
            "    pages.put(login, 3);",
            "    if (pages.getOrDefault(login, 2135) == 657) {}",
            "  }",
            "  void log() {}",
            "}")
        .doTest();
  }
}
