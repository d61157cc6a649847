package dev.identityerrors.checker.analysis;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.WhileLoopTree;
import dev.identityerrors.checker.compat.CaseLabels;
import java.util.List;
import javax.lang.model.element.Name;
import org.jspecify.annotations.Nullable;

/**
 * Whether a switch statement cannot complete normally: every case leaves the code around it ({@code
 * return}, {@code throw}, {@code continue}, {@code yield}, or a {@code break} out of an enclosing
 * statement), so that the values without a case are the only ones that reach the statements after
 * the switch, which are their default. The question is the JLS's (14.22, "can complete normally"),
 * answered from the source's shape and conservatively: where a statement may complete normally, or
 * the answer would need constant folding or flow analysis, it is taken to.
 */
public final class SwitchExits {
  private SwitchExits() {}

  /**
   * Whether no case of the switch can end in the switch: each rule's body and the last group's
   * statements cannot complete normally (a group before it that can falls through into the next),
   * and no {@code break} anywhere in it ends the switch itself.
   *
   * @param parent the tree around the switch: a label there ({@code out: switch ...}) can be the
   *     target of a break that ends the switch
   */
  public static boolean everyCaseLeaves(SwitchTree tree, Tree parent) {
    Name ownLabel = parent instanceof LabeledStatementTree labeled ? labeled.getLabel() : null;
    return !tree.getCases().isEmpty()
        && !breaksOutOf(tree, ownLabel)
        && casesCannotCompleteNormally(tree.getCases());
  }

  private static boolean casesCannotCompleteNormally(List<? extends CaseTree> cases) {
    for (int i = 0; i < cases.size(); i++) {
      CaseTree caseTree = cases.get(i);
      if (caseTree.getCaseKind() == CaseTree.CaseKind.RULE) {
        // A rule's body is an expression statement (which completes normally), a block or a throw.
        if (!cannotCompleteNormally(caseTree.getBody())) {
          return false;
        }
      } else if (i == cases.size() - 1) {
        List<? extends StatementTree> statements = caseTree.getStatements();
        // A label after the last statement (an empty last group) ends in the switch.
        if (statements == null || !cannotCompleteNormally(statements)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean cannotCompleteNormally(List<? extends StatementTree> statements) {
    // A block ends where its last statement does: an earlier one that cannot complete normally
    // makes the later ones unreachable, which javac rejects.
    return !statements.isEmpty() && cannotCompleteNormally(statements.get(statements.size() - 1));
  }

  /** JLS 14.22, conservatively: true only where the statement surely cannot complete normally. */
  private static boolean cannotCompleteNormally(Tree statement) {
    if (statement == null) {
      return false;
    }
    return switch (statement.getKind()) {
      case RETURN, THROW, CONTINUE, YIELD -> true;
      // An unlabelled break ends the innermost loop or switch: the one being asked about, or
      // breaksOutOf has already ruled it out. A labelled one leaves for its label, outside.
      case BREAK -> ((BreakTree) statement).getLabel() != null;
      case BLOCK -> cannotCompleteNormally(((BlockTree) statement).getStatements());
      case IF -> {
        IfTree ifTree = (IfTree) statement;
        yield ifTree.getElseStatement() != null
            && cannotCompleteNormally(ifTree.getThenStatement())
            && cannotCompleteNormally(ifTree.getElseStatement());
      }
      case TRY -> tryCannotCompleteNormally((TryTree) statement);
      case SYNCHRONIZED -> cannotCompleteNormally(((SynchronizedTree) statement).getBlock());
      case LABELED_STATEMENT -> {
        LabeledStatementTree labeled = (LabeledStatementTree) statement;
        Tree body = labeled.getStatement();
        yield !breaksOutOf(body, labeled.getLabel()) && loopOrStatementCannotComplete(body);
      }
      case WHILE_LOOP, DO_WHILE_LOOP, FOR_LOOP, SWITCH -> loopOrStatementCannotComplete(statement);
      default -> false;
    };
  }

  /**
   * A loop whose condition is the constant {@code true} (or absent) and that no break ends; a
   * switch with a {@code default} whose cases cannot complete normally; any other statement by
   * {@link #cannotCompleteNormally}. Breaks to a label around it are looked for by the caller.
   */
  private static boolean loopOrStatementCannotComplete(Tree statement) {
    return switch (statement.getKind()) {
      case WHILE_LOOP ->
          isTrue(((WhileLoopTree) statement).getCondition()) && !breaksOutOf(statement, null);
      case DO_WHILE_LOOP -> {
        DoWhileLoopTree loop = (DoWhileLoopTree) statement;
        // The body runs once at least: one that cannot complete normally, nor continue, is enough.
        yield !breaksOutOf(statement, null)
            && (isTrue(loop.getCondition()) || cannotCompleteNormallyNorContinues(loop));
      }
      case FOR_LOOP -> {
        ExpressionTree condition = ((ForLoopTree) statement).getCondition();
        yield (condition == null || isTrue(condition)) && !breaksOutOf(statement, null);
      }
      case SWITCH -> {
        SwitchTree inner = (SwitchTree) statement;
        yield hasDefault(inner)
            && !breaksOutOf(inner, null)
            && casesCannotCompleteNormally(inner.getCases());
      }
      default -> cannotCompleteNormally(statement);
    };
  }

  private static boolean cannotCompleteNormallyNorContinues(DoWhileLoopTree loop) {
    return cannotCompleteNormally(loop.getStatement()) && !continues(loop.getStatement());
  }

  /** JLS 14.20.2: the finally decides if it cannot complete normally; else the try and catches. */
  private static boolean tryCannotCompleteNormally(TryTree tree) {
    if (tree.getFinallyBlock() != null && cannotCompleteNormally(tree.getFinallyBlock())) {
      return true;
    }
    if (!cannotCompleteNormally(tree.getBlock())) {
      return false;
    }
    for (CatchTree catchTree : tree.getCatches()) {
      if (!cannotCompleteNormally(catchTree.getBlock())) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDefault(SwitchTree tree) {
    for (CaseTree caseTree : tree.getCases()) {
      if (CaseLabels.coversUnlisted(caseTree)) {
        return true;
      }
    }
    return false;
  }

  /** The literal {@code true}: javac's constant conditions beyond it are left alone here. */
  private static boolean isTrue(ExpressionTree condition) {
    ExpressionTree tree = condition;
    while (tree instanceof com.sun.source.tree.ParenthesizedTree parenthesized) {
      tree = parenthesized.getExpression();
    }
    return tree instanceof LiteralTree literal && Boolean.TRUE.equals(literal.getValue());
  }

  /** Whether a {@code continue} in the loop body may end an iteration early. */
  private static boolean continues(Tree body) {
    boolean[] found = {false};
    new SameBodyScanner() {
      @Override
      public Void visitContinue(com.sun.source.tree.ContinueTree node, Void unused) {
        found[0] = true;
        return null;
      }
    }.scan(body, null);
    return found[0];
  }

  /**
   * Whether a {@code break} anywhere in the statement ends the statement itself: an unlabelled one
   * not inside a nested loop or switch (of which the statement is one), or one labelled with the
   * statement's own label, wherever it is.
   */
  private static boolean breaksOutOf(Tree statement, @Nullable Name ownLabel) {
    boolean[] found = {false};
    new SameBodyScanner() {
      /** How many loops and switches inside the statement the scan is in. */
      private int depth;

      @Override
      public Void visitBreak(BreakTree node, Void unused) {
        if (node.getLabel() == null ? depth == 0 : node.getLabel().equals(ownLabel)) {
          found[0] = true;
        }
        return null;
      }

      private Void nested(Tree node, Runnable scan) {
        if (node == statement) {
          scan.run();
          return null;
        }
        depth++;
        try {
          scan.run();
        } finally {
          depth--;
        }
        return null;
      }

      @Override
      public Void visitWhileLoop(WhileLoopTree node, Void unused) {
        return nested(node, () -> super.visitWhileLoop(node, null));
      }

      @Override
      public Void visitDoWhileLoop(DoWhileLoopTree node, Void unused) {
        return nested(node, () -> super.visitDoWhileLoop(node, null));
      }

      @Override
      public Void visitForLoop(ForLoopTree node, Void unused) {
        return nested(node, () -> super.visitForLoop(node, null));
      }

      @Override
      public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
        return nested(node, () -> super.visitEnhancedForLoop(node, null));
      }

      @Override
      public Void visitSwitch(SwitchTree node, Void unused) {
        return nested(node, () -> super.visitSwitch(node, null));
      }
    }.scan(statement, null);
    return found[0];
  }
}
