package dev.identityerrors.checker;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.IdentityError;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnhandledErrorCategoryTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UnhandledErrorCategory.class, getClass());

  /** Case labels for every catalogue code except the given ones, from the catalogue itself. */
  private static String casesForAllBut(IdentityError... left) {
    return Arrays.stream(IdentityError.values())
        .filter(error -> !Arrays.asList(left).contains(error))
        .map(error -> "IdentityErrorCodes." + error.name())
        .collect(Collectors.joining(", ", "      case ", ":"));
  }

  @Test
  void oneCategoryHandledOthersMissing() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  void handle(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: silently ignored: REQUEST (4 codes), SERVER (3 codes),"
                + " AUTHORIZATION (3 codes), AUTHENTICATION (4 codes), API_KEY (3 codes)",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST:",
            "      case USER_ALREADY_EXISTS:",
            "      case ACTION_NOT_VALID_FOR_USER_TYPE:",
            "      case IMPERSONATED_USER_DOES_NOT_EXIST:",
            "        break;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void categoryHandledInPartNamesTheMissingConstants() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  void handle(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: ROLE (2 codes), APPLICATION (1 code), TOKEN (1 code),"
                + " IDENTITY_PROVIDER (3 codes), USER_STATUS (6 codes), PASSWORD (2 codes); USER:"
                + " ACTION_NOT_VALID_FOR_USER_TYPE, IMPERSONATED_USER_DOES_NOT_EXIST; add cases",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST -> {}",
            "      case 658 -> {}",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void everyCodeButOne() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  void handle(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: silently ignored: REQUEST: INVALID_REQUEST; add cases"
                + " for them or a default",
            "    switch (code) {",
            casesForAllBut(IdentityError.INVALID_REQUEST),
            "        break;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void categoryOfOneCodeIsSingular() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  void handle(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: silently ignored: APPLICATION (1 code); add cases",
            "    switch (code) {",
            casesForAllBut(IdentityError.APPLICATION_DOES_NOT_EXIST),
            "        break;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void everyCodeHandledIsFine() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  void handle(@IdentityErrorCode int code) {",
            "    switch (code) {",
            casesForAllBut(),
            "        break;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void defaultBranchIsFine() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  void colon(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST:",
            "        break;",
            "      default:",
            "    }",
            "  }",
            "  void arrow(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST -> {}",
            "      default -> {}",
            "    }",
            "  }",
            "  String expression(@IdentityErrorCode int code) {",
            "    return switch (code) {",
            "      case USER_DOES_NOT_EXIST -> \"missing\";",
            "      default -> \"other\";",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void selectorFromFieldMethodCallAndInferredLocal() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @IdentityErrorCode int last;",
            "  @IdentityErrorCode int code() { return last; }",
            "  void handle() {",
            "    // BUG: Diagnostic contains: REQUEST (4 codes)",
            "    switch (last) {",
            "      case USER_DOES_NOT_EXIST: break;",
            "    }",
            "    // BUG: Diagnostic contains: REQUEST (4 codes)",
            "    switch (code()) {",
            "      case USER_DOES_NOT_EXIST: break;",
            "    }",
            "    int inferred = code();",
            "    // BUG: Diagnostic contains: REQUEST (4 codes)",
            "    switch (inferred) {",
            "      case USER_DOES_NOT_EXIST: break;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void switchOnPlainIntIsQuiet() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "class Client {",
            "  void handle(int status) {",
            "    switch (status) {",
            "      case 404: break;",
            "      case USER_DOES_NOT_EXIST: break;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void nestedSwitchesAreJudgedEachOnItsOwn() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  void handle(@IdentityErrorCode int outer, @IdentityErrorCode int inner, int plain) {",
            "    switch (outer) {",
            "      case USER_DOES_NOT_EXIST:",
            "        // BUG: Diagnostic contains: USER: USER_DOES_NOT_EXIST, USER_ALREADY_EXISTS,",
            "        switch (inner) {",
            "          case ACTION_NOT_VALID_FOR_USER_TYPE: break;",
            "        }",
            "        switch (plain) {",
            "          case 1: break;",
            "        }",
            "        break;",
            "      default:",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void suppressedByName() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @SuppressWarnings(\"UnhandledErrorCategory\")",
            "  void handle(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST: break;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixAddsTheMissingCasesByCategoryInColonForm() {
    String[] handledAllButTwoCategories = {
      "import dev.identityerrors.IdentityErrorCode;",
      "import dev.identityerrors.IdentityErrorCodes;",
      "class Client {",
      "  void handle(@IdentityErrorCode int code) {",
      "    switch (code) {",
      casesForAllBut(
          IdentityError.INVALID_REQUEST,
          IdentityError.ROLE_DOES_NOT_EXIST,
          IdentityError.ROLE_DOES_NOT_EXIST_IN_IDENTITY_PROVIDER),
      "        System.out.println(code);",
      "    }",
      "  }",
      "}"
    };
    String[] expected = handledAllButTwoCategories.clone();
    // The last case ran off the end of the switch: it is ended with a break first, so that it
    // still does (and Error Prone's FallThrough has nothing to say).
    expected[6] =
        "        System.out.println(code);\n"
            + "        break;\n"
            + "      case IdentityErrorCodes.INVALID_REQUEST: // REQUEST\n"
            + "      case IdentityErrorCodes.ROLE_DOES_NOT_EXIST,"
            + " IdentityErrorCodes.ROLE_DOES_NOT_EXIST_IN_IDENTITY_PROVIDER: // ROLE\n"
            + "        break;";
    BugCheckerRefactoringTestHelper.newInstance(UnhandledErrorCategory.class, getClass())
        .addInputLines("Client.java", handledAllButTwoCategories)
        .addOutputLines("Client.java", expected)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void fixBelowJava14WritesOneLabelPerCaseAndNoSecondBreak() {
    String[] input = {
      "import dev.identityerrors.IdentityErrorCode;",
      "import dev.identityerrors.IdentityErrorCodes;",
      "class Client {",
      "  void handle(@IdentityErrorCode int code) {",
      "    switch (code) {",
      casesForAllBut(
              IdentityError.INVALID_REQUEST,
              IdentityError.ROLE_DOES_NOT_EXIST,
              IdentityError.ROLE_DOES_NOT_EXIST_IN_IDENTITY_PROVIDER)
          .replace(", ", ":\n      case "),
      "        System.out.println(code);",
      "        break;",
      "    }",
      "  }",
      "}"
    };
    String[] expected = input.clone();
    expected[7] =
        "        break;\n"
            + "      case IdentityErrorCodes.INVALID_REQUEST: // REQUEST\n"
            + "      case IdentityErrorCodes.ROLE_DOES_NOT_EXIST: // ROLE\n"
            + "      case IdentityErrorCodes.ROLE_DOES_NOT_EXIST_IN_IDENTITY_PROVIDER:\n"
            + "        break;";
    BugCheckerRefactoringTestHelper.newInstance(UnhandledErrorCategory.class, getClass())
        .setArgs("--release", "11")
        .addInputLines("Client.java", input)
        .addOutputLines("Client.java", expected)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void fixAddsArrowCasesWithStaticImportsAndTheClassImport() {
    String[] input = {
      "import static dev.identityerrors.IdentityErrorCodes.*;",
      "import dev.identityerrors.IdentityErrorCode;",
      "class Client {",
      "  void handle(@IdentityErrorCode int code) {",
      "    switch (code) {",
      casesForAllBut(IdentityError.INVALID_REQUEST, IdentityError.UNKNOWN_ERROR)
          .replace("IdentityErrorCodes.", "")
          .replace(":", " -> {}"),
      "    }",
      "  }",
      "}"
    };
    String[] expected = input.clone();
    expected[5] =
        input[5]
            + "\n      case INVALID_REQUEST -> {} // REQUEST"
            + "\n      case UNKNOWN_ERROR -> {} // SERVER";
    BugCheckerRefactoringTestHelper.newInstance(UnhandledErrorCategory.class, getClass())
        .addInputLines("Client.java", input)
        .addOutputLines("Client.java", expected)
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void switchWhoseEveryCaseLeavesIsAChosenDefault() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.List;",
            "class Client {",
            "  String describe(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST:",
            "      case USER_ALREADY_EXISTS:",
            "        return \"user\";",
            "      case ACCESS_DENIED:",
            "        throw new IllegalStateException();",
            "    }",
            "    return \"other\";",
            "  }",
            "  void each(List<Integer> codes) {",
            "    outer:",
            "    for (@IdentityErrorCode int code : codes) {",
            "      switch (code) {",
            "        case USER_DOES_NOT_EXIST -> { continue; }",
            "        case ACCESS_DENIED -> { break outer; }",
            "        case UNKNOWN_ERROR -> throw new IllegalStateException();",
            "      }",
            "      System.out.println(code);",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void switchWithACaseThatEndsInTheSwitchIsReported() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  String describe(@IdentityErrorCode int code, boolean quiet) {",
            "    // BUG: Diagnostic contains: silently ignored",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST:",
            "        if (quiet) break;",
            "        return \"user\";",
            "      case ACCESS_DENIED:",
            "        throw new IllegalStateException();",
            "    }",
            "    // BUG: Diagnostic contains: silently ignored",
            "    out: switch (code) {",
            "      case USER_DOES_NOT_EXIST: break out;",
            "      case ACCESS_DENIED: return \"denied\";",
            "    }",
            "    // BUG: Diagnostic contains: silently ignored",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST -> System.out.println(\"user\");",
            "      case ACCESS_DENIED -> { return \"denied\"; }",
            "    }",
            "    // BUG: Diagnostic contains: silently ignored",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST: return \"user\";",
            "      case ACCESS_DENIED: System.out.println(\"denied\");",
            "    }",
            "    return \"other\";",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void addedCasesAreIndentedLikeTheirNeighboursWithTabs() {
    BugCheckerRefactoringTestHelper.newInstance(UnhandledErrorCategory.class, getClass())
        .addInputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "",
            "class Client {",
            "\tvoid handle(@IdentityErrorCode int code) {",
            "\t\tswitch (code) {",
            casesForAllBut(IdentityError.INVALID_REQUEST, IdentityError.UNKNOWN_ERROR)
                .replace("IdentityErrorCodes.", "")
                .replace("      case", "\t\tcase"),
            "\t\t\t\tSystem.out.println(code);",
            "\t\t}",
            "\t}",
            "}")
        .addOutputLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "",
            "import dev.identityerrors.IdentityErrorCode;",
            "",
            "class Client {",
            "\tvoid handle(@IdentityErrorCode int code) {",
            "\t\tswitch (code) {",
            casesForAllBut(IdentityError.INVALID_REQUEST, IdentityError.UNKNOWN_ERROR)
                .replace("IdentityErrorCodes.", "")
                .replace("      case", "\t\tcase"),
            "\t\t\t\tSystem.out.println(code);",
            "\t\t\t\tbreak;",
            "\t\tcase INVALID_REQUEST: // REQUEST",
            "\t\tcase UNKNOWN_ERROR: // SERVER",
            "\t\t\t\tbreak;",
            "\t\t}",
            "\t}",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void casesThatCannotCompleteNormallyAreAChosenDefault() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.List;",
            "class Client {",
            "  void log() {}",
            "  String describe(@IdentityErrorCode int code, boolean quiet, List<Integer> all) {",
            "    for (int c : all) {",
            "      switch (code) {",
            "        case USER_DOES_NOT_EXIST:",
            "          if (quiet) { continue; } else { return \"user\"; }",
            "        case ACCESS_DENIED:",
            "          log();",
            "        case UNKNOWN_ERROR:",
            "          try { return \"denied\"; } finally { log(); }",
            "      }",
            "      switch (code) {",
            "        case USER_DOES_NOT_EXIST -> { synchronized (this) { throw new IllegalStateException(); } }",
            "        case ACCESS_DENIED -> { while (true) { log(); } }",
            "        case UNKNOWN_ERROR -> {",
            "          try { log(); } catch (RuntimeException e) { throw e; } finally { return \"\"; }",
            "        }",
            "      }",
            "    }",
            "    int r = switch (quiet ? 1 : 2) {",
            "      default -> {",
            "        switch (code) {",
            "          case USER_DOES_NOT_EXIST: yield 1;",
            "          case ACCESS_DENIED: { yield 2; }",
            "        }",
            "        yield 0;",
            "      }",
            "    };",
            "    return \"other\" + r;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aCaseThatMayCompleteNormallyIsReported() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  void log() {}",
            "  String describe(@IdentityErrorCode int code, boolean quiet) {",
            "    // BUG: Diagnostic contains: silently ignored",
            "    out: switch (code) {",
            "      case USER_DOES_NOT_EXIST:",
            "        while (quiet) { break out; }",
            "        return \"user\";",
            "      case ACCESS_DENIED:",
            "        throw new IllegalStateException();",
            "    }",
            "    // BUG: Diagnostic contains: silently ignored",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST:",
            "        if (quiet) { return \"user\"; }",
            "      case ACCESS_DENIED:",
            "        try { return \"denied\"; } catch (RuntimeException e) { log(); }",
            "    }",
            "    // BUG: Diagnostic contains: silently ignored",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST -> { while (quiet) { return \"\"; } }",
            "      case ACCESS_DENIED -> { while (true) { if (quiet) break; } }",
            "    }",
            "    // BUG: Diagnostic contains: silently ignored",
            "    switch (code) {",
            "      case USER_DOES_NOT_EXIST -> {",
            "        switch (code) { case 1: return \"\"; }",
            "      }",
            "      case ACCESS_DENIED -> { throw new IllegalStateException(); }",
            "    }",
            "    return \"other\";",
            "  }",
            "}")
        .doTest();
  }
}
