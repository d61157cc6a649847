package dev.identityerrors.checker.fixes;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.IdentityError;
import dev.identityerrors.IdentityErrorCategory;
import dev.identityerrors.checker.ErrorCodeLiteral;
import dev.identityerrors.checker.UnhandledErrorCategory;
import dev.identityerrors.checker.UnknownErrorCode;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fixes that patch mode applies to a whole code base: each compiles and keeps what the code means,
 * alone, together and one after the other. The expected outputs are exactly what a user gets.
 */
class SafeFixesTest {
  private BugCheckerRefactoringTestHelper refactoring(
      Class<? extends com.google.errorprone.bugpatterns.BugChecker> check) {
    return BugCheckerRefactoringTestHelper.newInstance(check, getClass());
  }

  private static final String[] TYPO_AND_MISSING_CATEGORIES = {
    "import dev.identityerrors.IdentityErrorCode;",
    "import dev.identityerrors.IdentityErrorCodes;",
    "",
    "class Client {",
    "  void handle(@IdentityErrorCode int code) {",
    "    switch (code) {",
    "      case IdentityErrorCodes.ROLE_DOES_NOT_EXIST:",
    "        System.out.println(\"role\");",
    "        break;",
    "      case 2135:",
    "        System.out.println(\"log in again\");",
    "        break;",
    "    }",
    "  }",
    "}"
  };

  @Test
  void aTypoLabelCoversTheCodeItMeans() {
    CompilationTestHelper.newInstance(UnhandledErrorCategory.class, getClass())
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  void handle(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: AUTHENTICATION: INVALID_IDENTITY_TOKEN,"
                + " INCORRECT_AUTHENTICATION_TYPE, INVALID_IDENTITY_PROVIDER_ACCESS_TOKEN;",
            "    switch (code) {",
            "      case IdentityErrorCodes.ROLE_DOES_NOT_EXIST: break;",
            "      case 2135: break;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void missingCasesLeaveOutTheCodeATypoMeans() {
    refactoring(UnhandledErrorCategory.class)
        .addInputLines("Client.java", TYPO_AND_MISSING_CATEGORIES)
        .addOutputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "",
            "class Client {",
            "  void handle(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      case IdentityErrorCodes.ROLE_DOES_NOT_EXIST:",
            "        System.out.println(\"role\");",
            "        break;",
            "      case 2135:",
            "        System.out.println(\"log in again\");",
            "        break;",
            "      case IdentityErrorCodes.DUPLICATE_IN_PARAMETER_SET, IdentityErrorCodes.INVALID_PARAMETER_VALUE, IdentityErrorCodes.INVALID_REQUEST, IdentityErrorCodes.INVALID_PAGINATION_TOKEN: // REQUEST",
            "      case IdentityErrorCodes.ACTION_EXECUTION_FAILURE, IdentityErrorCodes.TENANT_SCHEDULER_DOMAIN_JOB_ERROR, IdentityErrorCodes.UNKNOWN_ERROR: // SERVER",
            "      case IdentityErrorCodes.ACCESS_DENIED, IdentityErrorCodes.IMPERSONATION_NOT_SUPPORTED, IdentityErrorCodes.BLOCKED_BY_NETWORK_ZONE: // AUTHORIZATION",
            "      case IdentityErrorCodes.INVALID_IDENTITY_TOKEN, IdentityErrorCodes.INCORRECT_AUTHENTICATION_TYPE, IdentityErrorCodes.INVALID_IDENTITY_PROVIDER_ACCESS_TOKEN: // AUTHENTICATION",
            "      case IdentityErrorCodes.MAX_USER_API_KEY_LIMIT_REACHED, IdentityErrorCodes.API_KEY_NOT_FOUND, IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE: // API_KEY",
            "      case IdentityErrorCodes.USER_DOES_NOT_EXIST, IdentityErrorCodes.USER_ALREADY_EXISTS, IdentityErrorCodes.ACTION_NOT_VALID_FOR_USER_TYPE, IdentityErrorCodes.IMPERSONATED_USER_DOES_NOT_EXIST: // USER",
            "      case IdentityErrorCodes.ROLE_DOES_NOT_EXIST_IN_IDENTITY_PROVIDER: // ROLE",
            "      case IdentityErrorCodes.APPLICATION_DOES_NOT_EXIST: // APPLICATION",
            "      case IdentityErrorCodes.TOKEN_DOES_NOT_EXIST: // TOKEN",
            "      case IdentityErrorCodes.SSO_INCORRECTLY_CONFIGURED, IdentityErrorCodes.IDENTITY_PROVIDER_NOT_FOUND, IdentityErrorCodes.OKTA_SYSTEM_LOG_QUERY_FAILURE: // IDENTITY_PROVIDER",
            "      case IdentityErrorCodes.USER_IN_DELETED_STATE, IdentityErrorCodes.USER_NOT_LOCKED_OUT, IdentityErrorCodes.USER_ALREADY_ACTIVATED, IdentityErrorCodes.INVALID_USER_STATUS_FOR_OPERATION, IdentityErrorCodes.INVALID_USER_STATUS_FOR_PASSWORD_RESET, IdentityErrorCodes.INVALID_USER_STATUS_FOR_PASSWORD_EXPIRY: // USER_STATUS",
            "      case IdentityErrorCodes.CANNOT_UPDATE_PASSWORD, IdentityErrorCodes.PASSWORD_VALIDATION_FAILURE: // PASSWORD",
            "        break;",
            "    }",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void aTypoIsNotFixedIntoALabelTheSwitchHas() {
    refactoring(UnknownErrorCode.class)
        .addInputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "",
            "class Client {",
            "  void handle(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      case IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN -> {}",
            "      case 2135 -> {}",
            "      default -> {}",
            "    }",
            "  }",
            "}")
        .expectUnchanged()
        .doTest(TestMode.TEXT_MATCH);
    CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass())
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  void handle(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      case IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN -> {}",
            "      // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code; did you mean"
                + " 2153",
            "      case 2135 -> {}",
            "      default -> {}",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aStaticImportShadowedByAFieldIsQualified() {
    refactoring(ErrorCodeLiteral.class)
        .addInputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "",
            "class Client {",
            "  static final int ACCESS_DENIED = 403;",
            "",
            "  boolean denied(@IdentityErrorCode int code) {",
            "    return code == 186 || code == 657;",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "",
            "class Client {",
            "  static final int ACCESS_DENIED = 403;",
            "",
            "  boolean denied(@IdentityErrorCode int code) {",
            "    return code == IdentityErrorCodes.ACCESS_DENIED || code == USER_DOES_NOT_EXIST;",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void aStaticImportShadowedByALocalParameterOrInheritedFieldIsQualified() {
    refactoring(ErrorCodeLiteral.class)
        .addInputLines(
            "Base.java",
            "class Base {",
            "  protected String USER_DOES_NOT_EXIST = \"inherited\";",
            "}")
        .expectUnchanged()
        .addInputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "",
            "class Client extends Base {",
            "  boolean check(@IdentityErrorCode int code, int ACCESS_DENIED) {",
            "    int UNKNOWN_ERROR = 0;",
            "    return code == 186 || code == -1 || code == 657 || code == 658;",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "",
            "class Client extends Base {",
            "  boolean check(@IdentityErrorCode int code, int ACCESS_DENIED) {",
            "    int UNKNOWN_ERROR = 0;",
            "    return code == IdentityErrorCodes.ACCESS_DENIED",
            "        || code == IdentityErrorCodes.UNKNOWN_ERROR",
            "        || code == IdentityErrorCodes.USER_DOES_NOT_EXIST",
            "        || code == USER_ALREADY_EXISTS;",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void aNameAnotherStaticImportBringsIsQualified() {
    // A single static import shadows the catalogue's on-demand one; two on-demand imports of one
    // name make it ambiguous.
    refactoring(ErrorCodeLiteral.class)
        .addInputLines(
            "other/Limits.java",
            "package other;",
            "",
            "public final class Limits {",
            "  public static final int ACCESS_DENIED = 403;",
            "}")
        .expectUnchanged()
        .addInputLines(
            "other/Texts.java",
            "package other;",
            "",
            "public interface Texts {",
            "  String USER_DOES_NOT_EXIST = \"no such user\";",
            "}")
        .expectUnchanged()
        .addInputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import static other.Limits.ACCESS_DENIED;",
            "import static other.Texts.*;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == 186 || code == 657 || code == 658;",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import static other.Limits.ACCESS_DENIED;",
            "import static other.Texts.*;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == IdentityErrorCodes.ACCESS_DENIED",
            "        || code == IdentityErrorCodes.USER_DOES_NOT_EXIST",
            "        || code == USER_ALREADY_EXISTS;",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void aFieldInheritedByAnEnclosingClassOrFromAnInterfaceIsQualified() {
    refactoring(ErrorCodeLiteral.class)
        .addInputLines(
            "Base.java",
            "class Base {",
            "  protected String USER_DOES_NOT_EXIST = \"inherited\";",
            "}")
        .expectUnchanged()
        .addInputLines("Texts.java", "interface Texts {", "  String UNKNOWN_ERROR = \"?\";", "}")
        .expectUnchanged()
        .addInputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "",
            "class Client extends Base {",
            "  class Inner implements Texts {",
            "    boolean check(@IdentityErrorCode int code) {",
            "      return code == -1 || code == 657 || code == 658;",
            "    }",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "",
            "class Client extends Base {",
            "  class Inner implements Texts {",
            "    boolean check(@IdentityErrorCode int code) {",
            "      return code == IdentityErrorCodes.UNKNOWN_ERROR",
            "          || code == IdentityErrorCodes.USER_DOES_NOT_EXIST",
            "          || code == USER_ALREADY_EXISTS;",
            "    }",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void addedCasesAreQualifiedWhereAFieldShadowsTheStaticImport() {
    // Every code but the ROLE category's, read from the catalogue, in one arrow case.
    String handled =
        Arrays.stream(IdentityError.values())
            .filter(error -> error.category() != IdentityErrorCategory.ROLE)
            .map(IdentityError::name)
            .collect(Collectors.joining(", ", "      case ", " -> {}"));
    refactoring(UnhandledErrorCategory.class)
        .addInputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "",
            "class Client {",
            "  static final String ROLE_DOES_NOT_EXIST_IN_IDENTITY_PROVIDER = \"shadow\";",
            "",
            "  void handle(@IdentityErrorCode int code) {",
            "    switch (code) {",
            handled,
            "    }",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "",
            "class Client {",
            "  static final String ROLE_DOES_NOT_EXIST_IN_IDENTITY_PROVIDER = \"shadow\";",
            "",
            "  void handle(@IdentityErrorCode int code) {",
            "    switch (code) {",
            handled,
            "      case ROLE_DOES_NOT_EXIST, IdentityErrorCodes.ROLE_DOES_NOT_EXIST_IN_IDENTITY_PROVIDER"
                + " -> {} // ROLE",
            "    }",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void longCodesKeepTheirTypeWhereBoxingOrEqualsDependsOnIt() {
    refactoring(ErrorCodeLiteral.class)
        .addInputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.Objects;",
            "",
            "class Client {",
            "  @IdentityErrorCode Long last = 657L;",
            "  @IdentityErrorCode long primitive = 657L;",
            "",
            "  boolean check(@IdentityErrorCode Long code, @IdentityErrorCode Integer boxed) {",
            "    return Objects.equals(code, 658L)",
            "        || code.equals(658L)",
            "        || code == 659L",
            "        || boxed.equals(660L)",
            "        || boxed == 661L;",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Objects;",
            "",
            "class Client {",
            "  @IdentityErrorCode Long last = (long) IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  @IdentityErrorCode long primitive = IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "",
            "  boolean check(@IdentityErrorCode Long code, @IdentityErrorCode Integer boxed) {",
            "    return Objects.equals(code, (long) IdentityErrorCodes.USER_ALREADY_EXISTS)",
            "        || code.equals((long) IdentityErrorCodes.USER_ALREADY_EXISTS)",
            "        || code == IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE",
            "        || boxed.equals((long) IdentityErrorCodes.ROLE_DOES_NOT_EXIST)",
            "        || boxed == IdentityErrorCodes.ROLE_DOES_NOT_EXIST_IN_IDENTITY_PROVIDER;",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void aLongCodeInAVarLocalStaysLong() {
    refactoring(ErrorCodeLiteral.class)
        .addInputLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "",
            "class Client {",
            "  final Map<Long, String> seen = new HashMap<>();",
            "",
            "  void check(LusidProblemDetails problem) {",
            "    @IdentityErrorCode var last = 657L;",
            "    seen.put(last, problem.getTitle());",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "",
            "class Client {",
            "  final Map<Long, String> seen = new HashMap<>();",
            "",
            "  void check(LusidProblemDetails problem) {",
            "    @IdentityErrorCode var last = (long) IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "    seen.put(last, problem.getTitle());",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void longCodesPassedAndReturned() {
    refactoring(ErrorCodeLiteral.class)
        .addInputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "",
            "class Client {",
            "  void primitive(@IdentityErrorCode long code) {}",
            "",
            "  void boxed(@IdentityErrorCode Long code) {}",
            "",
            "  @IdentityErrorCode",
            "  Long boxedReturn() {",
            "    return 657L;",
            "  }",
            "",
            "  @IdentityErrorCode",
            "  long primitiveReturn() {",
            "    return 657L;",
            "  }",
            "",
            "  void run() {",
            "    primitive(658L);",
            "    boxed((658L));",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "",
            "class Client {",
            "  void primitive(@IdentityErrorCode long code) {}",
            "",
            "  void boxed(@IdentityErrorCode Long code) {}",
            "",
            "  @IdentityErrorCode",
            "  Long boxedReturn() {",
            "    return (long) IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  }",
            "",
            "  @IdentityErrorCode",
            "  long primitiveReturn() {",
            "    return IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  }",
            "",
            "  void run() {",
            "    primitive(IdentityErrorCodes.USER_ALREADY_EXISTS);",
            "    boxed(((long) IdentityErrorCodes.USER_ALREADY_EXISTS));",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void aLongTypoKeepsItsType() {
    refactoring(UnknownErrorCode.class)
        .addInputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "",
            "class Client {",
            "  @IdentityErrorCode Long last = 695L;",
            "}")
        .addOutputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "",
            "class Client {",
            "  @IdentityErrorCode Long last = (long) IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE;",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  /** Each shape in a class of its own: a chain or a map that would hold one code twice. */
  private static final String[][] REPEATING_SHAPES = {
    {
      "import com.finbourne.identity.model.LusidProblemDetails;",
      "import java.util.Map;",
      "class Titles {",
      "  static final Map<Integer, String> TITLES =",
      "      // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
      "      Map.ofEntries(Map.entry(659, \"taken\"), Map.entry(695, \"typo\"));",
      "  String title(LusidProblemDetails problem) {",
      "    return TITLES.get(problem.getCode());",
      "  }",
      "}"
    },
    {
      "import static java.util.Map.entry;",
      "import com.finbourne.identity.model.LusidProblemDetails;",
      "import java.util.Map;",
      "class StaticEntries {",
      "  static final Map<Integer, String> TITLES =",
      "      // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
      "      Map.ofEntries(entry(659, \"taken\"), entry(695, \"typo\"));",
      "  String title(LusidProblemDetails problem) {",
      "    return TITLES.get(problem.getCode());",
      "  }",
      "}"
    },
    {
      "import dev.identityerrors.IdentityErrorCode;",
      "class ByEquals {",
      "  boolean taken(@IdentityErrorCode Integer c) {",
      "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
      "    return c.equals(659) || c.equals(695);",
      "  }",
      "}"
    },
    {
      "import dev.identityerrors.IdentityErrorCode;",
      "import java.util.Objects;",
      "class ByObjectsEquals {",
      "  boolean taken(@IdentityErrorCode Integer c) {",
      "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
      "    return !(!Objects.equals(c, 659) && !Objects.equals(695, c));",
      "  }",
      "}"
    },
    {
      "import dev.identityerrors.IdentityErrorCode;",
      "class Branches {",
      "  @IdentityErrorCode int last;",
      "  void record(boolean taken) {",
      "    if (taken) {",
      "      // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
      "      last = 695;",
      "    } else {",
      "      last = 659;",
      "    }",
      "  }",
      "}"
    },
    {
      "import dev.identityerrors.IdentityErrorCode;",
      "class Choice {",
      "  @IdentityErrorCode",
      "  // BUG: Diagnostic contains: 1 is not a LUSID Identity error code",
      "  int pick(boolean known) { return known ? -1 : 1; }",
      "}"
    },
    {
      "import dev.identityerrors.IdentityErrorCode;",
      "import dev.identityerrors.IdentityErrorCodes;",
      "class ChoiceCompared {",
      "  boolean expired(@IdentityErrorCode int code) {",
      "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
      "    return code == (code > 1000 ? IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN : 2135);",
      "  }",
      "}"
    },
  };

  @Test
  void noTypoFixWritesACodeItsChainOrMapAlreadyHas() {
    for (String[] shape : REPEATING_SHAPES) {
      reportedWithoutAFix(UnknownErrorCode.class, shape);
    }
  }

  /** The source (one class, named by its {@code class} line) is reported as marked, and unfixed. */
  private void reportedWithoutAFix(
      Class<? extends com.google.errorprone.bugpatterns.BugChecker> check, String... source) {
    String name =
        java.util.Arrays.stream(source)
                .filter(line -> line.startsWith("class "))
                .findFirst()
                .orElseThrow()
                .split(" ")[1]
            + ".java";
    CompilationTestHelper.newInstance(check, getClass()).addSourceLines(name, source).doTest();
    refactoring(check).addInputLines(name, source).expectUnchanged().doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void aTypoInABranchThatDiffersElsewhereIsStillFixed() {
    refactoring(UnknownErrorCode.class)
        .addInputLines(
            "Branches.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Branches {",
            "  @IdentityErrorCode",
            "  int pick(boolean known, @IdentityErrorCode int code) {",
            "    return known ? code : 695;",
            "  }",
            "}")
        .addOutputLines(
            "Branches.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Branches {",
            "  @IdentityErrorCode",
            "  int pick(boolean known, @IdentityErrorCode int code) {",
            "    return known ? code : IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE;",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void noLiteralFixMakesTwoBranchesTheSame() {
    String[] branches = {
      "import dev.identityerrors.IdentityErrorCode;",
      "import dev.identityerrors.IdentityErrorCodes;",
      "class Branches {",
      "  @IdentityErrorCode",
      "  int pick(boolean failed) {",
      "    if (failed) {",
      "      return IdentityErrorCodes.USER_DOES_NOT_EXIST;",
      "    } else {",
      "      // BUG: Diagnostic contains: use IdentityErrorCodes.USER_DOES_NOT_EXIST instead of 657",
      "      return 657;",
      "    }",
      "  }",
      "}"
    };
    reportedWithoutAFix(ErrorCodeLiteral.class, branches);
  }

  @Test
  void noLiteralFixWritesAnOperandTheChainHasAlready() {
    String[] chain = {
      "import dev.identityerrors.IdentityErrorCode;",
      "import dev.identityerrors.IdentityErrorCodes;",
      "class Chain {",
      "  boolean other(@IdentityErrorCode int x) {",
      "    // BUG: Diagnostic contains: use IdentityErrorCodes.API_KEY_NOT_FOUND instead of 239",
      "    return x != IdentityErrorCodes.API_KEY_NOT_FOUND && x != 239;",
      "  }",
      "}"
    };
    reportedWithoutAFix(ErrorCodeLiteral.class, chain);
  }
}
