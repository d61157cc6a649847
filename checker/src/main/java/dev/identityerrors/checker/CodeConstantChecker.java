package dev.identityerrors.checker;

import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import dev.identityerrors.checker.analysis.CodeConstant;
import dev.identityerrors.checker.analysis.CodeConstants;
import dev.identityerrors.checker.analysis.CodeContexts;
import dev.identityerrors.checker.analysis.CodeFacts;
import dev.identityerrors.checker.analysis.ContextReader;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A check that judges each compile-time constant meeting a code-typed slot; subclasses say what is
 * wrong with one constant. The contexts are found by {@link CodeContexts}, shared by all checks.
 */
public abstract class CodeConstantChecker extends CodeContextChecker {
  private static final long serialVersionUID = 1L;

  /** Only what may hold a constant is worth judging here. */
  private static final Predicate<ExpressionTree> MAY_HOLD_CONSTANT = CodeConstants::mayHoldConstant;

  protected CodeConstantChecker(ErrorProneFlags flags) {
    super(flags);
  }

  /**
   * What is wrong with one constant, or {@link Description#NO_MATCH}.
   *
   * @param comparedWith what the constant is compared with, where the tree compares ({@code
   *     p.getCode()} of {@code p.getCode() == 151}), else null
   */
  protected abstract Description judge(
      CodeConstant constant,
      @Nullable ExpressionTree comparedWith,
      Catalogue catalogue,
      VisitorState state);

  @Override
  protected final Predicate<ExpressionTree> worthJudging(CodeFacts facts) {
    return MAY_HOLD_CONSTANT;
  }

  @Override
  protected final <T extends Tree> void judgeAll(
      T matched,
      ContextReader<T> reader,
      CodeFacts facts,
      Catalogue catalogue,
      VisitorState state) {
    CodeContexts slots = facts.codeContexts(MAY_HOLD_CONSTANT);
    for (ExpressionTree expression : reader.meeting(matched, slots, state)) {
      ExpressionTree comparedWith = null;
      for (CodeConstant constant : CodeConstants.constantsIn(expression, catalogue)) {
        if (comparedWith == null) {
          comparedWith = reader.counterpart(matched, expression, slots);
        }
        Description description = judge(constant, comparedWith, catalogue, state);
        if (description != NO_MATCH) {
          report(description, state);
        }
      }
    }
  }
}
