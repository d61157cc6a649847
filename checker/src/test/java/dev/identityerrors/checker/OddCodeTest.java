package dev.identityerrors.checker;

import com.google.errorprone.CompilationTestHelper;
import com.sun.tools.javac.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * Odd but legal code, each with every check on and internal exceptions let through: a crash fails
 * the test as an unexpected diagnostic.
 */
class OddCodeTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(AllChecks.SCANNER, getClass())
          .setArgs("-XepOpt:IdentityErrorCode:RethrowInternalErrors=true");

  @Test
  void membersOfNoClassAndOfClassFiles() {
    helper
        .addSourceLines(
            "Client.java",
            "class Client {",
            "  int[] codes = {1, 2};",
            "  boolean run(String text, Thread.State state) {",
            "    int size = codes.length;",
            "    return codes.length == 2135 || size == 2135 || text.length() == 2135",
            "        || Integer.MAX_VALUE == 2135 || state.ordinal() == 2135",
            "        || new Object() { int x = codes.length; }.x == 2135;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void lambdasAndMethodReferences() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.function.IntPredicate;",
            "import java.util.function.IntSupplier;",
            "class Client {",
            "  interface CodeCheck { boolean test(@IdentityErrorCode int code); }",
            "  @IdentityErrorCode int last;",
            "  @IdentityErrorCode int code() { return last; }",
            "  void run() {",
            "    IntPredicate plain = c -> c == 695;",
            "    // BUG: Diagnostic contains: 695 is not",
            "    CodeCheck annotated = (@IdentityErrorCode int c) -> c == 695;",
            "    IntSupplier reference = this::code;",
            "    // BUG: Diagnostic contains: 696 is not",
            "    IntPredicate viaCall = unused -> code() == 696;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void anonymousAndLocalClassesRecordsAndEnums() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  interface Problem { @IdentityErrorCode int code(); }",
            "  record Failure(@IdentityErrorCode int code) {",
            "    Failure {",
            "      // BUG: Diagnostic contains: 697 is not",
            "      if (code == 697) throw new IllegalArgumentException();",
            "    }",
            "  }",
            "  enum Known {",
            "    // BUG: Diagnostic contains: 698 is not",
            "    TYPO(698);",
            "    Known(@IdentityErrorCode int code) {}",
            "  }",
            "  Problem problem() {",
            "    class Local implements Problem {",
            "      // BUG: Diagnostic contains: 699 is not",
            "      public int code() { return 699; }",
            "    }",
            "    return new Problem() {",
            "      @Override public int code() {",
            "        // BUG: Diagnostic contains: 700 is not",
            "        return 700;",
            "      }",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void genericsAndTextBlocks() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.List;",
            "import java.util.function.Supplier;",
            "class Client {",
            "  <T extends Number> boolean isCode(T value, @IdentityErrorCode Integer code) {",
            "    String text = \"\"\"",
            "        695 is not a code, but this is text",
            "        \"\"\";",
            "    Supplier<Integer> supplier = () -> 695;",
            "    List<Integer> codes = List.of(695, 696);",
            "    // BUG: Diagnostic contains: 695 is not",
            "    return code == 695 || value.intValue() == 695;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void constantExpressionsCharsBoxingAndEqualsCalls() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.Objects;",
            "class Client {",
            "  boolean check(@IdentityErrorCode Integer code) {",
            "    return code == 600 + 59",
            "        // BUG: Diagnostic contains: 695 is not",
            "        || code == 600 + 95",
            "        || code == 'a'",
            "        // BUG: Diagnostic contains: use IdentityErrorCodes.USER_DOES_NOT_EXIST",
            "        || code == Integer.valueOf(657)",
            "        // BUG: Diagnostic contains: use IdentityErrorCodes.USER_DOES_NOT_EXIST",
            "        || Objects.equals(code, 657)",
            "        // BUG: Diagnostic contains: 695 is not",
            "        || Objects.equals(695, code)",
            "        // BUG: Diagnostic contains: 696 is not",
            "        || code.equals(696);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void compoundAssignmentAndVarargs() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  // BUG: Diagnostic contains: use IdentityErrorCodes.UNKNOWN_ERROR instead of -1",
            "  @IdentityErrorCode int code = -1;",
            "  static void recordAll(String what, @IdentityErrorCode int... codes) {}",
            "  void run() {",
            "    code += 1;",
            "    code++;",
            "    code <<= 2;",
            "    recordAll(\"none\");",
            "    recordAll(\"array\", new int[] {695});",
            "    // BUG: Diagnostic contains: 695 is not",
            "    recordAll(\"many\", -1, 695);",
            "  }",
            "}")
        .doTest();
  }

  /**
   * An anonymous subclass passes its arguments to the superclass's constructor, varargs and all:
   * each is judged as in the same call without a body.
   */
  @Test
  void varargsOfAnAnonymousSubclassAfterALeadingParameter() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Many {",
            "  Many(String name, @IdentityErrorCode int... codes) {}",
            "}",
            "class Client {",
            "  void run() {",
            "    // BUG: Diagnostic contains: 695 is not",
            "    new Many(\"plain\", 657, 695);",
            "    // BUG: Diagnostic contains: 695 is not",
            "    new Many(\"anonymous\", 657, 695) {};",
            "    // BUG: Diagnostic contains: 696 is not",
            "    new Many(\"one\", 696) {};",
            "    new Many(\"none\") {};",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void codeThatDoesNotCompileIsReportedByJavacNotByACrash() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: cannot find symbol",
            "    return code == MISSING || code == 695 || undefined(code) == 657;",
            "  }",
            "}")
        .expectResult(Main.Result.ERROR)
        .doTest();
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void switchWithPatternsAndGuards() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  String describe(@IdentityErrorCode Integer code) {",
            "    switch (code) {",
            "      // BUG: Diagnostic contains: 695 is not",
            "      case 695 -> { return \"typo\"; }",
            "      case Integer c when c > 2000 -> { return \"authentication\"; }",
            "      case Integer c -> { return \"other\"; }",
            "    }",
            "  }",
            "  String expression(@IdentityErrorCode Integer code) {",
            "    return switch (code) {",
            "      case null -> \"none\";",
            "      // BUG: Diagnostic contains: use IdentityErrorCodes.USER_DOES_NOT_EXIST",
            "      case 657 -> \"missing\";",
            "      case Integer c when c < 0 -> \"unknown\";",
            "      default -> \"other\";",
            "    };",
            "  }",
            "}")
        .doTest();
  }
}
