package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.catalogue.Catalogue.Entry;
import dev.identityerrors.checker.compat.CaseLabels;
import dev.identityerrors.checker.compat.ErrorProneApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The codes the labels of a switch cover, counted: a label's value, or, for a number the catalogue
 * does not have but that is one keystroke from exactly one code ({@code 2135} for {@code 2153}),
 * that code, which is what the label will say once its typo is fixed. No fix may add a label the
 * switch already has: {@code duplicate case label} does not compile.
 */
public final class CoveredCodes {
  private CoveredCodes() {}

  /** The cases of a switch statement or expression, or null for any other tree. */
  public static @Nullable List<? extends CaseTree> casesOf(Tree tree) {
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
    List<ExpressionTree> labels = new ArrayList<>();
    for (CaseTree caseTree : cases) {
      labels.addAll(CaseLabels.constants(caseTree));
    }
    return counted(labels, catalogue);
  }

  /** How many of the constants cover each code, a typo counting as the code it will become. */
  public static Map<Long, Integer> counted(
      List<? extends ExpressionTree> constants, Catalogue catalogue) {
    Map<Long, Integer> covered = new HashMap<>();
    for (ExpressionTree constant : constants) {
      Long value = ErrorProneApi.integralConstant(constant);
      if (value == null) {
        value = ErrorProneApi.charConstant(constant); // case 'A' on an int is the label 65
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
    return covered;
  }

  /**
   * The constants a fix of this one must not duplicate, itself included: the labels of the switch
   * it labels ({@code duplicate case label} does not compile), the elements of the collection it is
   * written in ({@code Set.of(X, X)} and {@code Map.of} with one key twice throw when the class
   * loads), the constants an {@code ||} or {@code &&} chain compares the same operand with ({@code
   * c == X || c == X}, which Error Prone's IdentityBinaryExpression rejects), and the constant at
   * its place in the other branch of a {@code ?:} or {@code if}/{@code else} the same but for it
   * (DuplicateBranches). Empty where it belongs to none of these.
   *
   * @param matched the path of the tree the constant was found in (a switch, a declaration, a call,
   *     a comparison)
   */
  public static ImmutableList<ExpressionTree> groupOf(
      ExpressionTree constant, TreePath matched, VisitorState state) {
    ImmutableList<ExpressionTree> group = sharedWith(constant, matched, state);
    TreePath path = TreePath.getPath(matched, constant);
    ImmutableList<ExpressionTree> branches =
        path == null ? ImmutableList.of() : atTheSamePlace(constant, path, state);
    if (branches.isEmpty()) {
      return group;
    }
    if (group.isEmpty()) {
      return branches;
    }
    List<ExpressionTree> both = new ArrayList<>(group);
    for (ExpressionTree branch : branches) {
      if (!both.contains(branch)) {
        both.add(branch);
      }
    }
    return ImmutableList.copyOf(both);
  }

  /** The labels, elements or chained comparisons this constant is one of: {@link #groupOf}. */
  private static ImmutableList<ExpressionTree> sharedWith(
      ExpressionTree constant, TreePath matched, VisitorState state) {
    List<? extends CaseTree> cases = casesOf(matched.getLeaf());
    if (cases != null) {
      List<ExpressionTree> labels = new ArrayList<>();
      for (CaseTree caseTree : cases) {
        labels.addAll(CaseLabels.constants(caseTree));
      }
      return ImmutableList.copyOf(labels);
    }
    TreePath path = TreePath.getPath(matched, constant);
    if (path == null) {
      return ImmutableList.of();
    }
    // Up from the constant, through what gives its value on (parentheses, casts, boxing), to the
    // collection it is an element of (the outermost: Map.entry inside Map.ofEntries) or the
    // comparison it is an operand of.
    KnownNames names = KnownNames.instance(state);
    ImmutableList<ExpressionTree> collection = null;
    for (TreePath at = path.getParentPath(); at != null; at = at.getParentPath()) {
      Tree tree = at.getLeaf();
      if (tree instanceof ExpressionTree expression && CodeCollections.mayFill(expression)) {
        ImmutableList<ExpressionTree> elements = CodeCollections.elementsIn(expression);
        if (containsValueOf(elements, constant)) {
          collection = elements;
          continue;
        }
      }
      if (collection != null) {
        return collection;
      }
      if (tree instanceof BinaryTree comparison && isEquality(comparison)) {
        return comparedInChain(
            at, comparison.getLeftOperand(), comparison.getRightOperand(), constant, names, state);
      }
      if (tree instanceof MethodInvocationTree call) {
        Comparisons.Compared compared = Comparisons.compared(call, names);
        if (compared != null && !compared.several()) {
          return comparedInChain(
              at, compared.subject(), compared.others().get(0), constant, names, state);
        }
        // The values one is expected among: isIn(659, 695) made isIn(659, 659) is no fix.
        if (compared != null && containsValueOf(compared.others(), constant)) {
          return compared.others();
        }
      }
      if (!(tree instanceof ExpressionTree)) {
        break;
      }
    }
    return collection == null ? ImmutableList.of() : collection;
  }

  /**
   * This constant and the one at the same place in the other branch of the nearest {@code ?:} or
   * {@code if}/{@code else} around it, when the branches differ only there ({@code c ? 1 : -1},
   * {@code if (c) x = 657; else x = USER_DOES_NOT_EXIST;}): a fix giving both one text or one value
   * would make the branches the same (Error Prone's DuplicateBranches). Empty when there is none.
   */
  private static ImmutableList<ExpressionTree> atTheSamePlace(
      ExpressionTree constant, TreePath path, VisitorState state) {
    Tree child = constant;
    for (TreePath at = path.getParentPath(); at != null; at = at.getParentPath()) {
      Tree tree = at.getLeaf();
      Tree sibling = null;
      if (tree instanceof ConditionalExpressionTree choice) {
        sibling = otherOf(child, choice.getTrueExpression(), choice.getFalseExpression());
      } else if (tree instanceof IfTree branches) {
        sibling = otherOf(child, branches.getThenStatement(), branches.getElseStatement());
      }
      if (sibling != null) {
        ExpressionTree same = samePlaceIn(child, sibling, constant, state);
        return same == null ? ImmutableList.of() : ImmutableList.of(constant, same);
      }
      if (tree instanceof MethodTree
          || tree instanceof ClassTree
          || tree instanceof LambdaExpressionTree) {
        break;
      }
      child = tree;
    }
    return ImmutableList.of();
  }

  private static @Nullable Tree otherOf(Tree child, Tree one, @Nullable Tree other) {
    if (child == one) {
      return other;
    }
    return child == other ? one : null;
  }

  /** The constant of the sibling branch whose place is this constant's in its own branch. */
  private static @Nullable ExpressionTree samePlaceIn(
      Tree branch, Tree sibling, ExpressionTree constant, VisitorState state) {
    String mine = withHole(branch, constant, state);
    if (mine == null) {
      return null;
    }
    ExpressionTree[] found = {null};
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (found[0] != null || tree == null) {
          return null;
        }
        if (tree instanceof ExpressionTree expression
            && ErrorProneApi.integralConstant(expression) != null
            && mine.equals(withHole(sibling, expression, state))) {
          found[0] = expression;
          return null;
        }
        return super.scan(tree, null);
      }
    }.scan(sibling, null);
    return found[0];
  }

  /**
   * A branch's source with a part of it left out, comments left out and blanks made one: what else
   * it says.
   */
  private static @Nullable String withHole(Tree branch, Tree part, VisitorState state) {
    CharSequence source = state.getSourceCode();
    int start = ASTHelpers.getStartPosition(branch);
    int end = state.getEndPosition(branch);
    int holeStart = ASTHelpers.getStartPosition(part);
    int holeEnd = state.getEndPosition(part);
    if (source == null || start < 0 || holeStart < start || holeEnd > end || holeEnd < holeStart) {
      return null;
    }
    // Comments left out too (a string holding "//" may cut a line short: both branches alike).
    return (source.subSequence(start, holeStart) + "\0" + source.subSequence(holeEnd, end))
        .replaceAll("(?s)/\\*.*?\\*/|//[^\n]*", " ")
        .replaceAll("\\s+", " ");
  }

  private static boolean containsValueOf(List<ExpressionTree> elements, ExpressionTree constant) {
    for (ExpressionTree element : elements) {
      if (CodeConstants.valueGivenBy(element) == constant) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEquality(BinaryTree tree) {
    return tree.getKind() == Tree.Kind.EQUAL_TO || tree.getKind() == Tree.Kind.NOT_EQUAL_TO;
  }

  /**
   * The constants compared with the same operand as this one in the {@code ||} and {@code &&} chain
   * around its comparison: by {@code ==}, {@code !=}, or a comparing call ({@link Comparisons}),
   * negated or not.
   */
  private static ImmutableList<ExpressionTree> comparedInChain(
      TreePath comparisonPath,
      ExpressionTree left,
      ExpressionTree right,
      ExpressionTree constant,
      KnownNames names,
      VisitorState state) {
    ExpressionTree operand = CodeConstants.valueGivenBy(left) == constant ? right : left;
    String operandSource = state.getSourceForNode(ASTHelpers.stripParentheses(operand));
    Tree top = comparisonPath.getLeaf();
    for (TreePath at = comparisonPath.getParentPath(); at != null; at = at.getParentPath()) {
      Tree.Kind kind = at.getLeaf().getKind();
      if (kind == Tree.Kind.CONDITIONAL_OR || kind == Tree.Kind.CONDITIONAL_AND) {
        top = at.getLeaf();
      } else if (kind != Tree.Kind.PARENTHESIZED && kind != Tree.Kind.LOGICAL_COMPLEMENT) {
        break;
      }
    }
    List<ExpressionTree> group = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitBinary(BinaryTree tree, Void unused) {
        if (isEquality(tree)) {
          addIfComparedWith(tree.getLeftOperand(), tree.getRightOperand());
          addIfComparedWith(tree.getRightOperand(), tree.getLeftOperand());
          return null;
        }
        Tree.Kind kind = tree.getKind();
        return kind == Tree.Kind.CONDITIONAL_OR || kind == Tree.Kind.CONDITIONAL_AND
            ? super.visitBinary(tree, null)
            : null;
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        Comparisons.Compared compared = Comparisons.compared(tree, names);
        if (compared != null && !compared.several()) {
          addIfComparedWith(compared.subject(), compared.others().get(0));
          addIfComparedWith(compared.others().get(0), compared.subject());
        }
        return null;
      }

      private void addIfComparedWith(ExpressionTree other, ExpressionTree side) {
        if (operandSource != null
            && operandSource.equals(state.getSourceForNode(ASTHelpers.stripParentheses(other)))) {
          group.add(CodeConstants.valueGivenBy(side));
        }
      }

      @Override
      public Void scan(Tree tree, Void unused) {
        // Only the chain's own operands: nothing inside a lambda, nor the arguments of a call.
        return tree instanceof BinaryTree
                || tree instanceof ParenthesizedTree
                || tree instanceof MethodInvocationTree
                || tree.getKind() == Tree.Kind.LOGICAL_COMPLEMENT
            ? super.scan(tree, null)
            : null;
      }
    }.scan(top, null);
    return ImmutableList.copyOf(group);
  }
}
