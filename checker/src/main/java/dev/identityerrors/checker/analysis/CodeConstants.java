package dev.identityerrors.checker.analysis;

import static com.google.errorprone.util.ASTHelpers.getSymbol;
import static dev.identityerrors.checker.analysis.Trees.stripParensAndCasts;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.UnaryTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.compat.ErrorProneApi;
import java.util.List;
import javax.lang.model.element.Name;

/** Reads the compile-time constants an expression evaluates to. */
public final class CodeConstants {
  private CodeConstants() {}

  /**
   * Calls whose result is one of their arguments, or what a supplier lambda among them gives: the
   * constants there meet the same slot.
   */
  private static final ImmutableSet<String> PASSING_ON =
      ImmutableSet.of(
          "valueOf",
          "requireNonNull",
          "requireNonNullElse",
          "requireNonNullElseGet",
          "orElse",
          "orElseGet");

  /** The lengths of those names, for {@link #mayPassOn}. */
  private static final ImmutableSet<Integer> PASSING_ON_LENGTHS =
      PASSING_ON.stream().map(String::length).collect(ImmutableSet.toImmutableSet());

  /**
   * Whether an expression could be (or, through a conditional, a switch expression, boxing or a
   * fallback, give) an int or long constant: a cheap test that needs no symbol.
   */
  public static boolean mayHoldConstant(ExpressionTree expression) {
    ExpressionTree tree = stripParensAndCasts(expression);
    if (tree instanceof ConditionalExpressionTree conditional) {
      return mayHoldConstant(conditional.getTrueExpression())
          || mayHoldConstant(conditional.getFalseExpression());
    }
    if (tree instanceof SwitchExpressionTree) {
      return true;
    }
    if (tree instanceof MethodInvocationTree call) {
      for (ExpressionTree argument : call.getArguments()) {
        if (mayHoldConstant(argument) || mayHoldConstant(supplied(argument))) {
          return PASSING_ON.contains(calledName(call));
        }
      }
      return false;
    }
    return tree != null && ErrorProneApi.integralConstant(tree) != null;
  }

  /**
   * What a supplier lambda with an expression body gives ({@code () -> UNKNOWN_ERROR}), or null.
   */
  private static ExpressionTree supplied(ExpressionTree argument) {
    return stripParensAndCasts(argument) instanceof LambdaExpressionTree lambda
            && lambda.getParameters().isEmpty()
            && lambda.getBody() instanceof ExpressionTree result
        ? result
        : null;
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
    ExpressionTree tree = stripParensAndCasts(expression);
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
    ExpressionTree tree = stripParensAndCasts(expression);
    if (!hasFallback(tree)) {
      return ImmutableList.of(expression);
    }
    ImmutableList.Builder<ExpressionTree> results = ImmutableList.builder();
    collectResults(tree, results, 0);
    return results.build();
  }

  private static void collectResults(
      ExpressionTree expression, ImmutableList.Builder<ExpressionTree> results, int depth) {
    ExpressionTree tree = stripParensAndCasts(expression);
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
      // An optional's fallback (orElse) is no result on its own: the optional is judged whole.
      ExpressionTree passed = passedOn(call);
      String name = passed == null ? "" : calledName(call);
      if (passed == null || name.startsWith("orElse")) {
        results.add(tree);
        return;
      }
      if (name.startsWith("requireNonNullElse")) {
        collectResults(call.getArguments().get(0), results, depth + 1);
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
  private static ExpressionTree passedOn(MethodInvocationTree call) {
    String name = calledName(call);
    if (!PASSING_ON.contains(name)
        || call.getArguments().isEmpty()
        || !(getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)) {
      return null;
    }
    String owner = method.owner.getQualifiedName().toString();
    List<? extends ExpressionTree> arguments = call.getArguments();
    return switch (name) {
      case "valueOf" ->
          (owner.equals("java.lang.Integer") || owner.equals("java.lang.Long"))
                  && arguments.size() == 1
              ? arguments.get(0)
              : null;
      case "requireNonNull" -> owner.equals("java.util.Objects") ? arguments.get(0) : null;
      case "requireNonNullElse" ->
          owner.equals("java.util.Objects") && arguments.size() == 2 ? arguments.get(1) : null;
      case "requireNonNullElseGet" ->
          owner.equals("java.util.Objects") && arguments.size() == 2
              ? supplied(arguments.get(1))
              : null;
      case "orElse" -> owner.startsWith("java.util.Optional") ? arguments.get(0) : null;
      case "orElseGet" ->
          owner.startsWith("java.util.Optional") ? supplied(arguments.get(0)) : null;
      default -> null;
    };
  }

  /**
   * Whether the expression chooses between values, one of which may be a constant: a conditional, a
   * switch expression, or a call that gives back an argument or a fallback ({@code
   * requireNonNullElse(c, 0)}, {@code orElse(0)}). A cheap test by tree kind and name.
   */
  public static boolean hasFallback(ExpressionTree expression) {
    ExpressionTree tree = stripParensAndCasts(expression);
    return tree instanceof ConditionalExpressionTree
        || tree instanceof SwitchExpressionTree
        || (tree instanceof MethodInvocationTree call && mayPassOn(call));
  }

  /**
   * The expression whose value this one gives: through parentheses, casts and the calls that give
   * back an argument ({@code Integer.valueOf(x)} is {@code x}).
   */
  public static ExpressionTree valueGivenBy(ExpressionTree expression) {
    ExpressionTree tree = stripParensAndCasts(expression);
    while (tree instanceof MethodInvocationTree call) {
      ExpressionTree passed = passedOn(call);
      if (passed == null) {
        break;
      }
      tree = stripParensAndCasts(passed);
    }
    return tree;
  }

  /**
   * Whether the call is named like one that gives back an argument: by the name's length first,
   * which rules out most calls without the string javac makes for a name. This runs for every call
   * operand of a comparison.
   */
  private static boolean mayPassOn(MethodInvocationTree call) {
    Name name = Trees.calledName(call);
    return name != null
        && PASSING_ON_LENGTHS.contains(name.length())
        && PASSING_ON.contains(name.toString());
  }

  private static String calledName(MethodInvocationTree call) {
    Name name = Trees.calledName(call);
    return name == null ? "" : name.toString();
  }

  private static CodeConstant asConstant(ExpressionTree tree, Catalogue catalogue) {
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
