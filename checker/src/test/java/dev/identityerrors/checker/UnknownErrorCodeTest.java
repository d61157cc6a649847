package dev.identityerrors.checker;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class UnknownErrorCodeTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());
  private final BugCheckerRefactoringTestHelper refactoring =
      BugCheckerRefactoringTestHelper.newInstance(UnknownErrorCode.class, getClass());

  @Test
  void comparisonWithAnnotatedParameter() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean inUse(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code; did you mean"
                + " 659 (API_KEY_DISPLAY_NAME_ALREADY_IN_USE)?",
            "    return code == 695;",
            "  }",
            "  boolean reversed(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: did you mean 239 (API_KEY_NOT_FOUND)?",
            "    return 293 != code;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void onlyVarargsMakeTheElementsOfAnAnnotatedArrayCodes() {
    // @IdentityErrorCode on an int[] that is no varargs parameter is misplaced
    // (ErrorCodeAnnotationMisuse): one mistake, one finding, nothing inferred from it.
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @IdentityErrorCode int[] sizes = {0, 12};",
            "  boolean small(int size) {",
            "    @IdentityErrorCode int[] limits = new int[] {0, 1};",
            "    return size == limits[0] || size == sizes[1];",
            "  }",
            "  boolean any(@IdentityErrorCode int... codes) {",
            "    // BUG: Diagnostic contains: 695 is not",
            "    return codes[0] == 695;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void annotatedFieldLocalAndMethod() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @IdentityErrorCode int lastCode;",
            "  @IdentityErrorCode int code() { return lastCode; }",
            "  void check() {",
            "    // BUG: Diagnostic contains: 695 is not",
            "    if (lastCode == 695) {}",
            "    // BUG: Diagnostic contains: 9999 is not",
            "    if (code() == 9999) {}",
            "    @IdentityErrorCode int local = lastCode;",
            "    // BUG: Diagnostic contains: 8888 is not",
            "    if (this.lastCode != 8888 && local == 7777) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void overrideOfAnnotatedMethodAndRecordComponent() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  interface Problem { @IdentityErrorCode int code(); }",
            "  static class Concrete implements Problem {",
            "    int last;",
            "    public int code() { return last; }",
            "  }",
            "  record Failure(@IdentityErrorCode int code, String detail) {}",
            "  void check(Concrete concrete, Failure failure) {",
            "    // BUG: Diagnostic contains: 695 is not",
            "    if (concrete.code() == 695) {}",
            "    // BUG: Diagnostic contains: 696 is not",
            "    if (failure.code() == 696) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void inferredLocalInitialisedFromCode() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @IdentityErrorCode int last;",
            "  @IdentityErrorCode int code() { return last; }",
            "  void check() {",
            "    int code = code();",
            "    int same = code;",
            "    // BUG: Diagnostic contains: 695 is not",
            "    if (code == 695) {}",
            "    // BUG: Diagnostic contains: 696 is not",
            "    if (same == 696) {}",
            "    int reassigned = code();",
            "    // BUG: Diagnostic contains: 404 is not a LUSID Identity error code; it looks like",
            "    reassigned = 404;",
            "    // BUG: Diagnostic contains: 697 is not",
            "    if (reassigned == 697) {}",
            "    int unrelated = code();",
            "    unrelated = reassigned + 1;",
            "    if (unrelated == 695) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void throughParenthesesCastsBoxingAndUnboxing() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @IdentityErrorCode Integer boxed() { return null; }",
            "  void check(@IdentityErrorCode long wide, @IdentityErrorCode Integer code) {",
            "    // BUG: Diagnostic contains: 695 is not",
            "    if (((long) code) == (695L)) {}",
            "    // BUG: Diagnostic contains: 696 is not",
            "    if (wide == 696) {}",
            "    // BUG: Diagnostic contains: 697 is not",
            "    if (boxed() == 697) {}",
            "    // BUG: Diagnostic contains: 698 is not",
            "    if (code.intValue() == 698) {}",
            "    // BUG: Diagnostic contains: -2 is not",
            "    if (code == (-2)) {}",
            "    // BUG: Diagnostic contains: 699 is not",
            "    if (Integer.valueOf(code) == 699) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void initialiserAssignmentArgumentAndConstructor() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  // BUG: Diagnostic contains: 695 is not",
            "  @IdentityErrorCode static final int EXPECTED = 695;",
            "  @IdentityErrorCode int code;",
            "  Client(@IdentityErrorCode int code) { this.code = code; }",
            "  Client() {",
            "    // BUG: Diagnostic contains: 696 is not",
            "    this(696);",
            "  }",
            "  static void record(String what, @IdentityErrorCode int code) {}",
            "  static void recordAll(@IdentityErrorCode int... codes) {}",
            "  record Failure(@IdentityErrorCode int code) {}",
            "  void check() {",
            "    // BUG: Diagnostic contains: 697 is not",
            "    code = 697;",
            "    // BUG: Diagnostic contains: 698 is not",
            "    record(\"x\", 698);",
            "    // BUG: Diagnostic contains: 699 is not",
            "    new Client(699);",
            "    // BUG: Diagnostic contains: 700 is not",
            "    new Failure(700);",
            "    // BUG: Diagnostic contains: 701 is not",
            "    recordAll(657, 701);",
            "    // BUG: Diagnostic contains: 702 is not",
            "    @IdentityErrorCode int local = 702;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void returnsFromAnnotatedMethodIncludingConditionalBranches() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.function.IntSupplier;",
            "class Client {",
            "  @IdentityErrorCode int code(boolean missing) {",
            "    IntSupplier notACode = () -> { return 9999; };",
            "    // BUG: Diagnostic contains: 695 is not",
            "    return missing ? 695 : 657;",
            "  }",
            "  @IdentityErrorCode int other() {",
            "    // BUG: Diagnostic contains: 2155 is not",
            "    return 2155;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void switchLabelsInEveryForm() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  void colon(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      // BUG: Diagnostic contains: 695 is not",
            "      case 695:",
            "        break;",
            "      default:",
            "    }",
            "  }",
            "  void arrow(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      // BUG: Diagnostic contains: 696 is not",
            "      case 657, 696 -> {}",
            "      default -> {}",
            "    }",
            "  }",
            "  String expression(@IdentityErrorCode int code) {",
            "    return switch (code) {",
            "      // BUG: Diagnostic contains: 697 is not",
            "      case 697 -> \"x\";",
            "      default -> \"y\";",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void ambiguousValueListsEveryCandidate() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: 2155 is not a LUSID Identity error code; did you mean"
                + " 2153 (INVALID_AUTHENTICATION_TOKEN) or 2154"
                + " (INVALID_IDENTITY_PROVIDER_ACCESS_TOKEN)?",
            "    return code == 2155;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void httpStatusAndFarValuesSayWhatToUse() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  void check(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: 404 is not a LUSID Identity error code; it looks like"
                + " an HTTP status",
            "    if (code == 404) {}",
            "    // BUG: Diagnostic contains: 123456 is not a LUSID Identity error code; use a"
                + " constant of IdentityErrorCodes",
            "    if (code == 123456) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void namedConstantIsJudgedOnlyForItsValue() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  static final int MISSING = 9999;",
            "  static final int MY_USER_MISSING = 657;",
            "  void check(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: 9999 is not",
            "    if (code == MISSING) {}",
            "    // BUG: Diagnostic contains: 695 is not",
            "    if (code == 600 + 95) {}",
            "    if (code == 600 + 59) {}",
            "    if (code == MY_USER_MISSING) {}",
            "    if (code == IdentityErrorCodes.USER_DOES_NOT_EXIST) {}",
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
            "  int answer() { return 9999; }",
            "  void check(int status) {",
            "    if (status == 404) {}",
            "    int local = answer();",
            "    if (local == 695) {}",
            "    switch (status) { case 695: break; default: }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void catalogueCodesAreNotFlagged() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean check(@IdentityErrorCode long code) {",
            "    return code == 657 || code == -1 || code == 2153L;",
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
            "  @SuppressWarnings(\"UnknownErrorCode\")",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == 695;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void silentWithoutTheCatalogueOnTheClassPath() {
    CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass())
        .withClasspath(UnknownErrorCodeTest.class)
        .addSourceLines(
            "IdentityErrorCode.java",
            "package dev.identityerrors;",
            "public @interface IdentityErrorCode {}")
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == 695;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixWritesTheMeantConstantAndImportsTheCatalogue() {
    refactoring
        .addInputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == 695 || code == 293;",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE",
            "        || code == IdentityErrorCodes.API_KEY_NOT_FOUND;",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void fixReusesAStaticImport() {
    refactoring
        .addInputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == 695 || code == USER_DOES_NOT_EXIST;",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == API_KEY_DISPLAY_NAME_ALREADY_IN_USE || code == USER_DOES_NOT_EXIST;",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void ambiguousOrNamedValuesGetNoFix() {
    refactoring
        .addInputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  static final int MISSING = 695;",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == 2155 || code == MISSING || code == 123456;",
            "  }",
            "}")
        .expectUnchanged()
        .doTest();
  }

  @Test
  void noFixThatWouldCompareOneOperandWithOneCodeTwice() {
    refactoring
        .addInputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean retry(@IdentityErrorCode int c, @IdentityErrorCode int other) {",
            "    boolean twice = c == INVALID_AUTHENTICATION_TOKEN || (c == 2135);",
            "    boolean notEither = c != 2135 && c != 2153;",
            "    return other == INVALID_AUTHENTICATION_TOKEN || c == 2135;",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean retry(@IdentityErrorCode int c, @IdentityErrorCode int other) {",
            "    boolean twice = c == INVALID_AUTHENTICATION_TOKEN || (c == 2135);",
            "    boolean notEither = c != 2135 && c != 2153;",
            "    return other == INVALID_AUTHENTICATION_TOKEN || c == INVALID_AUTHENTICATION_TOKEN;",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void fallbackOfACodeComparedOrSwitchedOn() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.Objects;",
            "import java.util.Optional;",
            "class Client {",
            "  void handle(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: 0 is not a LUSID Identity error code",
            "    if ((p.getCode() != null ? p.getCode() : 0) == USER_DOES_NOT_EXIST) {}",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    if (USER_DOES_NOT_EXIST == Objects.requireNonNullElse(p.getCode(), 6577)) {}",
            "    // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "    if (Optional.ofNullable(p.getCode()).orElse(15).equals(USER_DOES_NOT_EXIST)) {}",
            "    // BUG: Diagnostic contains: 7 is not a LUSID Identity error code",
            "    switch (p.getCode() == null ? 7 : p.getCode()) {",
            "      case USER_DOES_NOT_EXIST -> {}",
            "      default -> {}",
            "    }",
            "    if ((p.getCode() != null ? p.getCode() : -1) == USER_DOES_NOT_EXIST) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void argumentsOfAnAnonymousSubclass() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  abstract static class IdentityFailure {",
            "    IdentityFailure(@IdentityErrorCode int code) {}",
            "    IdentityFailure(String message, @IdentityErrorCode int code) {}",
            "    abstract String describe();",
            "  }",
            "  void fail() {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    new IdentityFailure(695) {",
            "      String describe() { return \"\"; }",
            "    };",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    new IdentityFailure(\"x\", 6577) {",
            "      String describe() { return \"\"; }",
            "    };",
            "    new IdentityFailure(657) {",
            "      String describe() { return \"\"; }",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aTypoAmongTheValuesATestExpectsIsFixedUnlessItsCodeIsAlreadyThere() {
    refactoring
        .addInputLines(
            "ClientTest.java",
            "import static org.assertj.core.api.Assertions.assertThat;",
            "import static org.hamcrest.Matchers.anyOf;",
            "import static org.hamcrest.Matchers.is;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class ClientTest {",
            "  void check(LusidProblemDetails p) {",
            "    assertThat(p.getCode()).isIn(657, 695);",
            "    assertThat(p.getCode()).isIn(659, 695);",
            "    org.hamcrest.MatcherAssert.assertThat(p.getCode(), anyOf(is(659), is(695)));",
            "    org.junit.jupiter.api.Assertions.assertEquals(695, p.getCode());",
            "  }",
            "}")
        .addOutputLines(
            "ClientTest.java",
            "import static org.assertj.core.api.Assertions.assertThat;",
            "import static org.hamcrest.Matchers.anyOf;",
            "import static org.hamcrest.Matchers.is;",
            "",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class ClientTest {",
            "  void check(LusidProblemDetails p) {",
            "    assertThat(p.getCode()).isIn(657, IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE);",
            "    assertThat(p.getCode()).isIn(659, 695);",
            "    org.hamcrest.MatcherAssert.assertThat(p.getCode(), anyOf(is(659), is(695)));",
            "    org.junit.jupiter.api.Assertions.assertEquals(",
            "        IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE, p.getCode());",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void aCodeOfAnotherServiceReadWithIdentitysProblemDetailsIsNamed() {
    helper
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void check(LusidProblemDetails problem,",
            "      com.finbourne.sdk.services.identity.model.LusidProblemDetails combined) {",
            "    // BUG: Diagnostic contains: problem.getCode() is read with Identity's problem details"
                + " (com.finbourne.identity.model.LusidProblemDetails), whose codes are Identity's:"
                + " a failure of the main LUSID API is read with"
                + " com.finbourne.lusid.model.LusidProblemDetails",
            "    if (problem.getCode() == 3000) {}",
            "    // BUG: Diagnostic contains: com.finbourne.sdk.services.lusid.model.LusidProblemDetails,"
                + " and an HTTP status is getStatus()",
            "    if (combined.getCode() == 404) {}",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code; did you mean 657",
            "    if (problem.getCode() == 6577) {}",
            "  }",
            "}")
        .doTest();
  }
}
