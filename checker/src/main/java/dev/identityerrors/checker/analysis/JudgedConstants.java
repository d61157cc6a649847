package dev.identityerrors.checker.analysis;

import static com.google.errorprone.util.ASTHelpers.getSymbol;
import static dev.identityerrors.checker.analysis.CodeTypedExpressions.stripParensAndCasts;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.List;
import javax.lang.model.element.RecordComponentElement;

/**
 * Finds the constants that meet a code-typed expression in each context where the checks judge
 * them: initialisers of and assignments to annotated variables, arguments for annotated parameters,
 * returns from annotated methods, operands of {@code ==} and {@code !=}, and {@code case} labels of
 * switches on a code. Catalogue constants themselves are never returned.
 */
public final class JudgedConstants {
  private final CodeTypedExpressions codeTyped;

  public JudgedConstants(CodeTypedExpressions codeTyped) {
    this.codeTyped = codeTyped;
  }

  public CodeTypedExpressions codeTyped() {
    return codeTyped;
  }

  /** The initialiser of an annotated variable or field. */
  public ImmutableList<CodeConstant> inVariable(
      VariableTree tree, Catalogue catalogue, VisitorState state) {
    if (tree.getInitializer() == null || !mayHoldConstant(tree.getInitializer())) {
      return ImmutableList.of();
    }
    return codeTyped.declaresCode(getSymbol(tree), state)
        ? constantsIn(tree.getInitializer(), catalogue)
        : ImmutableList.of();
  }

  /** The value assigned to an annotated variable or field. */
  public ImmutableList<CodeConstant> inAssignment(
      AssignmentTree tree, Catalogue catalogue, VisitorState state) {
    if (!mayHoldConstant(tree.getExpression())) {
      return ImmutableList.of();
    }
    return codeTyped.declaresCode(getSymbol(tree.getVariable()), state)
        ? constantsIn(tree.getExpression(), catalogue)
        : ImmutableList.of();
  }

  /** Arguments for annotated parameters of a method. */
  public ImmutableList<CodeConstant> inCall(
      MethodInvocationTree tree, Catalogue catalogue, VisitorState state) {
    return inArguments(getSymbol(tree), tree.getArguments(), catalogue, state);
  }

  /**
   * Arguments for annotated parameters of a constructor, record canonical constructors included.
   */
  public ImmutableList<CodeConstant> inNewClass(
      NewClassTree tree, Catalogue catalogue, VisitorState state) {
    return inArguments(getSymbol(tree), tree.getArguments(), catalogue, state);
  }

  private ImmutableList<CodeConstant> inArguments(
      MethodSymbol method,
      List<? extends ExpressionTree> arguments,
      Catalogue catalogue,
      VisitorState state) {
    if (method == null || arguments.stream().noneMatch(JudgedConstants::mayHoldConstant)) {
      return ImmutableList.of();
    }
    List<VarSymbol> parameters = method.getParameters();
    if (parameters.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<CodeConstant> constants = ImmutableList.builder();
    for (int i = 0; i < arguments.size(); i++) {
      ExpressionTree argument = arguments.get(i);
      int index = Math.min(i, parameters.size() - 1);
      if (index < i && !method.isVarArgs()) {
        break;
      }
      if (mayHoldConstant(argument) && isCodeParameter(method, index, state)) {
        constants.addAll(constantsIn(argument, catalogue));
      }
    }
    return constants.build();
  }

  private boolean isCodeParameter(MethodSymbol method, int index, VisitorState state) {
    if (codeTyped.declaresCode(method.getParameters().get(index), state)) {
      return true;
    }
    // The parameters of a record's implicit canonical constructor may not carry the annotations of
    // the components they come from: ask the component.
    if (method.isConstructor()
        && method.owner instanceof ClassSymbol owner
        && ASTHelpers.isRecord(owner)) {
      List<? extends RecordComponentElement> components = owner.getRecordComponents();
      if (components.size() == method.getParameters().size()) {
        return codeTyped.declaresCode((Symbol) components.get(index), state);
      }
    }
    return false;
  }

  /** The value returned from an annotated method (not from a lambda inside it). */
  public ImmutableList<CodeConstant> inReturn(
      ReturnTree tree, Catalogue catalogue, VisitorState state) {
    if (tree.getExpression() == null || !mayHoldConstant(tree.getExpression())) {
      return ImmutableList.of();
    }
    Tree enclosing = state.findEnclosing(LambdaExpressionTree.class, MethodTree.class);
    if (!(enclosing instanceof MethodTree method)) {
      return ImmutableList.of();
    }
    return codeTyped.declaresCode(getSymbol(method), state)
        ? constantsIn(tree.getExpression(), catalogue)
        : ImmutableList.of();
  }

  /** The constant side of {@code ==} or {@code !=} whose other side is a code. */
  public ImmutableList<CodeConstant> inComparison(
      BinaryTree tree, Catalogue catalogue, VisitorState state) {
    if (tree.getKind() != Tree.Kind.EQUAL_TO && tree.getKind() != Tree.Kind.NOT_EQUAL_TO) {
      return ImmutableList.of();
    }
    if (mayHoldConstant(tree.getRightOperand())
        && codeTyped.isCodeTyped(tree.getLeftOperand(), state)) {
      return constantsIn(tree.getRightOperand(), catalogue);
    }
    if (mayHoldConstant(tree.getLeftOperand())
        && codeTyped.isCodeTyped(tree.getRightOperand(), state)) {
      return constantsIn(tree.getLeftOperand(), catalogue);
    }
    return ImmutableList.of();
  }

  /** Every {@code case} label of a switch (statement or expression) on a code. */
  public ImmutableList<CodeConstant> inSwitch(
      ExpressionTree selector,
      List<? extends CaseTree> cases,
      Catalogue catalogue,
      VisitorState state) {
    if (!codeTyped.isCodeTyped(selector, state)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<CodeConstant> constants = ImmutableList.builder();
    for (CaseTree caseTree : cases) {
      for (ExpressionTree label : caseTree.getExpressions()) {
        constants.addAll(constantsIn(label, catalogue));
      }
    }
    return constants.build();
  }

  /**
   * Whether an expression could be (or, through a conditional, contain) a constant: a cheap test
   * that spares the symbol look-ups for the many expressions that are not.
   */
  private static boolean mayHoldConstant(ExpressionTree expression) {
    ExpressionTree tree = stripParensAndCasts(expression);
    if (tree instanceof ConditionalExpressionTree conditional) {
      return mayHoldConstant(conditional.getTrueExpression())
          || mayHoldConstant(conditional.getFalseExpression());
    }
    return ASTHelpers.constValue(tree) != null;
  }

  /** The constants an expression evaluates to: itself, or each branch of a conditional. */
  private static ImmutableList<CodeConstant> constantsIn(
      ExpressionTree expression, Catalogue catalogue) {
    ExpressionTree tree = stripParensAndCasts(expression);
    if (tree instanceof ConditionalExpressionTree conditional) {
      return ImmutableList.<CodeConstant>builder()
          .addAll(constantsIn(conditional.getTrueExpression(), catalogue))
          .addAll(constantsIn(conditional.getFalseExpression(), catalogue))
          .build();
    }
    CodeConstant constant = asConstant(tree, catalogue);
    return constant == null ? ImmutableList.of() : ImmutableList.of(constant);
  }

  private static CodeConstant asConstant(ExpressionTree tree, Catalogue catalogue) {
    Long literal = signedLiteral(tree);
    if (literal != null) {
      return new CodeConstant(tree, literal, true);
    }
    Symbol symbol = getSymbol(tree);
    if (symbol != null && catalogue.isCatalogueConstant(symbol)) {
      return null;
    }
    Object value = ASTHelpers.constValue(tree);
    if (value instanceof Integer || value instanceof Long) {
      return new CodeConstant(tree, ((Number) value).longValue(), false);
    }
    return null;
  }

  /** The value of an int or long literal, with a sign and parentheses around it, else null. */
  private static Long signedLiteral(ExpressionTree tree) {
    if (tree instanceof LiteralTree literal && literal.getValue() instanceof Number number) {
      return switch (tree.getKind()) {
        case INT_LITERAL, LONG_LITERAL -> number.longValue();
        default -> null;
      };
    }
    if (tree instanceof UnaryTree unary) {
      ExpressionTree operand = unary.getExpression();
      while (operand instanceof ParenthesizedTree parenthesized) {
        operand = parenthesized.getExpression();
      }
      Long value = signedLiteral(operand);
      if (value == null) {
        return null;
      }
      return switch (tree.getKind()) {
        case UNARY_MINUS -> -value;
        case UNARY_PLUS -> value;
        default -> null;
      };
    }
    return null;
  }
}
