package dev.identityerrors.checker.analysis;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import java.util.List;
import javax.lang.model.element.Name;

/**
 * Whether every case of a switch statement leaves the code around it ({@code return}, {@code
 * throw}, {@code continue}, or a {@code break} out of an enclosing statement): then the values
 * without a case are the only ones that reach the statements after the switch, which are their
 * default. Read from the source's shape, conservatively: a case that may end otherwise does not
 * leave.
 */
public final class SwitchExits {
  private SwitchExits() {}

  /**
   * Whether every case of the switch returns, throws, continues or breaks out of an enclosing
   * statement, so that no code falls out of its end into the statements after it.
   *
   * @param parent the tree around the switch: a label there ({@code out: switch ...}) can be the
   *     target of a break that ends the switch
   */
  public static boolean everyCaseLeaves(SwitchTree tree, Tree parent) {
    List<? extends CaseTree> cases = tree.getCases();
    Name ownLabel = parent instanceof LabeledStatementTree labeled ? labeled.getLabel() : null;
    if (cases.isEmpty() || breaksOutOf(tree, ownLabel)) {
      return false;
    }
    for (int i = 0; i < cases.size(); i++) {
      CaseTree caseTree = cases.get(i);
      boolean last = i == cases.size() - 1;
      if (caseTree.getCaseKind() == CaseTree.CaseKind.RULE) {
        if (!leaves(caseTree.getBody())) {
          return false;
        }
      } else if (caseTree.getStatements().isEmpty()) {
        // Falls through to the next case, which must leave; the last one has none.
        if (last) {
          return false;
        }
      } else if (!leaves(caseTree.getStatements().get(caseTree.getStatements().size() - 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean leaves(Tree statement) {
    if (statement instanceof BlockTree block) {
      List<? extends StatementTree> statements = block.getStatements();
      return !statements.isEmpty() && leaves(statements.get(statements.size() - 1));
    }
    if (statement == null) {
      return false;
    }
    return switch (statement.getKind()) {
      case RETURN, THROW, CONTINUE -> true;
      // An unlabelled break leaves only the switch; breaksOutOf rules those out.
      case BREAK -> ((BreakTree) statement).getLabel() != null;
      default -> false;
    };
  }

  /**
   * Whether a {@code break} anywhere in the switch ends the switch itself (unlabelled, not inside a
   * nested loop or switch; or labelled with the switch's own label).
   */
  private static boolean breaksOutOf(SwitchTree tree, Name ownLabel) {
    boolean[] found = {false};
    new SameBodyScanner() {
      @Override
      public Void visitBreak(BreakTree node, Void unused) {
        if (node.getLabel() == null || node.getLabel().equals(ownLabel)) {
          found[0] = true;
        }
        return null;
      }

      // An unlabelled break inside a loop or another switch ends that one.
      @Override
      public Void visitWhileLoop(WhileLoopTree node, Void unused) {
        return null;
      }

      @Override
      public Void visitDoWhileLoop(DoWhileLoopTree node, Void unused) {
        return null;
      }

      @Override
      public Void visitForLoop(ForLoopTree node, Void unused) {
        return null;
      }

      @Override
      public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
        return null;
      }

      @Override
      public Void visitSwitch(SwitchTree node, Void unused) {
        return node == tree ? super.visitSwitch(node, null) : null;
      }
    }.scan(tree, null);
    return found[0];
  }
}
