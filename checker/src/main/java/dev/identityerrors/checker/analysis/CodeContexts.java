package dev.identityerrors.checker.analysis;

import static com.google.errorprone.util.ASTHelpers.getSymbol;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.identityerrors.checker.compat.CaseLabels;
import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.RecordComponentElement;
import org.jspecify.annotations.Nullable;

/**
 * The typed slots of one kind (Identity error codes, or HTTP statuses) with a cheap test of what is
 * worth judging in them: the questions the {@link ContextReader}s ask of a variable, a parameter, a
 * method, a collection or a comparison that a matched tree brings a value to. One instance per kind
 * and cheap test for the compilation ({@link CodeFacts}).
 */
public final class CodeContexts {
  private final KindInference typed;
  private final Predicate<ExpressionTree> worthJudging;
  private final KnownNames names;

  /** The last tree read and what it meets ({@link ContextReader#meeting}). */
  private @Nullable Tree lastRead;

  private ImmutableList<ExpressionTree> lastMeeting = ImmutableList.of();

  /**
   * @param typed what the slots hold
   * @param worthJudging a cheap test of an expression meeting a slot, which spares the symbol
   *     look-ups for the many expressions no check would report
   */
  CodeContexts(KindInference typed, Predicate<ExpressionTree> worthJudging, KnownNames names) {
    this.typed = typed;
    this.worthJudging = worthJudging;
    this.names = names;
  }

  @Nullable ImmutableList<ExpressionTree> remembered(Tree tree) {
    return tree == lastRead ? lastMeeting : null;
  }

  void remember(Tree tree, ImmutableList<ExpressionTree> meeting) {
    lastRead = tree;
    lastMeeting = meeting;
  }

  boolean worthJudging(ExpressionTree expression) {
    return worthJudging.test(expression);
  }

  boolean holdsKind(@Nullable Symbol declaration, VisitorState state) {
    return typed.holdsKind(declaration, state);
  }

  /**
   * A value given to a variable that holds a code, or the elements it fills a collection of codes
   * with.
   */
  ImmutableList<ExpressionTree> assignedTo(
      @Nullable Symbol variable, ExpressionTree value, VisitorState state) {
    if (worthJudging.test(value)) {
      return typed.holdsKind(variable, state)
          ? ImmutableList.of(value)
          : choiceGivingCode(value, state);
    }
    if (CodeCollections.mayFill(value) && isCodeCollection(variable, state)) {
      return worthJudged(CodeCollections.elementsIn(value));
    }
    return ImmutableList.of();
  }

  /**
   * The values given to an element of an annotation, one or an array of them as Java lets either be
   * written ({@code @RetryOn({657, 695})}, or the element's {@code default}), where the element
   * declares a code, or where a test library's annotation feeds them to a test's code parameter
   * ({@code @ValueSource(ints = {657, 695})} on {@code retries(@IdentityErrorCode int code)}).
   *
   * @param annotated the method the annotation is on, or null where it is on no method
   */
  ImmutableList<ExpressionTree> givenToElement(
      MethodSymbol element,
      ExpressionTree value,
      @Nullable MethodSymbol annotated,
      VisitorState state) {
    boolean codes =
        typed.declaresKind(element)
            || (annotated != null
                && !annotated.getParameters().isEmpty()
                && TestLibraries.feedsFirstParameter(element)
                && typed.holdsKind(annotated.getParameters().get(0), state));
    if (!codes) {
      return ImmutableList.of();
    }
    return value instanceof NewArrayTree array && array.getInitializers() != null
        ? worthJudged(array.getInitializers())
        : worthJudged(List.of(value));
  }

  /** A value written into an element of an array of codes ({@code codes[0] = 657}). */
  ImmutableList<ExpressionTree> elementAssigned(
      ExpressionTree array, ExpressionTree value, VisitorState state) {
    if (!worthJudging.test(value)) {
      return ImmutableList.of();
    }
    return isCodeCollection(CodeCollections.variableOf(array), state)
        ? ImmutableList.of(value)
        : choiceGivingCode(value, state);
  }

  /**
   * A choice that gives a code meets a code itself, wherever it stands: {@code d.getCode() == null
   * ? 7 : d.getCode()} passed to any method, returned from any lambda or method, or assigned to any
   * variable, has its constants judged as a code's slot would. Asked where the slot is no code's (a
   * slot that is one judges the value anyway); empty when the value is no choice giving a code.
   */
  ImmutableList<ExpressionTree> choiceGivingCode(ExpressionTree value, VisitorState state) {
    return worthJudging.test(value)
            && CodeConstants.hasFallback(value)
            && typed.isOfKind(value, state)
        ? ImmutableList.of(value)
        : ImmutableList.of();
  }

  /**
   * A collection of numbers that holds codes. The type test first: it spares the flows of a unit
   * for the many collections of other things.
   */
  private boolean isCodeCollection(@Nullable Symbol variable, VisitorState state) {
    return variable != null
        && CodeCollections.holdsNumbers(variable.type, names)
        && typed.isCodeCollection(variable, state);
  }

  private ImmutableList<ExpressionTree> worthJudged(List<? extends ExpressionTree> expressions) {
    ImmutableList.Builder<ExpressionTree> judged = ImmutableList.builder();
    for (ExpressionTree expression : expressions) {
      if (worthJudging.test(expression)) {
        judged.add(expression);
      }
    }
    return judged.build();
  }

  /**
   * Arguments for code parameters of a method; the elements a call adds to or asks of a collection
   * of codes; the operands of a call that is a comparison ({@link #comparedBy}).
   */
  ImmutableList<ExpressionTree> inCall(MethodInvocationTree tree, VisitorState state) {
    if (!(getSymbol(tree.getMethodSelect()) instanceof MethodSymbol method)) {
      return ImmutableList.of();
    }
    Comparisons.Compared comparison = Comparisons.compared(tree, method, names);
    if (comparison != null) {
      if (!comparison.several()) {
        return compared(comparison.subject(), comparison.others().get(0), state);
      }
      return typed.isOfKind(comparison.subject(), state)
          ? worthJudged(comparison.others())
          : ImmutableList.of();
    }
    if (names.mayTouchCollection(method)) {
      ImmutableList<ExpressionTree> inCollection = inCollectionCall(tree, method, state);
      if (!inCollection.isEmpty()) {
        return inCollection;
      }
    }
    return inArguments(method, tree.getArguments(), CodeConstants.passedOn(tree), state);
  }

  /**
   * In a call on a collection of codes: the elements it adds ({@code RETRYABLE.add(2135)}) or the
   * constant it asks for ({@code MESSAGES.get(657)}); in a query with a code of a collection
   * written in place ({@code Set.of(2153, 2135).contains(code)}), its elements. Empty otherwise.
   */
  private ImmutableList<ExpressionTree> inCollectionCall(
      MethodInvocationTree call, MethodSymbol method, VisitorState state) {
    List<ExpressionTree> added = CodeCollections.addedBy(call, method);
    if (!added.isEmpty()) {
      return isCodeCollection(CodeCollections.variableOf(ASTHelpers.getReceiver(call)), state)
          ? worthJudged(added)
          : ImmutableList.of();
    }
    ExpressionTree queried = CodeCollections.queried(call, method);
    if (queried == null) {
      return ImmutableList.of();
    }
    List<ExpressionTree> keys = ElementMeetings.keysOf(call, method, names);
    VarSymbol collection = CodeCollections.variableOf(queried);
    if (collection != null) {
      return isCodeCollection(collection, state) ? worthJudged(keys) : ImmutableList.of();
    }
    if (CodeCollections.mayFill(queried)) {
      for (ExpressionTree key : keys) {
        if (typed.isOfKind(key, state)) {
          return worthJudged(CodeCollections.elementsIn(queried));
        }
      }
    }
    // A collection given back by a call whose signature says it holds codes, as a variable's
    // slot does: byUser.get(login).contains(code).
    return queried instanceof MethodInvocationTree given && typed.holdsCodeElements(given, state)
        ? worthJudged(keys)
        : ImmutableList.of();
  }

  /** What a call compares, or null where it is no comparison ({@link Comparisons}). */
  Comparisons.@Nullable Compared comparedBy(MethodInvocationTree call) {
    return Comparisons.compared(call, names);
  }

  /**
   * The arguments passed for code parameters of the method or constructor, and the other arguments
   * that are choices giving a code ({@link #choiceGivingCode}) but the one the call gives back
   * ({@code passedOn}: {@code Integer.valueOf(choice)} is judged where the call's value goes).
   */
  ImmutableList<ExpressionTree> inArguments(
      @Nullable MethodSymbol method,
      List<? extends ExpressionTree> arguments,
      @Nullable ExpressionTree passedOn,
      VisitorState state) {
    if (method == null) {
      return ImmutableList.of();
    }
    List<VarSymbol> parameters = method.getParameters();
    ImmutableList.Builder<ExpressionTree> meeting = null;
    for (int i = 0; i < arguments.size() && !parameters.isEmpty(); i++) {
      int index = Math.min(i, parameters.size() - 1);
      if (index < i && !method.isVarArgs()) {
        break;
      }
      ExpressionTree argument = arguments.get(i);
      if (worthJudging.test(argument)
          && (isCodeParameter(method, index, state)
              || (argument != passedOn && !choiceGivingCode(argument, state).isEmpty()))) {
        if (meeting == null) {
          meeting = ImmutableList.builder();
        }
        meeting.add(argument);
      }
    }
    return meeting == null ? ImmutableList.of() : meeting.build();
  }

  private boolean isCodeParameter(MethodSymbol method, int index, VisitorState state) {
    if (typed.holdsKind(method.getParameters().get(index), state)) {
      return true;
    }
    // The parameters of a record's implicit canonical constructor may not carry the annotations of
    // the components they come from: ask the component.
    if (method.isConstructor()
        && method.owner instanceof ClassSymbol owner
        && ASTHelpers.isRecord(owner)) {
      List<? extends RecordComponentElement> components = owner.getRecordComponents();
      if (components.size() == method.getParameters().size()) {
        return typed.declaresKind((Symbol) components.get(index));
      }
    }
    return false;
  }

  /** Whether the lambda implements a method that returns a code. */
  boolean returnsCode(LambdaExpressionTree lambda, VisitorState state) {
    MethodSymbol implemented = Trees.implementedBy(lambda, state.getTypes());
    return implemented != null && typed.declaresKind(implemented);
  }

  /**
   * Each operand compared with a code; and an operand that is a code with a fallback ({@code (c !=
   * null ? c : 0) == USER_DOES_NOT_EXIST}, {@code requireNonNullElse(c, 0)}, {@code orElse(0)}),
   * whose fallback meets a code as it would if it were assigned.
   */
  ImmutableList<ExpressionTree> compared(
      ExpressionTree left, ExpressionTree right, VisitorState state) {
    // The common case first, in the order that asks the least: a number compared with a code.
    boolean rightWorth = worthJudging.test(right);
    if (rightWorth && typed.isOfKind(left, state)) {
      return CodeConstants.hasFallback(left) && worthJudging.test(left)
          ? ImmutableList.of(right, left)
          : ImmutableList.of(right);
    }
    boolean leftWorth = worthJudging.test(left);
    if (leftWorth && typed.isOfKind(right, state)) {
      return rightWorth && CodeConstants.hasFallback(right)
          ? ImmutableList.of(left, right)
          : ImmutableList.of(left);
    }
    // A choice compared with a constant that names a code gives one: each of its results meets a
    // code ((p.getCode() != null ? p.getCode() : p.getStatus()) == USER_DOES_NOT_EXIST).
    if (leftWorth && CodeConstants.hasFallback(left) && typed.namesKind(right)) {
      return ImmutableList.of(left);
    }
    if (rightWorth && CodeConstants.hasFallback(right) && typed.namesKind(left)) {
      return ImmutableList.of(right);
    }
    // Compared with no code, a code with a fallback still meets one itself. (A side whose type was
    // asked above is no code.)
    if (leftWorth
        && !rightWorth
        && CodeConstants.hasFallback(left)
        && typed.isOfKind(left, state)) {
      return ImmutableList.of(left);
    }
    if (rightWorth
        && !leftWorth
        && CodeConstants.hasFallback(right)
        && typed.isOfKind(right, state)) {
      return ImmutableList.of(right);
    }
    return ImmutableList.of();
  }

  /** Every label of the cases of a switch (statement or expression) on a code. */
  ImmutableList<ExpressionTree> labelsOf(
      ExpressionTree selector, List<? extends CaseTree> cases, VisitorState state) {
    if (!typed.isOfKind(selector, state)) {
      // A choice switched on with a label that names a code gives one, as compared with it.
      if (CodeConstants.hasFallback(selector) && worthJudging.test(selector)) {
        for (CaseTree caseTree : cases) {
          for (ExpressionTree label : CaseLabels.constants(caseTree)) {
            if (typed.namesKind(label)) {
              return ImmutableList.of(selector);
            }
          }
        }
      }
      return ImmutableList.of();
    }
    ImmutableList.Builder<ExpressionTree> labels = ImmutableList.builder();
    if (CodeConstants.hasFallback(selector) && worthJudging.test(selector)) {
      // switch (c != null ? c : 0): the fallback meets the code.
      labels.add(selector);
    }
    for (CaseTree caseTree : cases) {
      for (ExpressionTree label : CaseLabels.constants(caseTree)) {
        if (worthJudging.test(label)) {
          labels.add(label);
        }
      }
    }
    return labels.build();
  }
}
