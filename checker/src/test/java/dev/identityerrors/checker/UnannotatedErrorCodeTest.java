package dev.identityerrors.checker;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class UnannotatedErrorCodeTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UnannotatedErrorCode.class, getClass());

  @Test
  void publicHelperReturningACode() {
    helper
        .addSourceLines(
            "Failures.java",
            "import static dev.identityerrors.IdentityErrorCodes.UNKNOWN_ERROR;",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.io.IOException;",
            "public class Failures {",
            "  // BUG: Diagnostic contains: codeOf returns a LUSID Identity error code: annotate it"
                + " @IdentityErrorCode so that callers in other modules are checked",
            "  public static int codeOf(ApiException e) {",
            "    try {",
            "      Integer code = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();",
            "      return code != null ? code : UNKNOWN_ERROR;",
            "    } catch (IOException notProblemDetails) {",
            "      return UNKNOWN_ERROR;",
            "    }",
            "  }",
            "  // BUG: Diagnostic contains: LAST holds a LUSID Identity error code",
            "  public static final int LAST = codeOf(null);",
            "  // BUG: Diagnostic contains: boxed holds a LUSID Identity error code",
            "  protected final Integer boxed = codeOf(null);",
            "  public int notFinal = codeOf(null);",
            "}")
        .doTest();
  }

  @Test
  void notSuggestedWhereOtherModulesCannotSeeItOrItIsSaidAlready() {
    helper
        .addSourceLines(
            "Failures.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.function.IntSupplier;",
            "public class Failures {",
            "  private static int hidden(LusidProblemDetails p) { return p.getCode(); }",
            "  @IdentityErrorCode public static int said(LusidProblemDetails p) { return p.getCode(); }",
            "  public static int status(LusidProblemDetails p) { return p.getStatus(); }",
            "  public static int mixed(LusidProblemDetails p, int other) {",
            "    return other > 0 ? other : p.getCode();",
            "  }",
            "  public static long size() { return 144; }",
            "  private static class Inner {",
            "    public int code(LusidProblemDetails p) { return p.getCode(); }",
            "  }",
            "  public record Failure(@IdentityErrorCode int code) {}",
            "  public int local(LusidProblemDetails p) {",
            "    class Local { public int code() { return p.getCode(); } }",
            "    IntSupplier anonymous = new IntSupplier() {",
            "      @Override public int getAsInt() { return p.getCode(); }",
            "    };",
            "    return new Local().code() + anonymous.getAsInt();",
            "  }",
            "  public abstract static class Base {",
            "    public abstract int code();",
            "  }",
            "  public static class Impl extends Base {",
            "    private LusidProblemDetails p;",
            "    @Override public int code() { return p.getCode(); }",
            "  }",
            "  @javax.annotation.processing.Generated(\"a tool\")",
            "  public static class Made {",
            "    public static int code(LusidProblemDetails p) { return p.getCode(); }",
            "  }",
            "  public String name(LusidProblemDetails p) { return p.getName(); }",
            "}")
        .doTest();
  }

  @Test
  void theFixWritesTheAnnotation() {
    BugCheckerRefactoringTestHelper.newInstance(UnannotatedErrorCode.class, getClass())
        .addInputLines(
            "Failures.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "public class Failures {",
            "  /** The code. */",
            "  @Deprecated",
            "  public static int codeOf(LusidProblemDetails p) {",
            "    return p.getCode();",
            "  }",
            "  public static final int LAST = codeOf(null);",
            "  public int inline(LusidProblemDetails p) { return p.getCode(); }",
            "}")
        .addOutputLines(
            "Failures.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "public class Failures {",
            "  /** The code. */",
            "  @IdentityErrorCode",
            "  @Deprecated",
            "  public static int codeOf(LusidProblemDetails p) {",
            "    return p.getCode();",
            "  }",
            "  @IdentityErrorCode public static final int LAST = codeOf(null);",
            "  @IdentityErrorCode",
            "  public int inline(LusidProblemDetails p) { return p.getCode(); }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  /** A catalogue constant names a code: a field given only such constants holds one. */
  @Test
  void aFieldGivenOnlyCatalogueConstants() {
    BugCheckerRefactoringTestHelper.newInstance(UnannotatedErrorCode.class, getClass())
        .addInputLines(
            "Defaults.java",
            "import dev.identityerrors.IdentityErrorCodes;",
            "public class Defaults {",
            "  public static final int DEFAULT_CODE = IdentityErrorCodes.INVALID_REQUEST;",
            "  public static final int RETRIES = 3;",
            "  public static final int BARE = 157;",
            "}")
        .addOutputLines(
            "Defaults.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "public class Defaults {",
            "  @IdentityErrorCode public static final int DEFAULT_CODE = IdentityErrorCodes.INVALID_REQUEST;",
            "  public static final int RETRIES = 3;",
            "  public static final int BARE = 157;",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void theFixQualifiesWhereAnotherIdentityErrorCodeIsInScope() {
    BugCheckerRefactoringTestHelper.newInstance(UnannotatedErrorCode.class, getClass())
        .addInputLines(
            "Failures.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "public class Failures {",
            "  @interface IdentityErrorCode {}",
            "  public static int codeOf(LusidProblemDetails p) {",
            "    return p.getCode();",
            "  }",
            "}")
        .addOutputLines(
            "Failures.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "public class Failures {",
            "  @interface IdentityErrorCode {}",
            "  @dev.identityerrors.IdentityErrorCode",
            "  public static int codeOf(LusidProblemDetails p) {",
            "    return p.getCode();",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void theFixQualifiesWhereTheFileDeclaresAnotherIdentityErrorCodeOutOfScope() {
    // Imported, the name would mean two types in one file: Error Prone's SameNameButDifferent.
    BugCheckerRefactoringTestHelper.newInstance(UnannotatedErrorCode.class, getClass())
        .addInputLines(
            "Failures.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "public class Failures {",
            "  static class Markers {",
            "    @interface IdentityErrorCode {}",
            "  }",
            "  public static int codeOf(LusidProblemDetails p) {",
            "    return p.getCode();",
            "  }",
            "}")
        .addOutputLines(
            "Failures.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "public class Failures {",
            "  static class Markers {",
            "    @interface IdentityErrorCode {}",
            "  }",
            "  @dev.identityerrors.IdentityErrorCode",
            "  public static int codeOf(LusidProblemDetails p) {",
            "    return p.getCode();",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void aFieldDeclaredWithOthersIsReportedWithoutAFix() {
    String[] failure = {
      "import com.finbourne.identity.model.LusidProblemDetails;",
      "public class Failure {",
      "  // BUG: Diagnostic contains: code holds a LUSID Identity error code: annotate it"
          + " @IdentityErrorCode so that callers in other modules are checked (it is declared"
          + " together with other fields: declare it on its own, then annotate it)",
      "  public final int code, status;",
      "  public Failure(LusidProblemDetails p) {",
      "    code = p.getCode();",
      "    status = p.getStatus();",
      "  }",
      "}"
    };
    CompilationTestHelper.newInstance(UnannotatedErrorCode.class, getClass())
        .addSourceLines("Failure.java", failure)
        .doTest();
    // An annotation before the shared modifiers would make the status a code too.
    BugCheckerRefactoringTestHelper.newInstance(UnannotatedErrorCode.class, getClass())
        .addInputLines("Failure.java", failure)
        .expectUnchanged()
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }
}
