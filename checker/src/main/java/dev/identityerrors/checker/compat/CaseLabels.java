package dev.identityerrors.checker.compat;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import java.util.List;

/**
 * The constant labels of a {@code case}, as {@link CaseTree#getExpressions()} gives them, without
 * the stream javac runs on every call of it: the checks ask about every case of every switch, once
 * per check. On JDK 17 a constant label is itself the expression, so the labels are the answer when
 * all of them are; on later JDKs a label wraps its expression, and javac is asked.
 */
public final class CaseLabels {
  private CaseLabels() {}

  /** The case's constant labels ({@code case 657, 659 ->}); empty for {@code default}. */
  @SuppressWarnings("unchecked") // Every label tested is an ExpressionTree.
  public static List<? extends ExpressionTree> constants(CaseTree caseTree) {
    List<? extends Tree> labels = caseTree.getLabels();
    for (Tree label : labels) {
      if (!(label instanceof ExpressionTree)) {
        return caseTree.getExpressions();
      }
    }
    return (List<? extends ExpressionTree>) labels;
  }

  /**
   * Whether the case takes values its constants do not list: a {@code default} (alone, or JDK 21's
   * {@code case null, default}), or a case with no constant label at all (a pattern, which a switch
   * must then cover every value with).
   */
  public static boolean coversUnlisted(CaseTree caseTree) {
    if (constants(caseTree).isEmpty()) {
      return true;
    }
    for (Tree label : caseTree.getLabels()) {
      if (label.getKind().name().equals("DEFAULT_CASE_LABEL")) {
        return true;
      }
    }
    return false;
  }
}
