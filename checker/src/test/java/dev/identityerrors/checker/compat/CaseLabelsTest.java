package dev.identityerrors.checker.compat;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CaseTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * {@link CaseLabels#constants} gives what javac's {@code CaseTree#getExpressions()} gives, for
 * every shape of label, on the JDK the tests run on: a test checker reports both for each case.
 */
class CaseLabelsTest {
  /** Reports a case's constants and whether javac's own answer is the same list. */
  @BugPattern(summary = "Reports the constant labels of each case", severity = ERROR)
  public static final class ConstantsReporter extends BugChecker implements CaseTreeMatcher {
    private static final long serialVersionUID = 1L;

    @Override
    public Description matchCase(CaseTree tree, VisitorState state) {
      List<? extends ExpressionTree> constants = CaseLabels.constants(tree);
      String same = constants.equals(tree.getExpressions()) ? "as javac" : "NOT as javac";
      return buildDescription(tree)
          .setMessage(
              "constants ["
                  + constants.stream().map(state::getSourceForNode).collect(Collectors.joining(","))
                  + "] "
                  + same)
          .build();
    }
  }

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ConstantsReporter.class, getClass());

  @Test
  void constantsOfOldAndArrowCases() {
    helper
        .addSourceLines(
            "Client.java",
            "class Client {",
            "  static final int KNOWN = 659;",
            "  String describe(int code) {",
            "    switch (code) {",
            "      // BUG: Diagnostic contains: constants [657] as javac",
            "      case 657:",
            "        return \"user\";",
            "      // BUG: Diagnostic contains: constants [KNOWN,2153] as javac",
            "      case KNOWN, 2153:",
            "        return \"key or token\";",
            "      // BUG: Diagnostic contains: constants [] as javac",
            "      default:",
            "        break;",
            "    }",
            "    return switch (code) {",
            "      // BUG: Diagnostic contains: constants [-1,(2135)] as javac",
            "      case -1, (2135) -> \"other\";",
            "      // BUG: Diagnostic contains: constants [] as javac",
            "      default -> \"\";",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void patternsAndNullHaveNoConstants() {
    helper
        .addSourceLines(
            "Client.java",
            "class Client {",
            "  String describe(Integer code) {",
            "    return switch (code) {",
            "      // BUG: Diagnostic contains: constants [657] as javac",
            "      case 657 -> \"user\";",
            "      // BUG: Diagnostic contains: constants [null] as javac",
            "      case null -> \"none\";",
            "      // BUG: Diagnostic contains: constants [] as javac",
            "      case Integer i when i > 2000 -> \"high\";",
            "      // BUG: Diagnostic contains: constants [] as javac",
            "      default -> \"\";",
            "    };",
            "  }",
            "}")
        .doTest();
  }
}
