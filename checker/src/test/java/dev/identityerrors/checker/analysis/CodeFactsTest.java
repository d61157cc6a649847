package dev.identityerrors.checker.analysis;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import dev.identityerrors.checker.CodeContextChecker;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The per-compilation facts' contract with the checks: slots are keyed by the identity of a check's
 * cheap test, so a test must be one instance for the compilation. A check that makes its test per
 * call fails at once instead of growing the facts by one set of slots per matched tree.
 */
class CodeFactsTest {
  /** Makes a new cheap test for every tree: the mistake the bound catches. */
  @BugPattern(summary = "Makes its cheap test per call", severity = ERROR)
  public static final class TestPerCall extends CodeContextChecker {
    private static final long serialVersionUID = 1L;

    @Inject
    public TestPerCall(ErrorProneFlags flags) {
      super(flags);
    }

    @Override
    protected Predicate<ExpressionTree> worthJudging(CodeFacts facts) {
      return expression -> true;
    }

    @Override
    protected <T extends Tree> void judgeAll(
        T matched,
        ContextReader<T> reader,
        CodeFacts facts,
        Catalogue catalogue,
        VisitorState state) {
      Predicate<ExpressionTree> madeHere = expression -> matched != null;
      reader.meeting(matched, facts.codeContexts(madeHere), state);
    }
  }

  /** More comparisons with a code than the facts take cheap tests. */
  private static String[] client() {
    List<String> lines = new ArrayList<>();
    lines.add("import dev.identityerrors.IdentityErrorCode;");
    lines.add("class Client {");
    lines.add("  boolean check(@IdentityErrorCode int code) {");
    lines.add("    return false");
    for (int i = 0; i <= CodeFacts.MOST_CHEAP_TESTS; i++) {
      lines.add("        || code == " + (600 + i));
    }
    lines.add("        ;");
    lines.add("  }");
    lines.add("}");
    return lines.toArray(String[]::new);
  }

  @Test
  void aCheapTestMadePerCallFailsAtOnce() {
    AssertionError thrown =
        assertThrows(
            AssertionError.class,
            () ->
                CompilationTestHelper.newInstance(TestPerCall.class, getClass())
                    .setArgs("-XepOpt:IdentityErrorCode:RethrowInternalErrors=true")
                    .addSourceLines("Client.java", client())
                    .doTest());
    assertTrue(thrown.getMessage().contains("cheap tests in one compilation"), thrown.getMessage());
  }
}
