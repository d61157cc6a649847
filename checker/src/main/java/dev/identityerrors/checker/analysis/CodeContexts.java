package dev.identityerrors.checker.analysis;

import static com.google.errorprone.util.ASTHelpers.getSymbol;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
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
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.util.Name;
import dev.identityerrors.checker.compat.CaseLabels;
import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.RecordComponentElement;

/**
 * Finds the expressions that meet a typed slot (an Identity error code, or an HTTP status) in each
 * context the checks judge: initialisers of and assignments to annotated variables, arguments for
 * annotated parameters, returns from annotated methods, the other operand of {@code ==} and {@code
 * !=}, and the {@code case} labels of a switch on the slot.
 */
public final class CodeContexts {
  private final CodeTypedExpressions typed;
  private final Predicate<ExpressionTree> worthJudging;
  private final KnownNames names;

  /**
   * @param typed what the slots hold
   * @param worthJudging a cheap test of an expression meeting a slot, which spares the symbol
   *     look-ups for the many expressions no check would report
   */
  CodeContexts(
      CodeTypedExpressions typed, Predicate<ExpressionTree> worthJudging, KnownNames names) {
    this.typed = typed;
    this.worthJudging = worthJudging;
    this.names = names;
  }

  /**
   * The last tree asked about and its answer: Error Prone hands each tree to every check in turn,
   * and the checks that share these slots (ErrorCodeLiteral and UnknownErrorCode) ask the same.
   */
  private Tree lastMatched;

  private ImmutableList<ExpressionTree> lastMeeting;

  /** What the matched tree brings to a slot, in whichever of the contexts above it is. */
  public ImmutableList<ExpressionTree> meeting(Tree matched, VisitorState state) {
    if (matched != lastMatched) {
      lastMeeting = find(matched, state);
      lastMatched = matched;
    }
    return lastMeeting;
  }

  private ImmutableList<ExpressionTree> find(Tree matched, VisitorState state) {
    if (matched instanceof VariableTree variable) {
      return inVariable(variable, state);
    }
    if (matched instanceof AssignmentTree assignment) {
      return inAssignment(assignment, state);
    }
    if (matched instanceof MethodInvocationTree call) {
      return inCall(call, state);
    }
    if (matched instanceof NewClassTree newClass) {
      return inNewClass(newClass, state);
    }
    if (matched instanceof ReturnTree returnTree) {
      return inReturn(returnTree, state);
    }
    if (matched instanceof BinaryTree binary) {
      return inComparison(binary, state);
    }
    if (matched instanceof LambdaExpressionTree lambda) {
      return inLambda(lambda, state);
    }
    if (matched instanceof SwitchTree switchTree) {
      return inSwitch(switchTree.getExpression(), switchTree.getCases(), state);
    }
    if (matched instanceof SwitchExpressionTree switchExpression) {
      return inSwitch(switchExpression.getExpression(), switchExpression.getCases(), state);
    }
    return ImmutableList.of();
  }

  /**
   * Whether any operand that {@link #meeting} could return passes the cheap test: the test before
   * any analysis, so that trees that cannot meet a slot cost almost nothing.
   */
  public static boolean mayMeet(Tree matched, Predicate<ExpressionTree> worthJudging) {
    if (matched instanceof VariableTree variable) {
      return variable.getInitializer() != null && mayMeet(variable.getInitializer(), worthJudging);
    }
    if (matched instanceof AssignmentTree assignment) {
      return mayMeet(assignment.getExpression(), worthJudging);
    }
    if (matched instanceof MethodInvocationTree call) {
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      return anyPasses(call.getArguments(), worthJudging)
          || (receiver != null && worthJudging.test(receiver))
          || anyPasses(CodeCollections.writtenIn(call), worthJudging);
    }
    if (matched instanceof NewClassTree newClass) {
      return anyPasses(newClass.getArguments(), worthJudging);
    }
    if (matched instanceof ReturnTree returnTree) {
      return returnTree.getExpression() != null && worthJudging.test(returnTree.getExpression());
    }
    if (matched instanceof BinaryTree binary) {
      return (binary.getKind() == Tree.Kind.EQUAL_TO || binary.getKind() == Tree.Kind.NOT_EQUAL_TO)
          && (worthJudging.test(binary.getLeftOperand())
              || worthJudging.test(binary.getRightOperand()));
    }
    if (matched instanceof LambdaExpressionTree lambda) {
      return lambda.getBody() instanceof ExpressionTree body && worthJudging.test(body);
    }
    if (matched instanceof SwitchTree switchTree) {
      return anyLabelPasses(switchTree.getCases(), worthJudging)
          || selectorWithFallback(switchTree.getExpression(), worthJudging);
    }
    if (matched instanceof SwitchExpressionTree switchExpression) {
      return anyLabelPasses(switchExpression.getCases(), worthJudging)
          || selectorWithFallback(switchExpression.getExpression(), worthJudging);
    }
    return false;
  }

  private static boolean selectorWithFallback(
      ExpressionTree selector, Predicate<ExpressionTree> worthJudging) {
    return CodeConstants.hasFallback(selector) && worthJudging.test(selector);
  }

  /** A value, or the elements it fills a collection with. */
  private static boolean mayMeet(ExpressionTree value, Predicate<ExpressionTree> worthJudging) {
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

  private static boolean anyLabelPasses(
      List<? extends CaseTree> cases, Predicate<ExpressionTree> worthJudging) {
    for (CaseTree caseTree : cases) {
      if (anyPasses(CaseLabels.constants(caseTree), worthJudging)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The initialiser of an annotated variable or field; the elements filling a collection of codes
   * ({@code Set<Integer> RETRYABLE = Set.of(2153, 2135)}).
   */
  public ImmutableList<ExpressionTree> inVariable(VariableTree tree, VisitorState state) {
    ExpressionTree initializer = tree.getInitializer();
    return initializer == null
        ? ImmutableList.of()
        : assignedTo(getSymbol(tree), initializer, state);
  }

  /** The value assigned to an annotated variable or field, or the elements of a collection. */
  public ImmutableList<ExpressionTree> inAssignment(AssignmentTree tree, VisitorState state) {
    return assignedTo(getSymbol(tree.getVariable()), tree.getExpression(), state);
  }

  private ImmutableList<ExpressionTree> assignedTo(
      Symbol variable, ExpressionTree value, VisitorState state) {
    if (worthJudging.test(value)) {
      return typed.holdsCode(variable, state) ? ImmutableList.of(value) : ImmutableList.of();
    }
    if (CodeCollections.mayFill(value) && isCodeCollection(variable, state)) {
      return worthJudged(CodeCollections.elementsIn(value));
    }
    return ImmutableList.of();
  }

  /**
   * A collection of numbers that holds codes. The type test first: it spares the flows of a unit
   * for the many collections of other things.
   */
  private boolean isCodeCollection(Symbol variable, VisitorState state) {
    return variable != null
        && CodeCollections.holdsNumbers(variable.type, names)
        && typed.isCodeCollection(variable, state);
  }

  private ImmutableList<ExpressionTree> worthJudged(List<ExpressionTree> expressions) {
    ImmutableList.Builder<ExpressionTree> judged = ImmutableList.builder();
    for (ExpressionTree expression : expressions) {
      if (worthJudging.test(expression)) {
        judged.add(expression);
      }
    }
    return judged.build();
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
    List<ExpressionTree> keys = CodeCollections.keysOf(call, method);
    VarSymbol collection = CodeCollections.variableOf(queried);
    if (collection != null) {
      return isCodeCollection(collection, state) ? worthJudged(keys) : ImmutableList.of();
    }
    if (!CodeCollections.mayFill(queried)) {
      return ImmutableList.of();
    }
    for (ExpressionTree key : keys) {
      if (typed.isCodeTyped(key, state)) {
        return worthJudged(CodeCollections.elementsIn(queried));
      }
    }
    return ImmutableList.of();
  }

  /**
   * Arguments for code parameters of a method; and the operands of the calls that are comparisons
   * too: {@code Objects.equals(a, b)}, {@code a.equals(b)} and {@code Integer.compare(a, b)}, in
   * either order.
   */
  public ImmutableList<ExpressionTree> inCall(MethodInvocationTree tree, VisitorState state) {
    if (!(getSymbol(tree.getMethodSelect()) instanceof MethodSymbol method)) {
      return ImmutableList.of();
    }
    ExpressionTree[] operands = comparedOperands(tree, method);
    if (operands != null) {
      return compared(operands[0], operands[1], state);
    }
    if (names.mayTouchCollection(method)) {
      ImmutableList<ExpressionTree> inCollection = inCollectionCall(tree, method, state);
      if (!inCollection.isEmpty()) {
        return inCollection;
      }
    }
    return inArguments(method, tree.getArguments(), state);
  }

  /** The two operands a call compares, or null where it is no comparison. */
  private ExpressionTree[] comparedOperands(MethodInvocationTree call, MethodSymbol method) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    Name name = method.getSimpleName();
    if (name != names.equals() && name != names.compare()) {
      return null;
    }
    Name owner = method.owner.getQualifiedName();
    if (method.isStatic() && arguments.size() == 2) {
      if ((name == names.equals() && owner == names.objects())
          || (name == names.compare()
              && (owner == names.integer() || owner == names.longClass()))) {
        return new ExpressionTree[] {arguments.get(0), arguments.get(1)};
      }
      return null;
    }
    if (!method.isStatic() && name == names.equals() && arguments.size() == 1) {
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      return receiver == null ? null : new ExpressionTree[] {receiver, arguments.get(0)};
    }
    return null;
  }

  /**
   * The expression that {@code side} is compared with in the matched comparison, {@code equals} or
   * {@code compare} call, or switch (its selector); else null.
   */
  public ExpressionTree counterpart(Tree matched, ExpressionTree side) {
    if (matched instanceof BinaryTree binary) {
      return side == binary.getRightOperand() ? binary.getLeftOperand() : binary.getRightOperand();
    }
    if (matched instanceof SwitchTree switchTree) {
      return ASTHelpers.stripParentheses(switchTree.getExpression());
    }
    if (matched instanceof SwitchExpressionTree switchExpression) {
      return ASTHelpers.stripParentheses(switchExpression.getExpression());
    }
    if (matched instanceof MethodInvocationTree call
        && getSymbol(call.getMethodSelect()) instanceof MethodSymbol method) {
      ExpressionTree[] operands = comparedOperands(call, method);
      if (operands != null) {
        return side == operands[0] ? operands[1] : operands[0];
      }
    }
    return null;
  }

  /**
   * Arguments for annotated parameters of a constructor, record canonical constructors included.
   */
  public ImmutableList<ExpressionTree> inNewClass(NewClassTree tree, VisitorState state) {
    return inArguments(Trees.constructorCalled(tree), tree.getArguments(), state);
  }

  private ImmutableList<ExpressionTree> inArguments(
      MethodSymbol method, List<? extends ExpressionTree> arguments, VisitorState state) {
    if (method == null || !anyPasses(arguments, worthJudging)) {
      return ImmutableList.of();
    }
    List<VarSymbol> parameters = method.getParameters();
    ImmutableList.Builder<ExpressionTree> meeting = ImmutableList.builder();
    for (int i = 0; i < arguments.size() && !parameters.isEmpty(); i++) {
      int index = Math.min(i, parameters.size() - 1);
      if (index < i && !method.isVarArgs()) {
        break;
      }
      ExpressionTree argument = arguments.get(i);
      if (worthJudging.test(argument) && isCodeParameter(method, index, state)) {
        meeting.add(argument);
      }
    }
    return meeting.build();
  }

  private boolean isCodeParameter(MethodSymbol method, int index, VisitorState state) {
    if (typed.holdsCode(method.getParameters().get(index), state)) {
      return true;
    }
    // The parameters of a record's implicit canonical constructor may not carry the annotations of
    // the components they come from: ask the component.
    if (method.isConstructor()
        && method.owner instanceof ClassSymbol owner
        && ASTHelpers.isRecord(owner)) {
      List<? extends RecordComponentElement> components = owner.getRecordComponents();
      if (components.size() == method.getParameters().size()) {
        return typed.declaresCode((Symbol) components.get(index));
      }
    }
    return false;
  }

  /**
   * The value returned from an annotated method, or from a lambda implementing one ({@code HasCode
   * h = () -> { return 695; }}).
   */
  public ImmutableList<ExpressionTree> inReturn(ReturnTree tree, VisitorState state) {
    if (tree.getExpression() == null || !worthJudging.test(tree.getExpression())) {
      return ImmutableList.of();
    }
    Tree enclosing = state.findEnclosing(LambdaExpressionTree.class, MethodTree.class);
    if (enclosing instanceof LambdaExpressionTree lambda) {
      return returnsCode(lambda, state)
          ? ImmutableList.of(tree.getExpression())
          : ImmutableList.of();
    }
    return enclosing instanceof MethodTree method && typed.holdsCode(getSymbol(method), state)
        ? ImmutableList.of(tree.getExpression())
        : ImmutableList.of();
  }

  /** The body of an expression lambda implementing an annotated method: {@code () -> 695}. */
  public ImmutableList<ExpressionTree> inLambda(LambdaExpressionTree tree, VisitorState state) {
    return tree.getBody() instanceof ExpressionTree body
            && worthJudging.test(body)
            && returnsCode(tree, state)
        ? ImmutableList.of(body)
        : ImmutableList.of();
  }

  private boolean returnsCode(LambdaExpressionTree lambda, VisitorState state) {
    MethodSymbol implemented = Trees.implementedBy(lambda, state.getTypes());
    return implemented != null && typed.declaresCode(implemented);
  }

  /** The operand of {@code ==} or {@code !=} whose other operand is typed. */
  public ImmutableList<ExpressionTree> inComparison(BinaryTree tree, VisitorState state) {
    if (tree.getKind() != Tree.Kind.EQUAL_TO && tree.getKind() != Tree.Kind.NOT_EQUAL_TO) {
      return ImmutableList.of();
    }
    return compared(tree.getLeftOperand(), tree.getRightOperand(), state);
  }

  /**
   * Each operand compared with a code; and an operand that is a code with a fallback ({@code (c !=
   * null ? c : 0) == USER_DOES_NOT_EXIST}, {@code requireNonNullElse(c, 0)}, {@code orElse(0)}),
   * whose fallback meets a code as it would if it were assigned.
   */
  private ImmutableList<ExpressionTree> compared(
      ExpressionTree left, ExpressionTree right, VisitorState state) {
    // The common case first, in the order that asks the least: a number compared with a code.
    boolean rightWorth = worthJudging.test(right);
    if (rightWorth && typed.isCodeTyped(left, state)) {
      return CodeConstants.hasFallback(left) && worthJudging.test(left)
          ? ImmutableList.of(right, left)
          : ImmutableList.of(right);
    }
    boolean leftWorth = worthJudging.test(left);
    if (leftWorth && typed.isCodeTyped(right, state)) {
      return rightWorth && CodeConstants.hasFallback(right)
          ? ImmutableList.of(left, right)
          : ImmutableList.of(left);
    }
    // Compared with no code, a code with a fallback still meets one itself. (A side whose type was
    // asked above is no code.)
    if (leftWorth
        && !rightWorth
        && CodeConstants.hasFallback(left)
        && typed.isCodeTyped(left, state)) {
      return ImmutableList.of(left);
    }
    if (rightWorth
        && !leftWorth
        && CodeConstants.hasFallback(right)
        && typed.isCodeTyped(right, state)) {
      return ImmutableList.of(right);
    }
    return ImmutableList.of();
  }

  /** Every label of the cases of a switch (statement or expression) on a typed selector. */
  public ImmutableList<ExpressionTree> inSwitch(
      ExpressionTree selector, List<? extends CaseTree> cases, VisitorState state) {
    if (!typed.isCodeTyped(selector, state)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<ExpressionTree> labels = ImmutableList.builder();
    if (selectorWithFallback(selector, worthJudging)) {
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
