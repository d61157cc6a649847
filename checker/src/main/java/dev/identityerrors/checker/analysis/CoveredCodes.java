package dev.identityerrors.checker.analysis;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.catalogue.Catalogue.Entry;
import dev.identityerrors.checker.compat.CaseLabels;
import dev.identityerrors.checker.compat.ErrorProneApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes the labels of a switch cover, counted: a label's value, or, for a number the catalogue
 * does not have but that is one keystroke from exactly one code ({@code 2135} for {@code 2153}),
 * that code, which is what the label will say once its typo is fixed. No fix may add a label the
 * switch already has: {@code duplicate case label} does not compile.
 */
public final class CoveredCodes {
  private CoveredCodes() {}

  /** The cases of a switch statement or expression, or null for any other tree. */
  public static List<? extends CaseTree> casesOf(Tree tree) {
    if (tree instanceof SwitchTree switchTree) {
      return switchTree.getCases();
    }
    if (tree instanceof SwitchExpressionTree switchExpression) {
      return switchExpression.getCases();
    }
    return null;
  }

  /** How many labels cover each code. */
  public static Map<Long, Integer> of(List<? extends CaseTree> cases, Catalogue catalogue) {
    Map<Long, Integer> covered = new HashMap<>();
    for (CaseTree caseTree : cases) {
      for (ExpressionTree label : CaseLabels.constants(caseTree)) {
        Long value = ErrorProneApi.integralConstant(label);
        if (value == null) {
          value = ErrorProneApi.charConstant(label); // case 'A' on an int is the label 65
        }
        if (value == null) {
          continue;
        }
        long code = value;
        if (catalogue.lookup(code).isEmpty()) {
          List<Entry> meant = catalogue.likelyMeant(code);
          if (meant.size() == 1) {
            code = meant.get(0).code();
          }
        }
        covered.merge(code, 1, Integer::sum);
      }
    }
    return covered;
  }
}
