package dev.identityerrors.checker;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class ErrorCodeLiteralTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ErrorCodeLiteral.class, getClass());
  private final BugCheckerRefactoringTestHelper refactoring =
      BugCheckerRefactoringTestHelper.newInstance(ErrorCodeLiteral.class, getClass());

  @Test
  void literalComparedWithCode() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean missing(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: use IdentityErrorCodes.USER_DOES_NOT_EXIST instead of"
                + " 657",
            "    return code == 657;",
            "  }",
            "  boolean unknown(@IdentityErrorCode long code) {",
            "    // BUG: Diagnostic contains: use IdentityErrorCodes.UNKNOWN_ERROR instead of -1",
            "    return -1 != code;",
            "  }",
            "  boolean wide(@IdentityErrorCode Long code) {",
            "    // BUG: Diagnostic contains: IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN instead"
                + " of 2153L",
            "    return code == (2153L);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void literalInEveryOtherContext() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  // BUG: Diagnostic contains: USER_DOES_NOT_EXIST",
            "  @IdentityErrorCode int code = 657;",
            "  static void record(@IdentityErrorCode int code) {}",
            "  record Failure(@IdentityErrorCode int code) {}",
            "  @IdentityErrorCode int returned(boolean b) {",
            "    // BUG: Diagnostic contains: USER_ALREADY_EXISTS",
            "    return b ? code : 658;",
            "  }",
            "  void check() {",
            "    // BUG: Diagnostic contains: API_KEY_DISPLAY_NAME_ALREADY_IN_USE",
            "    code = 659;",
            "    // BUG: Diagnostic contains: ROLE_DOES_NOT_EXIST",
            "    record(660);",
            "    // BUG: Diagnostic contains: APPLICATION_DOES_NOT_EXIST",
            "    new Failure(662);",
            "    switch (code) {",
            "      // BUG: Diagnostic contains: TOKEN_DOES_NOT_EXIST",
            "      case 663:",
            "        break;",
            "      default:",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void inferredLocalFromAnnotatedMethod() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  interface Problem { @IdentityErrorCode int code(); }",
            "  boolean check(Problem problem) {",
            "    int code = problem.code();",
            "    // BUG: Diagnostic contains: use IdentityErrorCodes.API_KEY_NOT_FOUND instead of"
                + " 239",
            "    return code == 239;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void namedConstantsAndUnknownValuesAreNotLiterals() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  static final int MY_MISSING_USER = 657;",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == MY_MISSING_USER",
            "        || code == IdentityErrorCodes.USER_DOES_NOT_EXIST",
            "        || code == 695;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void quietWhereNoCodeIsInvolved() {
    helper
        .addSourceLines(
            "Client.java",
            "class Client {",
            "  int port = 2200;",
            "  int[] sizes = {144, 151};",
            "  int answer() { return 657; }",
            "  boolean check(int status) {",
            "    return status == 657 || answer() == 144;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void suppressedByName() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @SuppressWarnings(\"ErrorCodeLiteral\")",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == 657;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixAddsTheImport() {
    refactoring
        .addInputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == 657 || code == -1;",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == IdentityErrorCodes.USER_DOES_NOT_EXIST",
            "        || code == IdentityErrorCodes.UNKNOWN_ERROR;",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void fixWritesTheFullNameWhereTheFileDeclaresATypeOfThatName() {
    // An import would give IdentityErrorCodes two meanings in the file (SameNameButDifferent),
    // though the nested type is not in scope where the fix writes.
    refactoring
        .addInputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  static class Local {",
            "    static class IdentityErrorCodes {}",
            "  }",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == 657;",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  static class Local {",
            "    static class IdentityErrorCodes {}",
            "  }",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void fixReusesAWildcardStaticImport() {
    refactoring
        .addInputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  void check(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      case 657, 658 -> {}",
            "      default -> {}",
            "    }",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  void check(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST, USER_ALREADY_EXISTS -> {}",
            "      default -> {}",
            "    }",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void fixReusesASingleStaticImport() {
    refactoring
        .addInputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == 657 || code == 658;",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == USER_DOES_NOT_EXIST || code == IdentityErrorCodes.USER_ALREADY_EXISTS;",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void literalsInATestsAssertionsBecomeConstants() {
    refactoring
        .addInputLines(
            "ClientTest.java",
            "import static org.assertj.core.api.Assertions.assertThat;",
            "import static org.hamcrest.Matchers.is;",
            "import static org.hamcrest.Matchers.oneOf;",
            "import static org.junit.jupiter.api.Assertions.assertEquals;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class ClientTest {",
            "  void check(LusidProblemDetails p) {",
            "    assertEquals(657, p.getCode(), \"missing\");",
            "    assertThat(p.getCode()).as(\"retried\").isIn(2153, 657);",
            "    org.hamcrest.MatcherAssert.assertThat(p.getCode(), is(oneOf(-1, 657)));",
            "  }",
            "}")
        .addOutputLines(
            "ClientTest.java",
            "import static org.assertj.core.api.Assertions.assertThat;",
            "import static org.hamcrest.Matchers.is;",
            "import static org.hamcrest.Matchers.oneOf;",
            "import static org.junit.jupiter.api.Assertions.assertEquals;",
            "",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class ClientTest {",
            "  void check(LusidProblemDetails p) {",
            "    assertEquals(IdentityErrorCodes.USER_DOES_NOT_EXIST, p.getCode(), \"missing\");",
            "    assertThat(p.getCode())",
            "        .as(\"retried\")",
            "        .isIn(",
            "            IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN,",
            "            IdentityErrorCodes.USER_DOES_NOT_EXIST);",
            "    org.hamcrest.MatcherAssert.assertThat(",
            "        p.getCode(),",
            "        is(oneOf(IdentityErrorCodes.UNKNOWN_ERROR, IdentityErrorCodes.USER_DOES_NOT_EXIST)));",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }
}
