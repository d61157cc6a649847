package dev.identityerrors.checker.analysis;

import static com.google.errorprone.util.ASTHelpers.getSymbol;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.identityerrors.checker.compat.CaseLabels;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What a matched tree of one kind brings to a typed slot (an Identity error code, or an HTTP
 * status): one reader per kind of tree the checks match, each answering together whether the tree
 * may meet a slot at all ({@link #mayMeet}, the cheap test before any analysis), which of its
 * expressions meet one ({@link #meeting}), and what such an expression is compared with ({@link
 * #counterpart}). The checks pass their typed tree to the reader of its kind: a new context is one
 * reader and one matcher.
 *
 * @param <T> the kind of tree read
 */
public abstract class ContextReader<T extends Tree> {
  private ContextReader() {}

  /**
   * Whether any expression {@link #meeting} could return passes the cheap test: a tree none of
   * whose operands passes it costs almost nothing.
   */
  public abstract boolean mayMeet(T tree, Predicate<ExpressionTree> worthJudging);

  /** The expressions of the tree that meet one of the slots, each passing the slots' cheap test. */
  abstract ImmutableList<ExpressionTree> read(T tree, CodeContexts slots, VisitorState state);

  /**
   * The expression that {@code side} (one of {@link #meeting}'s) is compared with: the other
   * operand of a comparison or of an {@code equals} or {@code compare} call, or a switch's
   * selector; null where the tree compares nothing.
   */
  public @Nullable ExpressionTree counterpart(T tree, ExpressionTree side, CodeContexts slots) {
    return null;
  }

  /**
   * What the tree brings to the slots. Error Prone hands each tree to every check in turn, and the
   * checks that share slots ask the same: the slots keep the last answer.
   */
  public final ImmutableList<ExpressionTree> meeting(
      T tree, CodeContexts slots, VisitorState state) {
    ImmutableList<ExpressionTree> remembered = slots.remembered(tree);
    if (remembered != null) {
      return remembered;
    }
    ImmutableList<ExpressionTree> meeting = read(tree, slots, state);
    slots.remember(tree, meeting);
    return meeting;
  }

  /**
   * The initialiser of a variable or field that holds a code; the elements filling a collection of
   * codes ({@code Set<Integer> RETRYABLE = Set.of(2153, 2135)}).
   */
  public static final ContextReader<VariableTree> VARIABLE =
      new ContextReader<>() {
        @Override
        public boolean mayMeet(VariableTree tree, Predicate<ExpressionTree> worthJudging) {
          return tree.getInitializer() != null && valueMayMeet(tree.getInitializer(), worthJudging);
        }

        @Override
        ImmutableList<ExpressionTree> read(
            VariableTree tree, CodeContexts slots, VisitorState state) {
          ExpressionTree initializer = tree.getInitializer();
          return initializer == null
              ? ImmutableList.of()
              : slots.assignedTo(getSymbol(tree), initializer, state);
        }
      };

  /**
   * The value assigned to a variable or field that holds a code, or to an element of an array of
   * codes ({@code codes[0] = 657}), or the elements of a collection.
   */
  public static final ContextReader<AssignmentTree> ASSIGNMENT =
      new ContextReader<>() {
        @Override
        public boolean mayMeet(AssignmentTree tree, Predicate<ExpressionTree> worthJudging) {
          return valueMayMeet(tree.getExpression(), worthJudging);
        }

        @Override
        ImmutableList<ExpressionTree> read(
            AssignmentTree tree, CodeContexts slots, VisitorState state) {
          if (Trees.stripParensAndCasts(tree.getVariable()) instanceof ArrayAccessTree element) {
            return slots.elementAssigned(element.getExpression(), tree.getExpression(), state);
          }
          if (getSymbol(tree.getVariable()) instanceof MethodSymbol element
              && Trees.isAnnotationElement(element)) {
            // @RetryOn(value = {657, 695}), or @RetryOn(695), which javac writes as value = 695.
            return slots.givenToElement(
                element, tree.getExpression(), Trees.methodAnnotatedAt(state.getPath()), state);
          }
          return slots.assignedTo(getSymbol(tree.getVariable()), tree.getExpression(), state);
        }
      };

  /**
   * Arguments for code parameters of a method, and choices giving a code passed to any; the
   * elements added to or asked of a collection of codes; and the operands of the calls that are
   * comparisons: {@code Objects.equals(a, b)}, {@code a.equals(b)} and {@code Integer.compare(a,
   * b)}, in either order, and a test library's assertions ({@code assertEquals(657, p.getCode())},
   * {@code assertThat(p.getCode()).isIn(657, 659)}, {@code assertThat(code, is(657))}).
   */
  public static final ContextReader<MethodInvocationTree> CALL =
      new ContextReader<>() {
        @Override
        public boolean mayMeet(MethodInvocationTree tree, Predicate<ExpressionTree> worthJudging) {
          ExpressionTree receiver = ASTHelpers.getReceiver(tree);
          return anyPasses(tree.getArguments(), worthJudging)
              || (receiver != null && worthJudging.test(receiver))
              || anyPasses(CodeCollections.writtenIn(tree), worthJudging)
              || Comparisons.nestedInAssertionMayMeet(tree, worthJudging);
        }

        @Override
        ImmutableList<ExpressionTree> read(
            MethodInvocationTree tree, CodeContexts slots, VisitorState state) {
          return slots.inCall(tree, state);
        }

        @Override
        public @Nullable ExpressionTree counterpart(
            MethodInvocationTree tree, ExpressionTree side, CodeContexts slots) {
          Comparisons.Compared compared = slots.comparedBy(tree);
          return compared == null ? null : compared.counterpart(side);
        }
      };

  /** The default value of an annotation's element: {@code int[] value() default {657, 695}}. */
  public static final ContextReader<MethodTree> ELEMENT_DEFAULT =
      new ContextReader<>() {
        @Override
        public boolean mayMeet(MethodTree tree, Predicate<ExpressionTree> worthJudging) {
          return tree.getDefaultValue() instanceof ExpressionTree value
              && valueMayMeet(value, worthJudging);
        }

        @Override
        ImmutableList<ExpressionTree> read(
            MethodTree tree, CodeContexts slots, VisitorState state) {
          MethodSymbol element = getSymbol(tree);
          return tree.getDefaultValue() instanceof ExpressionTree value && element != null
              ? slots.givenToElement(element, value, null, state)
              : ImmutableList.of();
        }
      };

  /** Arguments for code parameters of a constructor, record canonical constructors included. */
  public static final ContextReader<NewClassTree> NEW_CLASS =
      new ContextReader<>() {
        @Override
        public boolean mayMeet(NewClassTree tree, Predicate<ExpressionTree> worthJudging) {
          return anyPasses(tree.getArguments(), worthJudging);
        }

        @Override
        ImmutableList<ExpressionTree> read(
            NewClassTree tree, CodeContexts slots, VisitorState state) {
          return slots.inArguments(Trees.constructorCalled(tree), tree.getArguments(), null, state);
        }
      };

  /**
   * The value returned from a method that returns a code, or from a lambda implementing one ({@code
   * HasCode h = () -> { return 695; }}); from any other, a choice giving a code ({@link
   * CodeContexts#choiceGivingCode}).
   */
  public static final ContextReader<ReturnTree> RETURN =
      new ContextReader<>() {
        @Override
        public boolean mayMeet(ReturnTree tree, Predicate<ExpressionTree> worthJudging) {
          return tree.getExpression() != null && worthJudging.test(tree.getExpression());
        }

        @Override
        ImmutableList<ExpressionTree> read(
            ReturnTree tree, CodeContexts slots, VisitorState state) {
          ExpressionTree value = tree.getExpression();
          if (value == null || !slots.worthJudging(value)) {
            return ImmutableList.of();
          }
          Tree enclosing = state.findEnclosing(LambdaExpressionTree.class, MethodTree.class);
          boolean returnsCode =
              enclosing instanceof LambdaExpressionTree lambda
                  ? slots.returnsCode(lambda, state)
                  : enclosing instanceof MethodTree method
                      && slots.holdsKind(getSymbol(method), state);
          return returnsCode ? ImmutableList.of(value) : slots.choiceGivingCode(value, state);
        }
      };

  /**
   * The body of an expression lambda implementing a method that returns a code: {@code () -> 695};
   * of any other, a choice giving a code ({@code (r, err) -> err != null ? codeOf(err) : -2}).
   */
  public static final ContextReader<LambdaExpressionTree> LAMBDA =
      new ContextReader<>() {
        @Override
        public boolean mayMeet(LambdaExpressionTree tree, Predicate<ExpressionTree> worthJudging) {
          return tree.getBody() instanceof ExpressionTree body && worthJudging.test(body);
        }

        @Override
        ImmutableList<ExpressionTree> read(
            LambdaExpressionTree tree, CodeContexts slots, VisitorState state) {
          if (!(tree.getBody() instanceof ExpressionTree body) || !slots.worthJudging(body)) {
            return ImmutableList.of();
          }
          return slots.returnsCode(tree, state)
              ? ImmutableList.of(body)
              : slots.choiceGivingCode(body, state);
        }
      };

  /** The operand of {@code ==} or {@code !=} whose other operand holds a code. */
  public static final ContextReader<BinaryTree> COMPARISON =
      new ContextReader<>() {
        @Override
        public boolean mayMeet(BinaryTree tree, Predicate<ExpressionTree> worthJudging) {
          return isEquality(tree)
              && (worthJudging.test(tree.getLeftOperand())
                  || worthJudging.test(tree.getRightOperand()));
        }

        @Override
        ImmutableList<ExpressionTree> read(
            BinaryTree tree, CodeContexts slots, VisitorState state) {
          return isEquality(tree)
              ? slots.compared(tree.getLeftOperand(), tree.getRightOperand(), state)
              : ImmutableList.of();
        }

        @Override
        public ExpressionTree counterpart(
            BinaryTree tree, ExpressionTree side, CodeContexts slots) {
          return side == tree.getRightOperand() ? tree.getLeftOperand() : tree.getRightOperand();
        }
      };

  /** Every label of the cases of a switch statement on a code. */
  public static final ContextReader<SwitchTree> SWITCH =
      new SwitchReader<>(SwitchTree::getExpression, SwitchTree::getCases);

  /** Every label of the cases of a switch expression on a code. */
  public static final ContextReader<SwitchExpressionTree> SWITCH_EXPRESSION =
      new SwitchReader<>(SwitchExpressionTree::getExpression, SwitchExpressionTree::getCases);

  /** A switch of either form: its labels meet the selector's slot, and are compared with it. */
  private static final class SwitchReader<S extends Tree> extends ContextReader<S> {
    private final Function<S, ExpressionTree> selector;
    private final Function<S, List<? extends CaseTree>> cases;

    SwitchReader(
        Function<S, ExpressionTree> selector, Function<S, List<? extends CaseTree>> cases) {
      this.selector = selector;
      this.cases = cases;
    }

    /** A label, or a selector with a fallback ({@code switch (c != null ? c : 0)}). */
    @Override
    public boolean mayMeet(S tree, Predicate<ExpressionTree> worthJudging) {
      for (CaseTree caseTree : cases.apply(tree)) {
        if (anyPasses(CaseLabels.constants(caseTree), worthJudging)) {
          return true;
        }
      }
      ExpressionTree selected = selector.apply(tree);
      return CodeConstants.hasFallback(selected) && worthJudging.test(selected);
    }

    @Override
    ImmutableList<ExpressionTree> read(S tree, CodeContexts slots, VisitorState state) {
      return slots.labelsOf(selector.apply(tree), cases.apply(tree), state);
    }

    @Override
    public ExpressionTree counterpart(S tree, ExpressionTree side, CodeContexts slots) {
      return ASTHelpers.stripParentheses(selector.apply(tree));
    }
  }

  private static boolean isEquality(BinaryTree tree) {
    return tree.getKind() == Tree.Kind.EQUAL_TO || tree.getKind() == Tree.Kind.NOT_EQUAL_TO;
  }

  /** A value, or the elements it fills a collection with. */
  private static boolean valueMayMeet(
      ExpressionTree value, Predicate<ExpressionTree> worthJudging) {
    return worthJudging.test(value)
        || (CodeCollections.mayFill(value)
            && anyPasses(CodeCollections.elementsIn(value), worthJudging));
  }

  private static boolean anyPasses(
      List<? extends ExpressionTree> expressions, Predicate<ExpressionTree> worthJudging) {
    for (ExpressionTree expression : expressions) {
      if (worthJudging.test(expression)) {
        return true;
      }
    }
    return false;
  }
}
