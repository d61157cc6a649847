package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableList;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.YieldTree;

/** The results of a switch expression. */
final class SwitchResults {
  private SwitchResults() {}

  /** The values a switch expression can give: arrow results and yields, not nested ones. */
  static ImmutableList<ExpressionTree> of(SwitchExpressionTree switchExpression) {
    ImmutableList.Builder<ExpressionTree> results = ImmutableList.builder();
    SameBodyScanner yields =
        new SameBodyScanner() {
          @Override
          public Void visitYield(YieldTree tree, Void unused) {
            results.add(tree.getValue());
            return null;
          }
        };
    for (CaseTree caseTree : switchExpression.getCases()) {
      Tree body = caseTree.getCaseKind() == CaseTree.CaseKind.RULE ? caseTree.getBody() : null;
      if (body instanceof ExpressionTree result) {
        results.add(result);
      } else if (body instanceof BlockTree block) {
        yields.scan(block, null);
      } else if (body == null) {
        yields.scan(caseTree.getStatements(), null);
      }
    }
    return results.build();
  }
}
