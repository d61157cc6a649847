package dev.identityerrors.checker.analysis;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.errorprone.BugPattern;
import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import dev.identityerrors.checker.CodeContextChecker;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The context readers on their own: for each tree, what meets a code slot there, as a test checker
 * reports it ("meets a code: 657"), with nothing judged. (Here, not in the checks' tests: it is
 * what every check stands on.)
 */
class ContextReaderTest {
  /** Everything that meets a slot is worth reporting here. */
  private static final Predicate<ExpressionTree> ANYTHING = expression -> true;

  /**
   * Reports each expression {@link ContextReader#meeting} finds, by its source, for every tree the
   * checks' dispatcher hands it with the reader of its kind.
   */
  @BugPattern(summary = "Reports what meets a code", severity = ERROR)
  public static final class MeetingReporter extends CodeContextChecker {
    private static final long serialVersionUID = 1L;

    public MeetingReporter() {
      super(ErrorProneFlags.empty());
    }

    @Override
    protected Predicate<ExpressionTree> worthJudging(CodeFacts facts) {
      return ANYTHING;
    }

    @Override
    protected <T extends Tree> void judgeAll(
        T matched,
        ContextReader<T> reader,
        CodeFacts facts,
        Catalogue catalogue,
        VisitorState state) {
      for (ExpressionTree meeting : reader.meeting(matched, facts.codeContexts(ANYTHING), state)) {
        state.reportMatch(
            buildDescription(meeting)
                .setMessage("meets a code: " + state.getSourceForNode(meeting))
                .build());
      }
    }
  }

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(MeetingReporter.class, getClass());

  @Test
  void comparisonsWithACodeInEitherOrder() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.Objects;",
            "class Client {",
            "  boolean check(@IdentityErrorCode int code, int other) {",
            "    // BUG: Diagnostic contains: meets a code: 657",
            "    return code == 657",
            "        // BUG: Diagnostic contains: meets a code: other",
            "        || other != code",
            "        // BUG: Diagnostic contains: meets a code: 659",
            "        || Objects.equals(code, 659)",
            "        // BUG: Diagnostic contains: meets a code: 2153",
            "        || Integer.compare(2153, code) == 0;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void declarationsAssignmentsArgumentsAndReturns() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  record Failure(@IdentityErrorCode int code) {}",
            "  // BUG: Diagnostic contains: meets a code: 657",
            "  @IdentityErrorCode int last = 657;",
            "  void take(@IdentityErrorCode int code) {}",
            "  @IdentityErrorCode int give() {",
            "    // BUG: Diagnostic contains: meets a code: 144",
            "    return 144;",
            "  }",
            "  void run() {",
            "    // BUG: Diagnostic contains: meets a code: 658",
            "    last = 658;",
            "    // BUG: Diagnostic contains: meets a code: 659",
            "    take(659);",
            "    // BUG: Diagnostic contains: meets a code: 660",
            "    new Failure(660);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void everyCaseLabelOfASwitchOnACode() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  void handle(@IdentityErrorCode int code) {",
            "    switch (code) {",
            "      // BUG: Diagnostic contains: meets a code: 657",
            "      case 657:",
            "      // BUG: Diagnostic contains: meets a code: 659",
            "      case 659:",
            "        break;",
            "      default:",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void nothingMeetsWhereNoCodeIs() {
    helper
        .addSourceLines(
            "Client.java",
            "class Client {",
            "  int port = 2200;",
            "  void take(int size) {}",
            "  int give() { return 657; }",
            "  boolean check(int status, Integer boxed) {",
            "    take(657);",
            "    port = 659;",
            "    switch (status) { case 404: break; default: }",
            "    return status == 404 || boxed.equals(657) || Integer.compare(status, 2153) == 0;",
            "  }",
            "}")
        .doTest();
  }
}
