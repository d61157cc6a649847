package dev.identityerrors.checker.analysis;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import dev.identityerrors.checker.analysis.OpenQuestions.Held;
import dev.identityerrors.checker.analysis.TypeSlots.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * What the slots of generic holders hold ({@link TypeSlots}), read from signatures: a local or a
 * private field of a generic type (or an array, or a holder of one int or long) holds codes in a
 * slot when everything its unit puts there is a code or a catalogue constant, one at least a code,
 * and it never escapes; what a method declared to return that slot's type variable gives back is
 * then a code, as is a lambda's parameter handed it. A slot is a path down type arguments ({@link
 * TypeSlots.Path}): the values of a map's entries, the lists of a map of lists.
 *
 * <p>The container semantics the inference is given: whether a value put in is a code is the
 * inference's question ({@link Values}), asked back through the one cycle policy both share ({@link
 * OpenQuestions}).
 */
final class HolderSlots {
  /** How deep one expression may nest before the answer is "not a code". */
  private static final int MAX_DEPTH = 64;

  /** What the inference answers of the values a holder is given. */
  interface Values {
    /**
     * Values put in a slot: each a value of the kind, a constant of the kind or {@code null}; YES
     * where one at least is of the kind, ASSUMED where none is but none is known not to be.
     */
    Held putIn(List<ExpressionTree> values, VisitorState state, int depth);

    /** What a method (a reference's) gives back. */
    Held returnedBy(MethodSymbol method, VisitorState state, int depth);
  }

  /** The question of what one slot of a variable's type holds. */
  private record SlotQuestion(VarSymbol variable, Path slot) {}

  private final OpenQuestions questions;
  private final FlowIndex flowIndex;
  private final KnownNames names;
  private final com.sun.tools.javac.code.Types types;
  private final Values judge;

  HolderSlots(
      OpenQuestions questions,
      FlowIndex flowIndex,
      KnownNames names,
      com.sun.tools.javac.code.Types types,
      Values judge) {
    this.questions = questions;
    this.flowIndex = flowIndex;
    this.names = names;
    this.types = types;
    this.judge = judge;
  }

  /**
   * Whether the call gives back what a holder of codes holds: a method declared to return its
   * class's type variable ({@code first()}, {@code get(k)}, {@code poll()}, {@code join()}, {@code
   * next()}) on a receiver whose slot for that variable holds codes, or one returning its own type
   * variable made only from codes ({@code Collections.max(codes)}).
   */
  Held readFromSlot(MethodInvocationTree call, MethodSymbol method, VisitorState state, int depth) {
    if (method.type == null) {
      return Held.NO;
    }
    Type declared = method.type.getReturnType();
    ExpressionTree receiver = method.isStatic() ? null : ASTHelpers.getReceiver(call);
    if (receiver != null && names.isPrimitiveHolder(ASTHelpers.getType(receiver))) {
      PrimitiveHolders.Use use = PrimitiveHolders.useOf(method);
      return use != null && use.reads()
          ? yesOrAssumed(holdsAt(receiver, Path.of(0), state, depth + 1))
          : Held.NO;
    }
    if (declared == null || !declared.hasTag(TypeTag.TYPEVAR)) {
      return Held.NO;
    }
    return variableHoldsCodes(method, call, declared, Path.SELF, state, depth);
  }

  /**
   * Whether a type variable of a called method's signature stands for codes at that call (or, at
   * {@code rest}, for holders of codes): one of the method's own, made only from codes by the
   * arguments that give it; one of its class, what the receiver holds in that slot.
   */
  private Held variableHoldsCodes(
      MethodSymbol method,
      MethodInvocationTree call,
      Type variable,
      Path rest,
      VisitorState state,
      int depth) {
    if (variable.tsym.owner == method) {
      return yesOrAssumed(madeFrom(method, call.getArguments(), variable, rest, state, depth));
    }
    ExpressionTree receiver = method.isStatic() ? null : ASTHelpers.getReceiver(call);
    if (receiver == null) {
      return Held.NO;
    }
    int slot = TypeSlots.slotOf(ASTHelpers.getType(receiver), variable, types);
    return slot < 0 ? Held.NO : yesOrAssumed(holdsAt(receiver, rest.under(slot), state, depth + 1));
  }

  /**
   * What is read out of a slot: a code where it holds codes, assumed where that rests on a question
   * under way (a holder fed what is read out of it: {@code seen.add(seen.get(0))}), else no. A slot
   * that is filled with nothing holds no code.
   */
  Held yesOrAssumed(Held slot) {
    return slot == Held.ASSUMED && !questions.restsOnOpenQuestion() ? Held.NO : slot;
  }

  /** The index of the lambda's parameter, or -1. */
  static int parameterIndex(LambdaExpressionTree lambda, VarSymbol parameter) {
    for (int i = 0; i < lambda.getParameters().size(); i++) {
      if (ASTHelpers.getSymbol(lambda.getParameters().get(i)) == parameter) {
        return i;
      }
    }
    return -1;
  }

  /**
   * What the slot of an expression's type holds: YES codes, NO something else or unknown, ASSUMED
   * nothing yet (an empty holder, {@code null}) or what rests on a slot being inferred further up.
   * At {@link Path#SELF}, the expression as a value put in a holder ({@link Values#putIn}).
   */
  Held holdsAt(ExpressionTree expression, Path slot, VisitorState state, int depth) {
    if (depth > MAX_DEPTH) {
      return questions.tooDeep();
    }
    if (slot.isSelf()) {
      return judge.putIn(List.of(expression), state, depth);
    }
    if (slot.tooDeep() || slot.head() < 0) {
      return Held.NO;
    }
    ExpressionTree tree = Trees.stripParensAndCasts(expression);
    switch (tree.getKind()) {
      case NULL_LITERAL:
        return Held.ASSUMED;
      case IDENTIFIER:
      case MEMBER_SELECT:
        return ASTHelpers.getSymbol(tree) instanceof VarSymbol variable
            ? slotOfVariable(variable, slot, state, depth)
            : Held.NO;
      case CONDITIONAL_EXPRESSION:
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) tree;
        return join(
            holdsAt(conditional.getTrueExpression(), slot, state, depth + 1),
            holdsAt(conditional.getFalseExpression(), slot, state, depth + 1));
      case NEW_CLASS:
        MethodSymbol constructor = Trees.constructorCalled((NewClassTree) tree);
        if (constructor == null) {
          return Held.NO;
        }
        if (names.isPrimitiveHolder(constructor.owner.type)) {
          return slot.equals(Path.of(0))
              ? primitivePut(constructor, ((NewClassTree) tree).getArguments(), state, depth)
              : Held.NO;
        }
        Type variable = TypeSlots.variableAt(constructor.owner.type, slot.head());
        return variable == null
            ? Held.NO
            : madeFrom(
                constructor,
                ((NewClassTree) tree).getArguments(),
                variable,
                slot.tail(),
                state,
                depth);
      case METHOD_INVOCATION:
        return callHolds((MethodInvocationTree) tree, slot, state, depth);
      case LAMBDA_EXPRESSION:
      case MEMBER_REFERENCE:
        return functionMakes(tree, slot, state, depth);
      case NEW_ARRAY:
        // {a, b} or new int[] {a, b}: its elements; new int[n]'s zeros are no value chosen.
        if (slot.head() != 0) {
          return Held.NO;
        }
        List<? extends ExpressionTree> elements = ((NewArrayTree) tree).getInitializers();
        return elements == null
            ? Held.ASSUMED
            : valuesAt(new ArrayList<>(elements), slot.tail(), state, depth);
      default:
        return Held.NO;
    }
  }

  /**
   * A function kept as a holder ({@code Supplier<Integer> s = () -> p.getCode()}): what it makes,
   * where its type's single abstract method returns the slot's type variable.
   */
  private Held functionMakes(ExpressionTree function, Path slot, VisitorState state, int depth) {
    Type type = ASTHelpers.getType(function);
    if (names.isPrimitiveHolder(type)) {
      // A function giving an int or a long (IntSupplier, ToIntFunction): its one value is what it
      // returns.
      return slot.equals(Path.of(0)) ? functionResult(function, Path.SELF, state, depth) : Held.NO;
    }
    MethodSymbol method = TypeSlots.functionOf(type, types);
    Type variable = TypeSlots.variableAt(type, slot.head());
    if (method == null || variable == null) {
      return Held.NO;
    }
    Type result = TypeSlots.resultOf(type.tsym.type, method, types);
    if (!TypeSlots.isVariable(TypeSlots.upper(result), variable)) {
      return Held.NO;
    }
    return functionResult(function, slot.tail(), state, depth);
  }

  /**
   * What a function written in place gives back (at {@code rest}, what that holds): an expression
   * lambda's body, or what the method a reference names returns; NO for any other (a block lambda,
   * a function held elsewhere, a reference's holder).
   */
  private Held functionResult(ExpressionTree function, Path rest, VisitorState state, int depth) {
    ExpressionTree tree = Trees.stripParensAndCasts(function);
    if (tree instanceof LambdaExpressionTree lambda
        && lambda.getBody() instanceof ExpressionTree body) {
      return holdsAt(body, rest, state, depth + 1);
    }
    return rest.isSelf()
            && tree instanceof MemberReferenceTree
            && ASTHelpers.getSymbol((Tree) tree) instanceof MethodSymbol referred
        ? judge.returnedBy(referred, state, depth + 1)
        : Held.NO;
  }

  /**
   * What a slot of a call's result holds, by the called method's signature: a type variable of the
   * method's own is made from the arguments that give it; one of its class is what the receiver
   * holds in the matching slot, with the arguments that give it ({@code thenApply} makes a new
   * {@code U}; {@code subList}, {@code whenComplete} keep the receiver's {@code E}, {@code T}). A
   * path into the result's type follows its type arguments to the variable it reaches ({@code
   * entrySet()}'s {@code Set<Map.Entry<K, V>>} at {@code [0, 1]} is the map's {@code V}), and a
   * method returning a variable of its class gives back what the receiver holds there ({@code
   * next()} of an iterator over entries, at {@code [1]}, is the entries' values).
   */
  private Held callHolds(MethodInvocationTree call, Path slot, VisitorState state, int depth) {
    if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)
        || method.type == null) {
      return Held.NO;
    }
    Type returned = method.type.getReturnType();
    if (returned != null && returned.hasTag(TypeTag.TYPEVAR) && returned.tsym.owner == method) {
      return wholeMadeFrom(method, call.getArguments(), returned, slot, state, depth);
    }
    TypeSlots.Reached reached =
        returned != null && returned.hasTag(TypeTag.TYPEVAR)
            ? new TypeSlots.Reached(returned, slot)
            : TypeSlots.reach(returned, slot);
    if (reached == null) {
      return Held.NO;
    }
    Type variable = reached.variable();
    Held made = madeFrom(method, call.getArguments(), variable, reached.rest(), state, depth);
    if (variable.tsym.owner == method || made == Held.NO) {
      return made;
    }
    ExpressionTree receiver = method.isStatic() ? null : ASTHelpers.getReceiver(call);
    if (receiver == null) {
      return Held.NO;
    }
    int receiverSlot = TypeSlots.slotOf(ASTHelpers.getType(receiver), variable, types);
    return receiverSlot < 0
        ? Held.NO
        : join(made, holdsAt(receiver, reached.rest().under(receiverSlot), state, depth + 1));
  }

  /**
   * A slot of what a method returns when it returns a type variable of its own whole ({@code <R> R
   * collect(Collector<? super T, A, R>)}, {@code <T> T requireNonNull(T)}): that slot of each
   * argument declared that variable, and, for an argument that holds it ({@code Collector<.., R>}),
   * that slot of what the argument's own signature puts there ({@code groupingBy(Rejected::code,
   * counting())} is a {@code Collector<T, ?, Map<K, D>>} whose {@code K} its classifier makes).
   * Anything else the variable is given by: NO.
   */
  private Held wholeMadeFrom(
      MethodSymbol method,
      List<? extends ExpressionTree> arguments,
      Type variable,
      Path slot,
      VisitorState state,
      int depth) {
    List<Type> parameters = method.type.getParameterTypes();
    if (method.isVarArgs() || parameters.size() != arguments.size()) {
      return Held.NO;
    }
    // Null until an argument gives the variable: a method none of whose arguments does gives NO.
    Held answer = null;
    for (int i = 0; i < arguments.size(); i++) {
      Type parameter = parameters.get(i);
      Held given =
          switch (TypeSlots.roleOf(parameter, variable, types)) {
            case NONE, HANDED -> null;
            case VALUE -> holdsAt(arguments.get(i), slot, state, depth + 1);
            case HOLDER ->
                heldWithin(
                    arguments.get(i), TypeSlots.slotIn(parameter, variable), slot, state, depth);
            case MADE, OTHER -> Held.NO;
          };
      if (given == Held.NO) {
        return Held.NO;
      }
      if (given != null) {
        answer = answer == null ? given : join(answer, given);
      }
    }
    return answer == null ? Held.NO : answer;
  }

  /**
   * What slot {@code inner} of the type at slot {@code outer} of a call's result holds, where the
   * called method's signature makes it one of its own type variables ({@code K} of {@code
   * Collector<T, ?, Map<K, D>>}): what its arguments put in that variable. NO for any other.
   */
  private Held heldWithin(
      ExpressionTree expression, int outer, Path inner, VisitorState state, int depth) {
    if (!(Trees.stripParensAndCasts(expression) instanceof MethodInvocationTree call)
        || !(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)
        || method.type == null
        || outer < 0) {
      return Held.NO;
    }
    TypeSlots.Reached reached = TypeSlots.reach(method.type.getReturnType(), inner.under(outer));
    return reached != null
            && reached.variable().tsym.owner == method
            && reached.rest().steps().size() < inner.steps().size()
        ? madeFrom(
            method, call.getArguments(), reached.variable(), reached.rest(), state, depth + 1)
        : Held.NO;
  }

  /**
   * What the arguments of a call put in a type variable, read from the declared parameters: a value
   * of it ({@code add(E)}, {@code Set.of(E...)}), what a function makes of it ({@code
   * supplyAsync(() -> code)}, the result of a {@code computeIfAbsent} lambda) or what a holder of
   * it holds ({@code addAll(Collection<? extends E>)}); a function only handed values ({@code
   * removeIf}) puts nothing in, and any other mention (a method reference's block, an array) makes
   * it unknown.
   */
  private Held madeFrom(
      MethodSymbol method,
      List<? extends ExpressionTree> arguments,
      Type variable,
      Path rest,
      VisitorState state,
      int depth) {
    List<Type> parameters = method.type.getParameterTypes();
    if (parameters.isEmpty()) {
      return Held.ASSUMED;
    }
    List<ExpressionTree> values = new ArrayList<>();
    Held answer = Held.ASSUMED;
    for (int i = 0; i < arguments.size(); i++) {
      int index = Math.min(i, parameters.size() - 1);
      if (index < i && !method.isVarArgs()) {
        break;
      }
      Type parameter = parameters.get(index);
      ExpressionTree argument = arguments.get(i);
      if (method.isVarArgs()
          && index == parameters.size() - 1
          && parameter instanceof Type.ArrayType array) {
        if (arguments.size() == parameters.size()
            && ASTHelpers.getType(argument) instanceof Type.ArrayType) {
          // An array passed for the varargs: its elements, where it is written in place.
          if (TypeSlots.isVariable(TypeSlots.upper(array.elemtype), variable)) {
            List<ExpressionTree> elements = CodeCollections.elementsIn(argument);
            if (elements.isEmpty()) {
              return Held.NO;
            }
            answer = join(answer, valuesAt(elements, rest, state, depth));
          }
          continue;
        }
        parameter = array.elemtype;
      }
      switch (TypeSlots.roleOf(parameter, variable, types)) {
        case NONE -> {}
        case HANDED -> {
          if (!rest.isSelf()) {
            // Handed holders (entrySet().forEach(e -> e.setValue(v))) may be filled.
            answer = join(answer, putByHanded(argument, parameter, variable, rest, state, depth));
          }
        }
        case VALUE -> {
          if (rest.isSelf()) {
            values.add(argument);
          } else {
            answer = join(answer, holdsAt(argument, rest, state, depth + 1));
          }
        }
        case MADE -> answer = join(answer, functionResult(argument, rest, state, depth));
        case HOLDER -> {
          Type held = TypeSlots.variableAt(parameter, TypeSlots.slotIn(parameter, variable));
          int argumentSlot =
              held == null ? -1 : TypeSlots.slotOf(ASTHelpers.getType(argument), held, types);
          answer =
              argumentSlot < 0
                  ? Held.NO
                  : join(answer, holdsAt(argument, rest.under(argumentSlot), state, depth + 1));
        }
        case OTHER -> {
          return Held.NO;
        }
      }
      if (answer == Held.NO) {
        return Held.NO;
      }
    }
    return values.isEmpty() ? answer : join(answer, judge.putIn(values, state, depth));
  }

  /** Values put in a slot, or, at a path below it, what they hold there. */
  private Held valuesAt(List<ExpressionTree> values, Path rest, VisitorState state, int depth) {
    if (rest.isSelf()) {
      return judge.putIn(values, state, depth);
    }
    Held answer = Held.ASSUMED;
    for (ExpressionTree value : values) {
      answer = join(answer, holdsAt(value, rest, state, depth + 1));
      if (answer == Held.NO) {
        return Held.NO;
      }
    }
    return answer;
  }

  /** Both: NO if either is, else YES if either is, else ASSUMED. */
  static Held join(Held a, Held b) {
    if (a == Held.NO || b == Held.NO) {
      return Held.NO;
    }
    return a == Held.YES || b == Held.YES ? Held.YES : Held.ASSUMED;
  }

  /**
   * A slot of a local or private field's type: what every assignment and every use in its unit puts
   * in it ({@link #putBy}); unknown where it escapes. A for-each variable also holds what the slot
   * of the iterated holder's elements holds ({@code for (var e : map.entrySet())}), and a lambda's
   * parameter what it is handed ({@link #handedFromSlot}).
   */
  Held slotOfVariable(VarSymbol variable, Path slot, VisitorState state, int depth) {
    if (slot.tooDeep() || !mayHoldCodesAt(variable.type, slot)) {
      return Held.NO;
    }
    boolean parameter = variable.getKind() == ElementKind.PARAMETER;
    if (!parameter && !assignedOnlyInItsUnit(variable)) {
      return Held.NO;
    }
    return questions.ask(
        new SlotQuestion(variable, slot),
        Held.ASSUMED,
        () ->
            parameter
                ? handedSlot(variable, slot, state, depth)
                : slotFilled(variable, slot, state, depth));
  }

  /** What every assignment to the variable and every use of it puts in that slot. */
  private Held slotFilled(VarSymbol variable, Path slot, VisitorState state, int depth) {
    ValueFlows flows = flowIndex.flowsOf(variable, state);
    if (flows == null) {
      return Held.NO;
    }
    ExpressionTree iterated = flows.iteratedBy(variable);
    List<ExpressionTree> values =
        iterated != null ? flows.writtenTo(variable) : flows.assignedTo(variable);
    if (values == null) {
      return Held.NO;
    }
    Held answer =
        iterated == null ? Held.ASSUMED : holdsAt(iterated, slot.under(0), state, depth + 1);
    for (ExpressionTree value : values) {
      answer = join(answer, holdsAt(value, slot, state, depth + 1));
      if (answer == Held.NO) {
        return Held.NO;
      }
    }
    return join(answer, putByReads(variable, flows, slot, state, depth));
  }

  /** What the uses of a variable put in a slot of its type ({@link #putBy}). */
  private Held putByReads(
      VarSymbol variable, ValueFlows flows, Path slot, VisitorState state, int depth) {
    Held answer = Held.ASSUMED;
    for (HolderUses.Read read : flows.holders().readsOf(variable)) {
      answer = join(answer, putBy(read.tree(), read.ancestors(), 0, slot, state, depth + 1));
      if (answer == Held.NO) {
        return Held.NO;
      }
    }
    return answer;
  }

  /**
   * A slot of a lambda parameter's type: what the function it is passed as is handed there ({@code
   * map.entrySet().stream().anyMatch(e -> e.getValue() == ..)}), with what the lambda assigns it.
   */
  private Held handedSlot(VarSymbol parameter, Path slot, VisitorState state, int depth) {
    ValueFlows flows = flowIndex.flowsOf(parameter, state);
    if (flows == null || flows.lambdaOf(parameter) == null) {
      return Held.NO;
    }
    List<ExpressionTree> assigned = flows.assignedTo(parameter);
    if (assigned == null) {
      return Held.NO;
    }
    HolderUses.LambdaArgument passed = flows.holders().lambdaArgumentOf(parameter);
    Held answer = passed == null ? Held.NO : handedFromSlot(parameter, passed, slot, state, depth);
    for (ExpressionTree value : assigned) {
      answer = join(answer, holdsAt(value, slot, state, depth + 1));
    }
    return answer;
  }

  /**
   * Whether that slot of the type can hold a code: along the path, type arguments (or an array's
   * elements) down to one that can be a code, or the one value of a holder of an int or long
   * ({@link PrimitiveHolders}).
   */
  private boolean mayHoldCodesAt(@Nullable Type type, Path slot) {
    if (slot.isSelf()) {
      return names.mayHoldCode(type);
    }
    if (names.isPrimitiveHolder(type)) {
      return slot.equals(Path.of(0)) && TypeSlots.mayHoldCodes(type, names);
    }
    if (type instanceof Type.ArrayType array) {
      return slot.head() == 0 && mayHoldCodesAt(array.elemtype, slot.tail());
    }
    return type instanceof Type.ClassType
        && slot.head() < type.getTypeArguments().size()
        && mayHoldCodesAt(TypeSlots.upper(type.getTypeArguments().get(slot.head())), slot.tail());
  }

  /**
   * What a call does to a holder of one int or long, by {@link PrimitiveHolders}' table: the
   * argument it puts in, ASSUMED where it puts none, NO where it changes the value unknown ways.
   */
  private Held primitivePut(
      MethodSymbol method,
      List<? extends ExpressionTree> arguments,
      VisitorState state,
      int depth) {
    PrimitiveHolders.Use use = PrimitiveHolders.useOf(method);
    if (use == null) {
      return Held.NO;
    }
    int put = use.put();
    if (put < 0) {
      return Held.ASSUMED;
    }
    return put < arguments.size()
        ? judge.putIn(List.of(arguments.get(put)), state, depth)
        : Held.NO;
  }

  /**
   * What one use of a holder puts in the slot: a call on it, by its signature ({@link #madeFrom}),
   * and the calls on a view it returns over the same slot ({@code entrySet()}, {@code iterator()},
   * {@code subList(..)}); nothing where it is iterated or compared. Any other use lets it escape
   * (passed, returned, aliased, a field of it written): NO.
   */
  private Held putBy(
      Tree read, List<Tree> ancestors, int at, Path slot, VisitorState state, int depth) {
    if (depth > MAX_DEPTH) {
      return questions.tooDeep();
    }
    Tree used = read;
    int parentAt = at;
    while (parentAt < ancestors.size() && ancestors.get(parentAt) instanceof ParenthesizedTree) {
      used = ancestors.get(parentAt++);
    }
    Tree parent = parentAt < ancestors.size() ? ancestors.get(parentAt) : null;
    if (parent instanceof ExpressionStatementTree) {
      return Held.ASSUMED; // a view made and dropped
    }
    if (parent instanceof EnhancedForLoopTree loop && loop.getExpression() == used) {
      // Each element read; elements that are holders in turn may be filled through the variable.
      return slot.tail().isSelf()
          ? Held.ASSUMED
          : elementsFilled(ASTHelpers.getSymbol(loop.getVariable()), slot.tail(), state, depth);
    }
    if (parent instanceof MethodInvocationTree call
        && slot.tail().isSelf()
        && call.getArguments().contains(used)
        && ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol callee
        && readOnlyAt(
            callee, call.getArguments().indexOf(used), (ExpressionTree) used, slot.head())) {
      // Passed where the type system lets nothing in: Collections.max(Collection<? extends T>).
      return Held.ASSUMED;
    }
    if (parent instanceof VariableTree view && view.getInitializer() == used) {
      // A view kept in a local (Iterator<Integer> it = codes.iterator()): what its uses put in.
      VarSymbol local = ASTHelpers.getSymbol(view);
      if (local == null || local.getKind() != ElementKind.LOCAL_VARIABLE) {
        return Held.NO;
      }
      ValueFlows flows = flowIndex.flowsOf(local, state);
      return flows == null || !TypeSlots.mayHoldCodes(local.type, names)
          ? Held.NO
          : putByReads(local, flows, slot, state, depth);
    }
    if (parent instanceof BinaryTree comparison
        && (comparison.getKind() == Tree.Kind.EQUAL_TO
            || comparison.getKind() == Tree.Kind.NOT_EQUAL_TO)) {
      return Held.ASSUMED;
    }
    if (parent instanceof ArrayAccessTree access && access.getExpression() == used) {
      // An element written (held[0] = v) puts v in; read, nothing, unless it holds what the path
      // goes on into; changed in place, unknown.
      Tree above = parentAt + 1 < ancestors.size() ? ancestors.get(parentAt + 1) : null;
      if (slot.head() != 0) {
        return Held.NO;
      }
      if (above instanceof AssignmentTree assignment && assignment.getVariable() == access) {
        return holdsAt(assignment.getExpression(), slot.tail(), state, depth + 1);
      }
      if (above instanceof CompoundAssignmentTree || above instanceof UnaryTree) {
        return Held.NO;
      }
      return slot.tail().isSelf()
          ? Held.ASSUMED
          : putBy(access, ancestors, parentAt + 1, slot.tail(), state, depth + 1);
    }
    if (parent instanceof MemberSelectTree length
        && ASTHelpers.getType((ExpressionTree) used) instanceof Type.ArrayType
        && length.getIdentifier().contentEquals("length")) {
      return Held.ASSUMED;
    }
    if (!(parent instanceof MemberSelectTree select)
        || parentAt + 1 >= ancestors.size()
        || !(ancestors.get(parentAt + 1) instanceof MethodInvocationTree call)
        || call.getMethodSelect() != select
        || !(ASTHelpers.getSymbol(select) instanceof MethodSymbol method)
        || method.type == null) {
      return Held.NO;
    }
    Type holderType = ASTHelpers.getType((ExpressionTree) used);
    if (names.isPrimitiveHolder(holderType)) {
      return primitivePut(method, call.getArguments(), state, depth);
    }
    Type variable = null;
    if (method.owner.type != null) {
      for (Type candidate : method.owner.type.getTypeArguments()) {
        if (TypeSlots.slotOf(holderType, candidate, types) == slot.head()) {
          variable = candidate;
        }
      }
    }
    if (variable == null) {
      return Held.ASSUMED; // a method of a class that fixes the slot's type: it cannot fill it
    }
    Path rest = slot.tail();
    PassThroughCall passThrough =
        PassThroughCall.mayPassArgumentOn(call)
            ? PassThroughCall.of(method, call.getArguments())
            : null;
    // A fallback given back instead of what the holder holds (getOrDefault(k, 0)) is not put in.
    Held answer =
        passThrough != null && passThrough.givesWhatReceiverHolds()
            ? Held.ASSUMED
            : madeFrom(method, call.getArguments(), variable, rest, state, depth);
    Type result = method.type.getReturnType();
    if (answer == Held.NO || result == null) {
      return answer;
    }
    if (TypeSlots.isVariable(result, variable)) {
      // What the slot holds, given back (get, next()): a holder in turn where the
      // path goes on, filled through what is done with it.
      return rest.isSelf()
          ? answer
          : join(answer, putBy(call, ancestors, parentAt + 2, rest, state, depth + 1));
    }
    if (!(result instanceof Type.ClassType) || !result.isParameterized()) {
      return answer;
    }
    Path view = TypeSlots.pathIn(result, variable);
    if (view != null) {
      // A view over the same slot (iterator(), entrySet(), firstEntry()):
      // what is put in through it goes into the holder.
      return join(answer, putBy(call, ancestors, parentAt + 2, view.then(rest), state, depth + 1));
    }
    return TypeSlots.roleOf(result, variable, types) == TypeSlots.Role.NONE ? answer : Held.NO;
  }

  /**
   * What the uses of a for-each variable put in the slot of its type the path goes on into: each
   * element of a holder of holders ({@code for (var e : map.entrySet()) e.setValue(v)}).
   */
  private Held elementsFilled(@Nullable Symbol element, Path slot, VisitorState state, int depth) {
    if (!(element instanceof VarSymbol variable)) {
      return Held.NO;
    }
    ValueFlows flows = flowIndex.flowsOf(variable, state);
    return flows == null || !flows.writtenTo(variable).isEmpty()
        ? Held.NO
        : putByReads(variable, flows, slot, state, depth);
  }

  /**
   * What a function handed holders of a slot ({@code Consumer<? super T>} where {@code T} holds
   * codes further down) puts in them: a lambda written there, by the uses of each parameter it is
   * handed them in; anything else may fill them unseen.
   */
  private Held putByHanded(
      ExpressionTree argument,
      Type parameter,
      Type variable,
      Path rest,
      VisitorState state,
      int depth) {
    MethodSymbol function = TypeSlots.functionOf(parameter, types);
    if (function == null
        || !(Trees.stripParensAndCasts(argument) instanceof LambdaExpressionTree lambda)) {
      return Held.NO;
    }
    Held answer = Held.ASSUMED;
    for (int i = 0; i < lambda.getParameters().size(); i++) {
      Type handed = TypeSlots.parameterOf(parameter, function, i, types);
      Type handedVariable = handed instanceof Type.WildcardType wildcard ? wildcard.type : handed;
      if (TypeSlots.isVariable(handedVariable, variable)) {
        answer =
            join(
                answer,
                elementsFilled(
                    ASTHelpers.getSymbol(lambda.getParameters().get(i)), rest, state, depth));
      }
    }
    return answer;
  }

  /**
   * A local variable or a private field: one whose every assignment, and every call on it, is in
   * the unit the flows read (a holder's or a map's contents are known from there).
   */
  static boolean assignedOnlyInItsUnit(Symbol variable) {
    return switch (variable.getKind()) {
      case LOCAL_VARIABLE -> true;
      case FIELD -> (variable.flags() & Flags.PRIVATE) != 0;
      default -> false;
    };
  }

  /**
   * Whether the parameter an argument is passed for lets nothing into the argument's slot: its type
   * argument there is {@code ? extends} something or {@code ?} ({@code Collection<? extends T>}),
   * so that the method can only read what the holder holds.
   */
  private boolean readOnlyAt(MethodSymbol method, int index, ExpressionTree argument, int slot) {
    List<Type> parameters = method.type == null ? List.of() : method.type.getParameterTypes();
    if (index < 0
        || index >= parameters.size()
        || (method.isVarArgs() && index == parameters.size() - 1)) {
      return false;
    }
    Type parameter = parameters.get(index);
    Type held = TypeSlots.variableAt(ASTHelpers.getType(argument), slot);
    if (!(parameter instanceof Type.ClassType) || held == null) {
      return false;
    }
    for (int i = 0; i < parameter.getTypeArguments().size(); i++) {
      Type variable = TypeSlots.variableAt(parameter, i);
      if (variable != null
          && TypeSlots.slotOf(ASTHelpers.getType(argument), variable, types) == slot) {
        return parameter.getTypeArguments().get(i) instanceof Type.WildcardType wildcard
            && wildcard.isExtendsBound();
      }
    }
    return false;
  }

  /**
   * Whether a lambda's parameter is handed what a holder of codes holds: the lambda is passed for a
   * function whose parameter there is the holder's type variable ({@code codes.removeIf(c -> ..)},
   * {@code future.thenAccept(c -> ..)}, {@code map.forEach((k, v) -> ..)}), read from the called
   * method's signature.
   */
  Held handedFromSlot(
      VarSymbol parameter,
      HolderUses.LambdaArgument passed,
      Path rest,
      VisitorState state,
      int depth) {
    if (!(ASTHelpers.getSymbol(passed.call().getMethodSelect()) instanceof MethodSymbol method)
        || method.type == null) {
      return Held.NO;
    }
    List<Type> parameters = method.type.getParameterTypes();
    if (passed.index() >= parameters.size()) {
      return Held.NO;
    }
    Type functionType = parameters.get(passed.index());
    MethodSymbol function = TypeSlots.functionOf(functionType, types);
    int at = parameterIndex(passed.lambda(), parameter);
    Type handed =
        function == null ? null : TypeSlots.parameterOf(functionType, function, at, types);
    Type variable = handed instanceof Type.WildcardType wildcard ? wildcard.type : handed;
    if (variable == null || !variable.hasTag(TypeTag.TYPEVAR)) {
      return Held.NO;
    }
    return handedVariable(
        method, passed.call(), variable, passed.passedTo(), 0, rest, state, depth);
  }

  /**
   * What a type variable of a called method's signature stands for where a lambda is handed it:
   * {@link #variableHoldsCodes}, or, for a variable of the method's own that its arguments put
   * nothing in ({@code partitioningBy}'s {@code T}, handed only to its predicate), what the call
   * its result is passed to hands that slot: {@code collect(Collector<? super T, A, R>)} hands a
   * collector its stream's elements, {@code groupingBy(.., Collector<? super T, A, D>)} its own.
   */
  private Held handedVariable(
      MethodSymbol method,
      MethodInvocationTree call,
      Type variable,
      List<HolderUses.Passed> passedTo,
      int at,
      Path rest,
      VisitorState state,
      int depth) {
    if (variable.tsym.owner != method || at >= passedTo.size()) {
      return variableHoldsCodes(method, call, variable, rest, state, depth);
    }
    Held made = madeFrom(method, call.getArguments(), variable, rest, state, depth);
    HolderUses.Passed outer = passedTo.get(at);
    if (made != Held.ASSUMED
        || method.type == null
        || !(ASTHelpers.getSymbol(outer.call().getMethodSelect()) instanceof MethodSymbol taker)
        || taker.type == null
        || outer.index() >= taker.type.getParameterTypes().size()) {
      return yesOrAssumed(made);
    }
    int slot = TypeSlots.slotIn(method.type.getReturnType(), variable);
    Type handed =
        slot < 0
            ? null
            : TypeSlots.handedAt(taker.type.getParameterTypes().get(outer.index()), slot);
    return handed == null
        ? yesOrAssumed(made)
        : handedVariable(taker, outer.call(), handed, passedTo, at + 1, rest, state, depth + 1);
  }
}
