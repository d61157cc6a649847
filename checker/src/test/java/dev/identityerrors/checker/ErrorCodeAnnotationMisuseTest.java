package dev.identityerrors.checker;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class ErrorCodeAnnotationMisuseTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ErrorCodeAnnotationMisuse.class, getClass());

  @Test
  void typesThatHoldACodeAreFine() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @IdentityErrorCode int a;",
            "  @IdentityErrorCode long b;",
            "  @IdentityErrorCode Integer c;",
            "  @IdentityErrorCode Long d;",
            "  @IdentityErrorCode int code() { return a; }",
            "  @IdentityErrorCode Integer boxed() { return c; }",
            "  void take(@IdentityErrorCode int code, @IdentityErrorCode int... more) {",
            "    @IdentityErrorCode long local = code;",
            "  }",
            "  record Failure(@IdentityErrorCode int code) {}",
            "}")
        .doTest();
  }

  @Test
  void fieldsParametersAndLocalsOfOtherTypes() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  // BUG: Diagnostic contains: @IdentityErrorCode on String: an Identity error code is"
                + " an int, long, Integer or Long",
            "  @IdentityErrorCode String name;",
            "  // BUG: Diagnostic contains: on boolean",
            "  @IdentityErrorCode boolean flag;",
            "  // BUG: Diagnostic contains: on double",
            "  @IdentityErrorCode double ratio;",
            "  // BUG: Diagnostic contains: on int[]",
            "  @IdentityErrorCode int[] codes;",
            "  // BUG: Diagnostic contains: on Object",
            "  @IdentityErrorCode Object any;",
            "  void take(",
            "      // BUG: Diagnostic contains: on byte",
            "      @IdentityErrorCode byte b,",
            "      // BUG: Diagnostic contains: on char",
            "      @IdentityErrorCode char c,",
            "      // BUG: Diagnostic contains: on short",
            "      @IdentityErrorCode short s,",
            "      // BUG: Diagnostic contains: on String",
            "      @IdentityErrorCode String... names) {",
            "    // BUG: Diagnostic contains: on float",
            "    @IdentityErrorCode float f = 1f;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void methodReturnTypes() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "abstract class Client {",
            "  // BUG: Diagnostic contains: @IdentityErrorCode on the return type void",
            "  @IdentityErrorCode abstract void run();",
            "  // BUG: Diagnostic contains: on the return type String",
            "  @IdentityErrorCode abstract String message();",
            "  // BUG: Diagnostic contains: on the return type Short",
            "  @IdentityErrorCode abstract Short small();",
            "}")
        .doTest();
  }

  @Test
  void recordComponentIsReportedOnce() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  // BUG: Diagnostic contains: on String",
            "  record Failure(@IdentityErrorCode String code) {}",
            "}")
        .doTest();
  }

  @Test
  void recordComponentWithACompactConstructorIsReportedOnce() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  // BUG: Diagnostic contains: @IdentityErrorCode on String",
            "  record Failure(@IdentityErrorCode String code, int attempts) {",
            "    Failure {",
            "      if (attempts < 0) throw new IllegalArgumentException();",
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
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @SuppressWarnings(\"ErrorCodeAnnotationMisuse\")",
            "  @IdentityErrorCode String name;",
            "}")
        .doTest();
  }

  @Test
  void fixRemovesTheAnnotation() {
    BugCheckerRefactoringTestHelper.newInstance(ErrorCodeAnnotationMisuse.class, getClass())
        .addInputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @IdentityErrorCode String name;",
            "  void take(@IdentityErrorCode boolean flag) {}",
            "}")
        .addOutputLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  String name;",
            "  void take(boolean flag) {}",
            "}")
        .doTest();
  }
}
