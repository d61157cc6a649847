package dev.identityerrors.checker;

import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.AssignmentTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.BinaryTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.NewClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.ReturnTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.SwitchExpressionTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.SwitchTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.VariableTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.VariableTree;
import dev.identityerrors.checker.analysis.CodeConstant;
import dev.identityerrors.checker.analysis.JudgedConstants;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.config.CheckerOptions;
import java.util.Optional;

/**
 * A check that judges each constant meeting a code-typed expression; subclasses say what is wrong
 * with one constant. Every context is found by {@link JudgedConstants}, shared by all such checks.
 */
public abstract class CodeConstantChecker extends BugChecker
    implements VariableTreeMatcher,
        AssignmentTreeMatcher,
        MethodInvocationTreeMatcher,
        NewClassTreeMatcher,
        ReturnTreeMatcher,
        BinaryTreeMatcher,
        SwitchTreeMatcher,
        SwitchExpressionTreeMatcher {
  private static final long serialVersionUID = 1L;

  private final transient JudgedConstants judged;

  protected CodeConstantChecker(ErrorProneFlags flags) {
    this.judged = new JudgedConstants(CheckerOptions.from(flags).codeTypedExpressions());
  }

  /** What is wrong with one constant, or {@link Description#NO_MATCH}. */
  protected abstract Description judge(
      CodeConstant constant, Catalogue catalogue, VisitorState state);

  @Override
  public final Description matchVariable(VariableTree tree, VisitorState state) {
    return judgeAll(state, catalogue -> judged.inVariable(tree, catalogue, state));
  }

  @Override
  public final Description matchAssignment(AssignmentTree tree, VisitorState state) {
    return judgeAll(state, catalogue -> judged.inAssignment(tree, catalogue, state));
  }

  @Override
  public final Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return judgeAll(state, catalogue -> judged.inCall(tree, catalogue, state));
  }

  @Override
  public final Description matchNewClass(NewClassTree tree, VisitorState state) {
    return judgeAll(state, catalogue -> judged.inNewClass(tree, catalogue, state));
  }

  @Override
  public final Description matchReturn(ReturnTree tree, VisitorState state) {
    return judgeAll(state, catalogue -> judged.inReturn(tree, catalogue, state));
  }

  @Override
  public final Description matchBinary(BinaryTree tree, VisitorState state) {
    return judgeAll(state, catalogue -> judged.inComparison(tree, catalogue, state));
  }

  @Override
  public final Description matchSwitch(SwitchTree tree, VisitorState state) {
    return judgeAll(
        state,
        catalogue -> judged.inSwitch(tree.getExpression(), tree.getCases(), catalogue, state));
  }

  @Override
  public final Description matchSwitchExpression(SwitchExpressionTree tree, VisitorState state) {
    return judgeAll(
        state,
        catalogue -> judged.inSwitch(tree.getExpression(), tree.getCases(), catalogue, state));
  }

  private interface Finder {
    ImmutableList<CodeConstant> find(Catalogue catalogue);
  }

  private Description judgeAll(VisitorState state, Finder finder) {
    Optional<Catalogue> catalogue = Catalogue.of(state);
    if (catalogue.isEmpty()) {
      return NO_MATCH;
    }
    ImmutableList<CodeConstant> constants;
    try {
      constants = finder.find(catalogue.get());
    } catch (RuntimeException unexpectedTreeShape) {
      // An exception escaping a check aborts the user's whole compilation: no finding instead.
      return NO_MATCH;
    }
    for (CodeConstant constant : constants) {
      Description description = judge(constant, catalogue.get(), state);
      if (description != NO_MATCH) {
        state.reportMatch(description);
      }
    }
    return NO_MATCH;
  }
}
