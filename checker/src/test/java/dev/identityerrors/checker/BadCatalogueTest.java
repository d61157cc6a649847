package dev.identityerrors.checker;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * A malformed {@code IdentityErrorCodes} on the class path: at most one clear diagnostic per
 * compilation, sensible behaviour, never an exception. The real catalogue is kept off the class
 * path and each test compiles its own.
 */
class BadCatalogueTest {
  /**
   * A compilation with its own catalogue. The set-up diagnostic, if any, lands once on the first
   * compilation unit: the annotation's file, whose first line expects {@code setUpProblem}.
   */
  private CompilationTestHelper withCatalogue(String setUpProblem, String... constants) {
    String[] catalogue = new String[constants.length + 8];
    catalogue[0] = "package dev.identityerrors;";
    catalogue[1] = "public final class IdentityErrorCodes {";
    catalogue[2] = "  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)";
    catalogue[3] = "  public @interface Category { Cat value(); }";
    catalogue[4] = "  public enum Cat { USER, SERVER }";
    System.arraycopy(constants, 0, catalogue, 5, constants.length);
    catalogue[constants.length + 5] = "  private IdentityErrorCodes() {}";
    catalogue[constants.length + 6] = "}";
    catalogue[constants.length + 7] = "";
    return CompilationTestHelper.newInstance(AllChecks.SCANNER, getClass())
        .withClasspath(BadCatalogueTest.class)
        .setArgs("-XepOpt:IdentityErrorCode:RethrowInternalErrors=true")
        .addSourceLines(
            "dev/identityerrors/IdentityErrorCode.java",
            setUpProblem.isEmpty() ? "" : "// BUG: Diagnostic contains: " + setUpProblem,
            "package dev.identityerrors;",
            "public @interface IdentityErrorCode {}")
        .addSourceLines("dev/identityerrors/IdentityErrorCodes.java", catalogue);
  }

  @Test
  void duplicateCodeIsReportedOnceAndTheFirstNameWins() {
    withCatalogue(
            "identity-errors set-up: the catalogue dev.identityerrors.IdentityErrorCodes on the"
                + " class path is malformed: NO_SUCH_USER repeats code 657 of USER_DOES_NOT_EXIST;"
                + " its well-formed constants are used",
            "  @Category(Cat.USER) public static final int USER_DOES_NOT_EXIST = 657;",
            "  @Category(Cat.USER) public static final int NO_SUCH_USER = 657;")
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: use IdentityErrorCodes.USER_DOES_NOT_EXIST instead of",
            "    return code == 657",
            "        // BUG: Diagnostic contains: 675 is not a LUSID Identity error code; did you mean"
                + " 657 (USER_DOES_NOT_EXIST)?",
            "        || code == 675;",
            "  }",
            "}")
        .addSourceLines("Other.java", "class Other {}")
        .doTest();
  }

  @Test
  void constantWithoutCategoryIsReportedAndGroupedApart() {
    withCatalogue(
            "MYSTERY has no @Category",
            "  @Category(Cat.USER) public static final int USER_DOES_NOT_EXIST = 657;",
            "  public static final int MYSTERY = 999;")
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  void handle(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: silently ignored: UNCATEGORISED (1 code)",
            "    switch (code) {",
            "      case IdentityErrorCodes.USER_DOES_NOT_EXIST: break;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void nonConstantAndNonIntFieldsAreReportedAndIgnored() {
    withCatalogue(
            "NAME is not an int compile-time constant; counter is not an int compile-time"
                + " constant; its well-formed constants are used",
            "  @Category(Cat.USER) public static final int USER_DOES_NOT_EXIST = 657;",
            "  @Category(Cat.USER) public static final String NAME = \"users\";",
            "  @Category(Cat.USER) public static int counter = 658;",
            "  @Category(Cat.SERVER) public static final long UNKNOWN_ERROR = -1L;")
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: 658 is not a LUSID Identity error code",
            "    return code == 658 || code == -1;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void olderCatalogueJudgesByWhatItKnows() {
    withCatalogue("", "  @Category(Cat.USER) public static final int USER_DOES_NOT_EXIST = 657;")
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: 2200 is not a LUSID Identity error code",
            "    return code == 2200 || code == IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  }",
            "  void handle(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      case IdentityErrorCodes.USER_DOES_NOT_EXIST: break;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void emptyCatalogueTurnsTheChecksOffWithOneDiagnostic() {
    withCatalogue("it declares no error codes; the identity-errors checks are off")
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @IdentityErrorCode String misplaced;",
            "  boolean check(@IdentityErrorCode int code) {",
            "    return code == 695;",
            "  }",
            "}")
        .addSourceLines("Other.java", "class Other {}")
        .doTest();
  }

  @Test
  void annotationWithoutCatalogueIsSilent() {
    CompilationTestHelper.newInstance(AllChecks.SCANNER, getClass())
        .withClasspath(BadCatalogueTest.class)
        .addSourceLines(
            "dev/identityerrors/IdentityErrorCode.java",
            "package dev.identityerrors;",
            "public @interface IdentityErrorCode {}")
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @IdentityErrorCode String misplaced;",
            "  boolean check(@IdentityErrorCode int code) {",
            "    switch (code) { case 1: break; }",
            "    return code == 695;",
            "  }",
            "}")
        .doTest();
  }
}
