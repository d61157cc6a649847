package dev.identityerrors.checker.analysis;

import static com.google.errorprone.util.ASTHelpers.getSymbol;
import static dev.identityerrors.checker.analysis.Trees.stripParensAndCasts;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.UnaryTree;
import com.sun.tools.javac.code.Symbol;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.compat.ErrorProneApi;
import org.jspecify.annotations.Nullable;

/** Reads the compile-time constants an expression evaluates to. */
public final class CodeConstants {
  private CodeConstants() {}

  /**
   * Whether an expression could be (or, through a conditional, a switch expression, boxing or a
   * fallback, give) an int or long constant: a cheap test that needs no symbol.
   */
  public static boolean mayHoldConstant(ExpressionTree expression) {
    ExpressionTree tree = unboxed(expression);
    if (tree instanceof ConditionalExpressionTree conditional) {
      return mayHoldConstant(conditional.getTrueExpression())
          || mayHoldConstant(conditional.getFalseExpression());
    }
    if (tree instanceof SwitchExpressionTree) {
      return true;
    }
    if (tree instanceof MethodInvocationTree call) {
      for (ExpressionTree argument : call.getArguments()) {
        ExpressionTree supplied = PassThroughCall.supplied(argument);
        if (mayHoldConstant(argument) || (supplied != null && mayHoldConstant(supplied))) {
          return PassThroughCall.mayPassArgumentOn(call);
        }
      }
      return false;
    }
    return tree != null && ErrorProneApi.integralConstant(tree) != null;
  }

  /**
   * The constants an expression evaluates to: itself, each result of a conditional or a switch
   * expression, the value boxed by {@code Integer.valueOf}, the fallback of {@code
   * Objects.requireNonNullElse} or {@code Optional.orElse}; catalogue constants themselves are left
   * out.
   */
  public static ImmutableList<CodeConstant> constantsIn(
      ExpressionTree expression, Catalogue catalogue) {
    ImmutableList.Builder<CodeConstant> constants = ImmutableList.builder();
    collectConstants(expression, catalogue, constants);
    return constants.build();
  }

  private static void collectConstants(
      ExpressionTree expression,
      Catalogue catalogue,
      ImmutableList.Builder<CodeConstant> constants) {
    ExpressionTree tree = unboxed(expression);
    if (tree instanceof ConditionalExpressionTree conditional) {
      collectConstants(conditional.getTrueExpression(), catalogue, constants);
      collectConstants(conditional.getFalseExpression(), catalogue, constants);
      return;
    }
    if (tree instanceof SwitchExpressionTree switchExpression) {
      for (ExpressionTree result : SwitchResults.of(switchExpression)) {
        collectConstants(result, catalogue, constants);
      }
      return;
    }
    if (tree instanceof MethodInvocationTree call) {
      ExpressionTree passed = passedOn(call);
      if (passed != null) {
        collectConstants(passed, catalogue, constants);
      }
      return;
    }
    CodeConstant constant = asConstant(tree, catalogue);
    if (constant != null) {
      constants.add(constant);
    }
  }

  /**
   * The expressions whose value this one may be: each result of a conditional or a switch
   * expression, each value a pass-through call gives back ({@code Integer.valueOf(x)}, both values
   * of {@code requireNonNullElse(x, y)}); the expression itself otherwise.
   */
  public static ImmutableList<ExpressionTree> resultsOf(ExpressionTree expression) {
    ExpressionTree tree = unboxed(expression);
    if (!hasFallback(tree)) {
      return ImmutableList.of(expression);
    }
    ImmutableList.Builder<ExpressionTree> results = ImmutableList.builder();
    collectResults(tree, results, 0);
    return results.build();
  }

  private static void collectResults(
      ExpressionTree expression, ImmutableList.Builder<ExpressionTree> results, int depth) {
    ExpressionTree tree = unboxed(expression);
    if (depth > 16) {
      results.add(tree);
    } else if (tree instanceof ConditionalExpressionTree conditional) {
      collectResults(conditional.getTrueExpression(), results, depth + 1);
      collectResults(conditional.getFalseExpression(), results, depth + 1);
    } else if (tree instanceof SwitchExpressionTree switchExpression) {
      for (ExpressionTree result : SwitchResults.of(switchExpression)) {
        collectResults(result, results, depth + 1);
      }
    } else if (tree instanceof MethodInvocationTree call) {
      PassThroughCall passThrough = passThroughOf(call);
      ExpressionTree passed = passThrough == null ? null : passedOn(passThrough, call);
      if (passThrough == null || passed == null) {
        results.add(tree);
        return;
      }
      if (passThrough.givesWhatReceiverHolds()) {
        // What an optional holds is no expression: the call stands for it, judged whole; its
        // fallback (orElse(x), a supplier's x) is a result of its own.
        results.add(tree);
        collectResults(passed, results, depth + 1);
        return;
      }
      ExpressionTree given = passThrough.hasFallback() ? passThrough.given(call) : null;
      if (given != null) {
        collectResults(given, results, depth + 1);
      }
      collectResults(passed, results, depth + 1);
    } else {
      results.add(tree);
    }
  }

  /**
   * The argument whose value a call gives back: {@code Integer.valueOf(x)}, {@code
   * Objects.requireNonNull(x)}, the fallback of {@code requireNonNullElse(code, x)} and {@code
   * optional.orElse(x)}; else null.
   */
  static @Nullable ExpressionTree passedOn(MethodInvocationTree call) {
    PassThroughCall passThrough = passThroughOf(call);
    return passThrough == null ? null : passedOn(passThrough, call);
  }

  private static @Nullable ExpressionTree passedOn(
      PassThroughCall passThrough, MethodInvocationTree call) {
    if (passThrough.hasFallback()) {
      return passThrough.fallback(call);
    }
    return passThrough.givesArgument() ? passThrough.given(call) : null;
  }

  /** The call's row of the pass-through table, asked only of calls written with one's name. */
  private static @Nullable PassThroughCall passThroughOf(MethodInvocationTree call) {
    return PassThroughCall.mayPassArgumentOn(call) ? PassThroughCall.of(call) : null;
  }

  /**
   * Whether the expression chooses between values, one of which may be a constant: a conditional, a
   * switch expression, or a call that gives back an argument or a fallback ({@code
   * requireNonNullElse(c, 0)}, {@code orElse(0)}). A cheap test by tree kind and name.
   */
  public static boolean hasFallback(ExpressionTree expression) {
    ExpressionTree tree = unboxed(expression);
    return tree instanceof ConditionalExpressionTree
        || tree instanceof SwitchExpressionTree
        || (tree instanceof MethodInvocationTree call && PassThroughCall.mayPassArgumentOn(call));
  }

  /**
   * The expression whose value this one gives: through parentheses, casts and the calls that give
   * back an argument ({@code Integer.valueOf(x)} is {@code x}).
   */
  public static ExpressionTree valueGivenBy(ExpressionTree expression) {
    ExpressionTree tree = unboxed(expression);
    while (tree instanceof MethodInvocationTree call) {
      ExpressionTree passed = passedOn(call);
      if (passed == null) {
        break;
      }
      tree = unboxed(passed);
    }
    return tree;
  }

  private static @Nullable CodeConstant asConstant(ExpressionTree tree, Catalogue catalogue) {
    Long literal = signedLiteral(tree);
    if (literal != null) {
      return new CodeConstant(tree, literal, true);
    }
    if (isCatalogueConstant(tree, catalogue)) {
      return null;
    }
    Long value = ErrorProneApi.integralConstant(tree);
    return value == null ? null : new CodeConstant(tree, value, false);
  }

  /**
   * The expression without parentheses, casts and unboxing calls around it: {@code
   * o.orElse(0).intValue()} gives what {@code o.orElse(0)} gives. A cheap test by name first.
   */
  private static ExpressionTree unboxed(ExpressionTree expression) {
    ExpressionTree tree = stripParensAndCasts(expression);
    while (tree instanceof MethodInvocationTree call && call.getArguments().isEmpty()) {
      // By the receiver's kind first: only a choice is worth unboxing, and most calls without
      // arguments are getters of something else. The pass-through table's answer last.
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      ExpressionTree unboxed = receiver == null ? null : stripParensAndCasts(receiver);
      if (!(unboxed instanceof ConditionalExpressionTree
              || unboxed instanceof SwitchExpressionTree
              || (unboxed instanceof MethodInvocationTree inner
                  && PassThroughCall.mayPassArgumentOn(inner)))
          || !PassThroughCall.givesReceiver(call)) {
        break;
      }
      tree = unboxed;
    }
    return tree;
  }

  /** Whether the expression names one of the catalogue's constants. */
  public static boolean isCatalogueConstant(ExpressionTree expression, Catalogue catalogue) {
    Symbol symbol = getSymbol(stripParensAndCasts(expression));
    return symbol != null && catalogue.isCatalogueConstant(symbol);
  }

  /** The value of an int or long literal, with a sign and parentheses around it, else null. */
  public static @Nullable Long signedLiteral(ExpressionTree expression) {
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
