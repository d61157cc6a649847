package dev.identityerrors.checker;

import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.AssignmentTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.BinaryTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.LambdaExpressionTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
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
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import dev.identityerrors.checker.analysis.CodeFacts;
import dev.identityerrors.checker.analysis.ContextReader;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.function.Predicate;

/**
 * A check that judges the expressions meeting a code (or an HTTP status) in every context a {@link
 * ContextReader} reads: each of Error Prone's matchers of those contexts hands its typed tree, with
 * the reader of its kind, to one {@link #judgeAll}; subclasses say what is worth judging and what
 * is wrong.
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
        SwitchExpressionTreeMatcher,
        MethodTreeMatcher {
  private static final long serialVersionUID = 1L;

  // One judgement per kind of tree, made once: no lambda is made per matched tree.
  private final transient Judgement<VariableTree> judgeVariable = judgement(ContextReader.VARIABLE);
  private final transient Judgement<AssignmentTree> judgeAssignment =
      judgement(ContextReader.ASSIGNMENT);
  private final transient Judgement<MethodInvocationTree> judgeCall = judgement(ContextReader.CALL);
  private final transient Judgement<NewClassTree> judgeNewClass =
      judgement(ContextReader.NEW_CLASS);
  private final transient Judgement<ReturnTree> judgeReturn = judgement(ContextReader.RETURN);
  private final transient Judgement<BinaryTree> judgeComparison =
      judgement(ContextReader.COMPARISON);
  private final transient Judgement<LambdaExpressionTree> judgeLambda =
      judgement(ContextReader.LAMBDA);
  private final transient Judgement<SwitchTree> judgeSwitch = judgement(ContextReader.SWITCH);
  private final transient Judgement<SwitchExpressionTree> judgeSwitchExpression =
      judgement(ContextReader.SWITCH_EXPRESSION);
  private final transient Judgement<MethodTree> judgeElementDefault =
      judgement(ContextReader.ELEMENT_DEFAULT);

  /**
   * {@link #judgeAll} with the reader of the tree's kind, which reports through the state, as a
   * judgement behind the gates; the reader's cheap test first.
   */
  private <T extends Tree> Judgement<T> judgement(ContextReader<T> reader) {
    return (matched, facts, catalogue, state) -> {
      if (reader.mayMeet(matched, worthJudging(facts))) {
        judgeAll(matched, reader, facts, catalogue, state);
      }
      return NO_MATCH;
    };
  }

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
   * Judges what the matched tree brings to the slots this check knows, read by the reader of its
   * kind ({@link ContextReader#meeting}), reporting through the state.
   */
  protected abstract <T extends Tree> void judgeAll(
      T matched, ContextReader<T> reader, CodeFacts facts, Catalogue catalogue, VisitorState state);

  @Override
  public final Description matchVariable(VariableTree tree, VisitorState state) {
    return judgeSafely(tree, state, judgeVariable);
  }

  @Override
  public final Description matchAssignment(AssignmentTree tree, VisitorState state) {
    return judgeSafely(tree, state, judgeAssignment);
  }

  @Override
  public final Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return judgeSafely(tree, state, judgeCall);
  }

  @Override
  public final Description matchNewClass(NewClassTree tree, VisitorState state) {
    return judgeSafely(tree, state, judgeNewClass);
  }

  @Override
  public final Description matchReturn(ReturnTree tree, VisitorState state) {
    return judgeSafely(tree, state, judgeReturn);
  }

  @Override
  public final Description matchBinary(BinaryTree tree, VisitorState state) {
    return judgeSafely(tree, state, judgeComparison);
  }

  @Override
  public final Description matchLambdaExpression(LambdaExpressionTree tree, VisitorState state) {
    return judgeSafely(tree, state, judgeLambda);
  }

  @Override
  public final Description matchSwitch(SwitchTree tree, VisitorState state) {
    return judgeSafely(tree, state, judgeSwitch);
  }

  @Override
  public final Description matchSwitchExpression(SwitchExpressionTree tree, VisitorState state) {
    return judgeSafely(tree, state, judgeSwitchExpression);
  }

  @Override
  public final Description matchMethod(MethodTree tree, VisitorState state) {
    // Only an annotation's element has a default value: every other method is passed by at once.
    return tree.getDefaultValue() == null
        ? NO_MATCH
        : judgeSafely(tree, state, judgeElementDefault);
  }
}
