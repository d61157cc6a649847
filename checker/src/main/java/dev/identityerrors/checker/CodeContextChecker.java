package dev.identityerrors.checker;

import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.AssignmentTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.BinaryTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.LambdaExpressionTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.NewClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.ReturnTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.SwitchExpressionTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.SwitchTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.VariableTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import dev.identityerrors.checker.analysis.CodeContexts;
import dev.identityerrors.checker.analysis.CodeFacts;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.function.Predicate;

/**
 * A check that judges the expressions meeting a code (or an HTTP status) in every context {@link
 * CodeContexts} knows: it dispatches Error Prone's matchers of those contexts to one {@link
 * #judgeAll}; subclasses say what is worth judging and what is wrong.
 */
public abstract class CodeContextChecker extends IdentityErrorsChecker
    implements VariableTreeMatcher,
        AssignmentTreeMatcher,
        MethodInvocationTreeMatcher,
        NewClassTreeMatcher,
        ReturnTreeMatcher,
        BinaryTreeMatcher,
        LambdaExpressionTreeMatcher,
        SwitchTreeMatcher,
        SwitchExpressionTreeMatcher {
  private static final long serialVersionUID = 1L;

  /**
   * {@link #judgeAll}, which reports through the state, as a judgement behind the gates; the cheap
   * test of {@link CodeContexts#mayMeet} first.
   */
  private final transient Judgement<Tree> judgeAll =
      (matched, facts, catalogue, state) -> {
        if (CodeContexts.mayMeet(matched, worthJudging(facts))) {
          judgeAll(matched, facts, catalogue, state);
        }
        return NO_MATCH;
      };

  protected CodeContextChecker(ErrorProneFlags flags) {
    super(flags);
  }

  /**
   * A cheap test of an expression meeting a slot: a matched tree none of whose operands passes it
   * is not looked at further (no analysis, no catalogue), which is almost every tree of the user's
   * code. The same instance for every tree of one compilation.
   */
  protected abstract Predicate<ExpressionTree> worthJudging(CodeFacts facts);

  /**
   * Judges what the matched tree brings to the slots this check knows ({@link
   * CodeContexts#meeting}), reporting through the state.
   */
  protected abstract void judgeAll(
      Tree matched, CodeFacts facts, Catalogue catalogue, VisitorState state);

  @Override
  public final Description matchVariable(VariableTree tree, VisitorState state) {
    return judge(tree, state);
  }

  @Override
  public final Description matchAssignment(AssignmentTree tree, VisitorState state) {
    return judge(tree, state);
  }

  @Override
  public final Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return judge(tree, state);
  }

  @Override
  public final Description matchNewClass(NewClassTree tree, VisitorState state) {
    return judge(tree, state);
  }

  @Override
  public final Description matchReturn(ReturnTree tree, VisitorState state) {
    return judge(tree, state);
  }

  @Override
  public final Description matchBinary(BinaryTree tree, VisitorState state) {
    return judge(tree, state);
  }

  @Override
  public final Description matchLambdaExpression(LambdaExpressionTree tree, VisitorState state) {
    return judge(tree, state);
  }

  @Override
  public final Description matchSwitch(SwitchTree tree, VisitorState state) {
    return judge(tree, state);
  }

  @Override
  public final Description matchSwitchExpression(SwitchExpressionTree tree, VisitorState state) {
    return judge(tree, state);
  }

  /**
   * No lambdas made here: this runs for every variable, call, comparison and return of the code.
   */
  private Description judge(Tree matched, VisitorState state) {
    return judgeSafely(matched, state, judgeAll);
  }
}
