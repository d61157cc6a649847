package dev.identityerrors.checker.analysis;

import static com.google.errorprone.util.ASTHelpers.getSymbol;
import static dev.identityerrors.checker.analysis.CodeTypedExpressions.stripParensAndCasts;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.UnaryTree;
import com.sun.tools.javac.code.Symbol;
import dev.identityerrors.checker.catalogue.Catalogue;

/** Reads the compile-time constants an expression evaluates to. */
public final class CodeConstants {
  private CodeConstants() {}

  /**
   * Whether an expression could be (or, through a conditional, contain) an int or long constant: a
   * cheap test that needs no symbol.
   */
  public static boolean mayHoldConstant(ExpressionTree expression) {
    ExpressionTree tree = stripParensAndCasts(expression);
    if (tree instanceof ConditionalExpressionTree conditional) {
      return mayHoldConstant(conditional.getTrueExpression())
          || mayHoldConstant(conditional.getFalseExpression());
    }
    Object value = ASTHelpers.constValue(tree);
    return value instanceof Integer || value instanceof Long;
  }

  /**
   * The constants an expression evaluates to, itself or each branch of a conditional; catalogue
   * constants themselves are left out.
   */
  public static ImmutableList<CodeConstant> constantsIn(
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
    if (isCatalogueConstant(tree, catalogue)) {
      return null;
    }
    Object value = ASTHelpers.constValue(tree);
    if (value instanceof Integer || value instanceof Long) {
      return new CodeConstant(tree, ((Number) value).longValue(), false);
    }
    return null;
  }

  /** Whether the expression names one of the catalogue's constants. */
  public static boolean isCatalogueConstant(ExpressionTree expression, Catalogue catalogue) {
    Symbol symbol = getSymbol(stripParensAndCasts(expression));
    return symbol != null && catalogue.isCatalogueConstant(symbol);
  }

  /** The value of an int or long literal, with a sign and parentheses around it, else null. */
  public static Long signedLiteral(ExpressionTree expression) {
    ExpressionTree tree = stripParensAndCasts(expression);
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
