package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/** A pattern binding of a code, or of an annotated record component, is a code. */
class PatternInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void instanceofBindingOfACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void handle(LusidProblemDetails p) {",
            "    Object code = p.getCode();",
            "    Object other = p.getCode();",
            "    other = \"text\";",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (p.getCode() instanceof Integer c && c == 2135) {}",
            "    // An Object local given only codes holds one (as an Integer local would).",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (code instanceof Integer c && c == 2135) {}",
            "    if (other instanceof Integer c && c == 2135) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void guardedCaseOfASwitchOnACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  String describe(LusidProblemDetails p) {",
            "    return switch (p.getCode()) {",
            "      // BUG: Diagnostic contains: 2135 is not",
            "      case Integer i when i == 2135 -> \"expired\";",
            "      case null -> \"none\";",
            "      default -> \"other\";",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void recordPatternOfAnAnnotatedComponent() {
    unknown
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  record Failure(@IdentityErrorCode int code, int attempts) {}",
            "  void handle(Object o) {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (o instanceof Failure(int c, int n) && c == 2135 && n == 2135) {}",
            "    switch (o) {",
            "      // BUG: Diagnostic contains: 2136 is not",
            "      case Failure(var c, var n) when c == 2136 && n == 2136 -> {}",
            "      default -> {}",
            "    }",
            "  }",
            "}")
        .doTest();
  }
}
