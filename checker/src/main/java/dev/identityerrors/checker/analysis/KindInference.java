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
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.util.Name;
import dev.identityerrors.checker.analysis.OpenQuestions.Held;
import dev.identityerrors.checker.analysis.TypeSlots.Path;
import dev.identityerrors.checker.compat.ErrorProneApi;
import dev.identityerrors.checker.compat.PatternTrees;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import org.jspecify.annotations.Nullable;

/**
 * Answers "does this expression (or declaration) hold a LUSID Identity error code?", or, built by
 * {@link #heldBy}, another kind of value such as an HTTP status: declared, or inferred from what
 * flows into it.
 *
 * <p>Declared: reads of declarations annotated {@code @IdentityErrorCode} (or overriding an
 * annotated method) and of configured sources such as the SDK's problem details.
 *
 * <p>Inferred, the way client code moves codes: through parentheses, casts, boxing, {@code
 * Objects.requireNonNull(Else)} and {@code Optional}; a conditional or switch expression whose
 * every result is a code or a constant; a local, a private or final field, a parameter of a private
 * method, or a method, whose every assigned (passed, returned) value in the compilation is a code
 * or an acceptable constant (for codes: a catalogue code); a pattern binding of a code or of an
 * annotated record component. Conservative: one value of another kind and it is not a code.
 *
 * <p>One instance per compilation per kind ({@link CodeFacts}); answers are cached per symbol.
 * Cycles (recursion, {@code a = b; b = a;}) end: a symbol whose inference is under way counts as
 * "assumed", and an answer that rests on an assumption of another symbol is not cached.
 */
public final class KindInference {
  /** How deep one expression may nest before the answer is "not a code". */
  private static final int MAX_DEPTH = 64;

  private final CodeSources sources;
  private final boolean annotated;

  /**
   * What a join accepts beside values of this kind where the constant put in is not judged where it
   * is written (a generic holder's constructor or factory argument, a map's value, {@code
   * Stream.of}): only a constant of this kind (a catalogue code), so that no typo is taken in
   * silently.
   */
  private final LongPredicate unjudgedConstantOk;

  /**
   * What every other join accepts beside values of this kind ({@code ?:}, switch expressions,
   * fallbacks, locals, fields, a helper's returns, a parameter's arguments): any constant, each
   * judged where it is written, as docs/analysis.md states the rule.
   */
  private static final LongPredicate ANY_CONSTANT = KindInference::anyConstant;

  private static boolean anyConstant(long constant) {
    return true;
  }

  /**
   * The constants that say by their name that they are of this kind: the catalogue's, for codes.
   */
  private final Predicate<Symbol> namedOfKind;

  /**
   * Methods whose value is of this shape but known not to be of this kind: another FINBOURNE
   * service's codes, beside Identity's.
   */
  private final Predicate<MethodSymbol> othersOfKind;

  private final FlowIndex flowIndex;
  private final com.sun.tools.javac.code.Types types;

  /**
   * Declarations of another kind, never inferred to be of this one: a variable annotated
   * {@code @IdentityErrorCode} but assigned a status is reported where it is assigned, not again at
   * each use as a status.
   */
  private final @Nullable KindInference otherKind;

  private final KnownNames names;

  private final IdentityHashMap<Symbol, Boolean> declarations = new IdentityHashMap<>();

  /**
   * Every question this inference asks itself, under one cycle policy: a symbol's kind (the symbol
   * is the question), and the questions of {@link Asked} about a collection, a map, a holder
   * variable or one slot of a variable's type.
   */
  private final OpenQuestions questions = new OpenQuestions();

  /** A question about a symbol other than its own kind. */
  private record Asked(Question question, Symbol subject, Path slot) {}

  private enum Question {
    /** Whether a collection's elements (a map's keys) are codes. */
    CODE_COLLECTION,
    /** Whether every value of a variable is a holder of codes. */
    HOLDER_VARIABLE,
    /** What one slot of a variable's type holds. */
    SLOT
  }

  private KindInference(
      CodeSources sources,
      boolean annotated,
      LongPredicate unjudgedConstantOk,
      Predicate<Symbol> namedOfKind,
      Predicate<MethodSymbol> othersOfKind,
      @Nullable KindInference otherKind,
      VisitorState state) {
    this.sources = sources;
    this.othersOfKind = othersOfKind;
    this.namedOfKind = namedOfKind;
    this.otherKind = otherKind;
    this.annotated = annotated;
    this.unjudgedConstantOk = unjudgedConstantOk;
    this.flowIndex = FlowIndex.instance(state);
    this.names = KnownNames.instance(state);
    this.types = state.getTypes();
  }

  /**
   * Identity error codes: {@code @IdentityErrorCode} declarations and the given sources; a
   * catalogue constant ({@code IdentityErrorCodes.INVALID_REQUEST}) is a code by its name, so a
   * variable given only such constants holds one, where a bare number ({@code 157}) says nothing of
   * what it is.
   */
  static KindInference errorCodes(
      CodeSources sources,
      LongPredicate catalogueCode,
      Predicate<Symbol> catalogueConstant,
      Predicate<MethodSymbol> othersCode,
      VisitorState state) {
    return new KindInference(
        sources, true, catalogueCode, catalogueConstant, othersCode, null, state);
  }

  /** Another kind of value (HTTP statuses) that only the given sources hold. */
  static KindInference heldBy(
      CodeSources sources, LongPredicate acceptable, KindInference codes, VisitorState state) {
    return new KindInference(
        sources, false, acceptable, symbol -> false, method -> false, codes, state);
  }

  /** Whether the expression's value is of this kind. */
  public boolean isCodeTyped(ExpressionTree expression, VisitorState state) {
    return isCode(expression, state, 0) == Held.YES;
  }

  /**
   * Whether the declaration (variable, parameter, field, method) holds a value of this kind,
   * declared or inferred: the slots whose assigned values are judged.
   */
  public boolean holdsCode(@Nullable Symbol symbol, VisitorState state) {
    return symbol != null && holds(symbol, state, 0) == Held.YES;
  }

  /**
   * Whether the declaration itself says it holds a code: annotated, overriding an annotated method,
   * or a configured source.
   */
  public boolean declaresCode(Symbol symbol) {
    if (symbol == null) {
      return false;
    }
    Boolean answer = declarations.get(symbol);
    if (answer == null) {
      answer = computeDeclaresCode(symbol);
      declarations.put(symbol, answer);
    }
    return answer;
  }

  private boolean computeDeclaresCode(Symbol symbol) {
    if (isMarked(symbol)) {
      return true;
    }
    if (symbol instanceof VarSymbol parameter
        && parameter.getKind() == ElementKind.PARAMETER
        && parameter.owner instanceof MethodSymbol method
        && sources.mayTake(method)) {
      return takesOrIsHanded(method, parameter);
    }
    if (symbol instanceof MethodSymbol method && mayOverride(method)) {
      for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, types)) {
        if (isMarked(overridden)) {
          return true;
        }
      }
    }
    // A parameter of an override, where the method overridden annotates it: a listener's
    // on(String login, int code) implementing on(String login, @IdentityErrorCode int code).
    if (annotated
        && symbol instanceof VarSymbol parameter
        && names.mayHoldCode(parameter.type)
        && parameter.getKind() == ElementKind.PARAMETER
        && parameter.owner instanceof MethodSymbol method
        && mayOverride(method)) {
      int index = method.getParameters().indexOf(parameter);
      if (index >= 0) {
        for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, types)) {
          if (index < overridden.getParameters().size()
              && isMarked(overridden.getParameters().get(index))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean mayOverride(MethodSymbol method) {
    return !method.isStatic() && !method.isConstructor() && (method.flags() & Flags.PRIVATE) == 0;
  }

  /**
   * Whether the parameter is a taker's ({@code problem.setCode(657)}), or, in an override of a
   * taker, is handed the kind ({@code onFailure(ApiException e, int statusCode, ...)}).
   */
  private boolean takesOrIsHanded(MethodSymbol method, VarSymbol parameter) {
    if (sources.takes(method, parameter)) {
      return true;
    }
    if (method.isStatic() || method.isConstructor()) {
      return false;
    }
    for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, types)) {
      if (sources.takes(overridden, parameter)) {
        return true;
      }
    }
    return false;
  }

  private boolean isMarked(Symbol symbol) {
    return sources.contains(symbol) || (annotated && names.carriesCodeAnnotation(symbol));
  }

  private Held isCode(ExpressionTree expression, VisitorState state, int depth) {
    if (depth > MAX_DEPTH) {
      return questions.tooDeep();
    }
    ExpressionTree tree = Trees.stripParensAndCasts(expression);
    switch (tree.getKind()) {
      case METHOD_INVOCATION:
        return isCodeCall((MethodInvocationTree) tree, state, depth);
      case IDENTIFIER:
      case MEMBER_SELECT:
        Symbol symbol = ASTHelpers.getSymbol(tree);
        return symbol instanceof VarSymbol ? holds(symbol, state, depth + 1) : Held.NO;
      case ARRAY_ACCESS:
        // An element of an array of codes: codes[0] of @IdentityErrorCode int... codes.
        VarSymbol array = CodeCollections.variableOf(((ArrayAccessTree) tree).getExpression());
        return array != null && isCodeCollection(array, state, depth + 1) ? Held.YES : Held.NO;
      case ASSIGNMENT:
        // The value of (code = next.getCode()) is what was assigned.
        AssignmentTree assignment = (AssignmentTree) tree;
        return ASTHelpers.getSymbol(assignment.getVariable()) instanceof VarSymbol variable
                && holds(variable, state, depth + 1) == Held.YES
            ? Held.YES
            : isCode(assignment.getExpression(), state, depth + 1);
      case CONDITIONAL_EXPRESSION:
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) tree;
        return allOf(
            List.of(conditional.getTrueExpression(), conditional.getFalseExpression()),
            ANY_CONSTANT,
            state,
            depth);
      case SWITCH_EXPRESSION:
        return allOf(SwitchResults.of((SwitchExpressionTree) tree), ANY_CONSTANT, state, depth);
      default:
        return Held.NO;
    }
  }

  /**
   * Every value is of this kind, an acceptable constant or {@code null}, and at least one is of
   * this kind.
   */
  private Held allOf(
      @Nullable List<? extends ExpressionTree> values,
      LongPredicate constantOk,
      VisitorState state,
      int depth) {
    return allOf(values, constantOk, state, depth, Held.NO);
  }

  /** The same, with what to answer when no value is of this kind and none is assumed to be. */
  private Held allOf(
      @Nullable List<? extends ExpressionTree> values,
      LongPredicate constantOk,
      VisitorState state,
      int depth,
      Held whenNoneHeld) {
    if (values == null) {
      return Held.NO;
    }
    boolean held = false;
    boolean assumed = false;
    for (ExpressionTree value : values) {
      ExpressionTree tree = Trees.stripParensAndCasts(value);
      if (tree.getKind() == Tree.Kind.NULL_LITERAL) {
        continue;
      }
      Long constant = ErrorProneApi.integralConstant(tree);
      if (constant != null) {
        if (!constantOk.test(constant)) {
          return Held.NO;
        }
        held |= namesKind(tree);
        continue;
      }
      switch (isCode(tree, state, depth + 1)) {
        case YES -> held = true;
        case ASSUMED -> assumed = true;
        case NO -> {
          return Held.NO;
        }
      }
    }
    return held ? Held.YES : assumed ? Held.ASSUMED : whenNoneHeld;
  }

  /**
   * Whether the expression writes a constant of this kind where a value of another kind may be: a
   * constant named as one ({@link #namesKind}), or a number that is one and cannot read as the
   * other kind's ({@code readsAsOther}: a catalogue code from 100 to 599 reads as an HTTP status),
   * through parentheses, casts and the calls that give back an argument.
   */
  public boolean writesConstantOfKind(ExpressionTree expression, LongPredicate readsAsOther) {
    ExpressionTree value = CodeConstants.valueGivenBy(expression);
    if (namesKind(value)) {
      return true;
    }
    Long literal = CodeConstants.signedLiteral(value);
    return literal != null && !readsAsOther.test(literal) && unjudgedConstantOk.test(literal);
  }

  /** A constant named as one of this kind: {@code IdentityErrorCodes.INVALID_REQUEST}. */
  boolean namesKind(ExpressionTree expression) {
    ExpressionTree constant = Trees.stripParensAndCasts(expression);
    return (constant.getKind() == Tree.Kind.IDENTIFIER
            || constant.getKind() == Tree.Kind.MEMBER_SELECT)
        && namedOfKind.test(ASTHelpers.getSymbol(constant));
  }

  private Held isCodeCall(MethodInvocationTree call, VisitorState state, int depth) {
    if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)) {
      return Held.NO;
    }
    Name owner = method.owner.getQualifiedName();
    if (names.declaresPassThrough(owner)) {
      PassThroughCall passThrough = PassThroughCall.of(method, call.getArguments());
      return passThrough == null ? Held.NO : passedThrough(passThrough, call, state, depth);
    }
    Held fromMap = readFromMap(call, method, state, depth);
    if (fromMap != null) {
      return fromMap;
    }
    if (names.isHolder(owner)) {
      return Held.NO;
    }
    Held fromSlot = readFromSlot(call, method, state, depth);
    // What a slot under way holds is assumed, not asked of the method again.
    return fromSlot != Held.NO ? fromSlot : holds(method, state, depth + 1);
  }

  // Generic holders, read from signatures (TypeSlots): a slot of a holder's type holds codes when
  // everything put in it is a code or a catalogue constant, one at least a code, and the holder is
  // a local or a private field that never escapes; what a method declared to return that slot's
  // type variable gives back is then a code, as is a lambda's parameter handed it.

  /**
   * Whether the call gives back what a holder of codes holds: a method declared to return its
   * class's type variable ({@code first()}, {@code get(k)}, {@code poll()}, {@code join()}, {@code
   * next()}) on a receiver whose slot for that variable holds codes, or one returning its own type
   * variable made only from codes ({@code Collections.max(codes)}).
   */
  private Held readFromSlot(
      MethodInvocationTree call, MethodSymbol method, VisitorState state, int depth) {
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
  private Held yesOrAssumed(Held slot) {
    return slot == Held.ASSUMED && !questions.restsOnOpenQuestion() ? Held.NO : slot;
  }

  /** The index of the lambda's parameter, or -1. */
  private static int parameterIndex(LambdaExpressionTree lambda, VarSymbol parameter) {
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
   * At {@link Path#SELF}, the expression as a value put in a holder ({@link #valuesHeld}).
   */
  private Held holdsAt(ExpressionTree expression, Path slot, VisitorState state, int depth) {
    if (depth > MAX_DEPTH) {
      return questions.tooDeep();
    }
    if (slot.isSelf()) {
      return valuesHeld(List.of(expression), state, depth);
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
        ? holds(referred, state, depth + 1)
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
            // Handed holders ({@code entrySet().forEach(e -> e.setValue(v))}) may be filled.
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
    return values.isEmpty() ? answer : join(answer, valuesHeld(values, state, depth));
  }

  /**
   * Values put in a slot: codes or catalogue constants ({@code null} aside), one at least a code.
   */
  private Held valuesHeld(List<ExpressionTree> values, VisitorState state, int depth) {
    return allOf(values, unjudgedConstantOk, state, depth, Held.ASSUMED);
  }

  /** Values put in a slot, or, at a path below it, what they hold there. */
  private Held valuesAt(List<ExpressionTree> values, Path rest, VisitorState state, int depth) {
    if (rest.isSelf()) {
      return valuesHeld(values, state, depth);
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
  private static Held join(Held a, Held b) {
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
  private Held slotOfVariable(VarSymbol variable, Path slot, VisitorState state, int depth) {
    if (slot.tooDeep() || !mayHoldCodesAt(variable.type, slot)) {
      return Held.NO;
    }
    boolean parameter = variable.getKind() == ElementKind.PARAMETER;
    if (!parameter && !assignedOnlyInItsUnit(variable)) {
      return Held.NO;
    }
    return questions.ask(
        new Asked(Question.SLOT, variable, slot),
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
    Held answer = handedFromSlot(parameter, flows, slot, state, depth);
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
    return put < arguments.size() ? valuesHeld(List.of(arguments.get(put)), state, depth) : Held.NO;
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
      // What the slot holds, given back ({@code get}, {@code next()}): a holder in turn where the
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
      // A view over the same slot ({@code iterator()}, {@code entrySet()}, {@code firstEntry()}):
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
   * A value given back by a JDK call ({@link PassThroughCall}): what it is handed, with its
   * fallback where it has one. An argument and its fallback ({@code requireNonNullElse(c, 0)}) are
   * judged as the values of a conditional; an optional's value with its fallback ({@code
   * orElse(0)}, {@code orElseGet(() -> 0)}) as {@link #orElse}.
   */
  private Held passedThrough(
      PassThroughCall passThrough, MethodInvocationTree call, VisitorState state, int depth) {
    ExpressionTree given = passThrough.given(call);
    if (given == null) {
      return Held.NO;
    }
    if (!passThrough.hasFallback()) {
      return passThrough.givesWhatReceiverHolds()
          ? isCodeHolder(given, state, depth + 1)
          : isCode(given, state, depth + 1);
    }
    ExpressionTree fallback = passThrough.fallback(call);
    if (fallback == null) {
      return Held.NO;
    }
    return passThrough.givesWhatReceiverHolds()
        ? orElse(isCodeHolder(given, state, depth + 1), List.of(fallback), state, depth)
        : allOf(List.of(given, fallback), ANY_CONSTANT, state, depth);
  }

  /**
   * A value read out of a map of codes ({@code m.get(login)}, {@code getOrDefault}, {@code
   * remove}), or a key or value of one of its entries ({@code e.getKey()}, {@code e.getValue()});
   * null where the call reads no map or entry that this unit fills.
   */
  private @Nullable Held readFromMap(
      MethodInvocationTree call, MethodSymbol method, VisitorState state, int depth) {
    // A map or an entry has two type arguments: the test that rules out almost every call.
    ExpressionTree receiverTree = method.isStatic() ? null : ASTHelpers.getReceiver(call);
    if (!(receiverTree instanceof JCExpression typedReceiver)
        || typedReceiver.type == null
        || typedReceiver.type.getTypeArguments().size() != 2) {
      return null;
    }
    VarSymbol receiver = CodeCollections.variableOf(receiverTree);
    if (receiver == null) {
      return null;
    }
    List<? extends ExpressionTree> arguments = call.getArguments();
    String name = method.getSimpleName().toString();
    switch (name) {
      case "getOrDefault" -> {
        // The map's value (its slot, as for get) or the default, judged as a fallback.
        if (arguments.size() != 2
            || !MapKeys.mayHoldCodesAt(receiver.type, 1, names)
            || !isCodeValuedMap(receiver, state, depth)) {
          return null;
        }
        return orElse(Held.YES, arguments.subList(1, 2), state, depth);
      }
      case "getKey" -> {
        // A key of an entry of a map whose keys are a collection of codes (queried with codes).
        ValueFlows flows = flowIndex.flowsOf(receiver, state);
        Symbol map = flows == null ? null : flows.mapKeys().entryMapOf(receiver);
        return map != null && arguments.isEmpty() && isCodeCollection(map, state, depth + 1)
            ? Held.YES
            : null; // what its signature says it holds may still answer (readFromSlot)
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * Whether a map (a local, or a private field) holds codes in its values: its values' slot, as
   * every generic holder's ({@link #slotOfVariable}).
   */
  private boolean isCodeValuedMap(Symbol map, VisitorState state, int depth) {
    return map instanceof VarSymbol variable
        && slotOfVariable(variable, Path.of(1), state, depth + 1) == Held.YES;
  }

  /**
   * An optional's value or a fallback: a code when the optional holds one and the fallback is a
   * code or a constant.
   */
  private Held orElse(
      Held optional, List<? extends ExpressionTree> fallback, VisitorState state, int depth) {
    if (optional == Held.NO || fallback == null) {
      return Held.NO;
    }
    if (fallback.stream().allMatch(KindInference::isConstantOrNull)) {
      return optional;
    }
    Held other = allOf(fallback, ANY_CONSTANT, state, depth);
    if (other == Held.NO) {
      return Held.NO;
    }
    return optional == Held.YES || other == Held.YES ? Held.YES : Held.ASSUMED;
  }

  private static boolean isConstantOrNull(ExpressionTree expression) {
    ExpressionTree tree = Trees.stripParensAndCasts(expression);
    return tree.getKind() == Tree.Kind.NULL_LITERAL || ErrorProneApi.integralConstant(tree) != null;
  }

  /**
   * Whether the expression is a holder of codes: an {@code Optional} (or {@code OptionalInt}) of a
   * code, or a stream of codes ({@code Stream}, {@code IntStream}, {@code LongStream}). Made by
   * {@code Optional.of(code)}, {@code Stream.of(a, b)}, {@code codes.stream()} of a collection of
   * codes, a {@code map} with a function giving codes ({@code map(Problem::getCode)}); kept by
   * {@code filter}, {@code sorted}, {@code distinct}, {@code boxed}, ...; an optional again by
   * {@code findFirst}, {@code findAny}, {@code max}, {@code min}; and a local variable (or a
   * private field) every value of which is a holder of codes.
   */
  private Held isCodeHolder(ExpressionTree expression, VisitorState state, int depth) {
    if (depth > MAX_DEPTH) {
      return questions.tooDeep();
    }
    ExpressionTree tree = Trees.stripParensAndCasts(expression);
    if (tree.getKind() == Tree.Kind.IDENTIFIER || tree.getKind() == Tree.Kind.MEMBER_SELECT) {
      return ASTHelpers.getSymbol(tree) instanceof VarSymbol variable
          ? holderVariable(variable, state, depth)
          : Held.NO;
    }
    if (!(tree instanceof MethodInvocationTree call)
        || !(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)) {
      return Held.NO;
    }
    List<? extends ExpressionTree> arguments = call.getArguments();
    String name = method.getSimpleName().toString();
    if (!names.isHolder(method.owner.getQualifiedName())) {
      // A collection's stream: codes.stream(), Arrays.stream(codes).
      if (name.equals("stream") || name.equals("parallelStream")) {
        ExpressionTree collection =
            method.isStatic()
                ? (arguments.size() == 1 ? arguments.get(0) : null)
                : (arguments.isEmpty() ? ASTHelpers.getReceiver(call) : null);
        if (collection != null
            && Trees.stripParensAndCasts(collection) instanceof MethodInvocationTree view
            && view.getArguments().isEmpty()
            && ASTHelpers.getSymbol(view.getMethodSelect()) instanceof MethodSymbol viewMethod
            && viewMethod.getSimpleName().contentEquals("values")
            && MapKeys.mayHoldCodesAt(ASTHelpers.getType(ASTHelpers.getReceiver(view)), 1, names)) {
          // m.values().stream()
          VarSymbol map = CodeCollections.variableOf(ASTHelpers.getReceiver(view));
          return map != null && isCodeValuedMap(map, state, depth + 1) ? Held.YES : Held.NO;
        }
        VarSymbol variable = CodeCollections.variableOf(collection);
        return variable != null
                && CodeCollections.holdsNumbers(variable.type, names)
                && isCodeCollection(variable, state, depth + 1)
            ? Held.YES
            : Held.NO;
      }
      return Held.NO;
    }
    if (method.isStatic()) {
      // Stream.of(code, 80): the constants are not judged there, so only codes count.
      return switch (name) {
        case "of", "ofNullable" ->
            arguments.isEmpty() ? Held.NO : allOf(arguments, unjudgedConstantOk, state, depth);
        default -> Held.NO;
      };
    }
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    if (receiver == null) {
      return Held.NO;
    }
    return switch (name) {
      case "filter",
          "sorted",
          "distinct",
          "peek",
          "limit",
          "skip",
          "boxed",
          "takeWhile",
          "dropWhile",
          "parallel",
          "sequential",
          "unordered",
          "findFirst",
          "findAny",
          "max",
          "min" ->
          isCodeHolder(receiver, state, depth + 1);
      case "map", "mapToInt", "mapToLong", "mapToObj" ->
          arguments.size() == 1 ? isCodeFunction(arguments.get(0), state, depth) : Held.NO;
      default -> Held.NO;
    };
  }

  /** {@code null}, or an empty holder: {@code Optional.empty()}, {@code Stream.empty()}. */
  private boolean holdsNothing(ExpressionTree value) {
    ExpressionTree tree = Trees.stripParensAndCasts(value);
    return tree.getKind() == Tree.Kind.NULL_LITERAL
        || (tree instanceof MethodInvocationTree call
            && call.getArguments().isEmpty()
            && ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method
            && method.isStatic()
            && method.getSimpleName().contentEquals("empty")
            && names.isHolder(method.owner.getQualifiedName()));
  }

  /**
   * A local variable or a private field: one whose every assignment, and every call on it, is in
   * the unit the flows read (a holder's or a map's contents are known from there).
   */
  private static boolean assignedOnlyInItsUnit(Symbol variable) {
    return switch (variable.getKind()) {
      case LOCAL_VARIABLE -> true;
      case FIELD -> (variable.flags() & Flags.PRIVATE) != 0;
      default -> false;
    };
  }

  /** A local variable or a private field, each of whose values is a holder of codes. */
  private Held holderVariable(VarSymbol variable, VisitorState state, int depth) {
    if (!assignedOnlyInItsUnit(variable)
        || !names.isHolder(variable.type.tsym.getQualifiedName())) {
      return Held.NO;
    }
    return questions.ask(
        new Asked(Question.HOLDER_VARIABLE, variable, Path.SELF),
        Held.ASSUMED,
        () -> {
          ValueFlows flows = flowIndex.flowsOf(variable, state);
          List<ExpressionTree> values = flows == null ? null : flows.assignedTo(variable);
          if (values == null || values.isEmpty()) {
            return Held.NO;
          }
          boolean held = false;
          for (ExpressionTree value : values) {
            if (holdsNothing(value)) {
              continue;
            }
            switch (isCodeHolder(value, state, depth + 1)) {
              case YES -> held = true;
              case ASSUMED -> {}
              case NO -> {
                return Held.NO;
              }
            }
          }
          return held ? Held.YES : Held.ASSUMED;
        });
  }

  /** A function whose result is a code: {@code p -> p.getCode()}, {@code Problem::getCode}. */
  private Held isCodeFunction(ExpressionTree function, VisitorState state, int depth) {
    if (function instanceof LambdaExpressionTree lambda
        && lambda.getBody() instanceof ExpressionTree result) {
      return isCode(result, state, depth + 1);
    }
    if (function instanceof MemberReferenceTree reference
        && ASTHelpers.getSymbol((Tree) reference) instanceof MethodSymbol method) {
      return holds(method, state, depth + 1);
    }
    return Held.NO;
  }

  /** Declared, or inferred from every value flowing into the declaration. */
  private Held holds(Symbol symbol, VisitorState state, int depth) {
    if (declaresCode(symbol)) {
      return Held.YES;
    }
    if (otherKind != null && otherKind.declaresCode(symbol)) {
      return Held.NO;
    }
    if (!mayBeInferred(symbol)) {
      return Held.NO;
    }
    if (depth > MAX_DEPTH) {
      return questions.tooDeep();
    }
    return questions.ask(symbol, Held.NO, () -> infer(symbol, state, depth));
  }

  /**
   * Whether a collection variable (a {@code Set<Integer>}, a {@code Map<Integer, ..>}, an {@code
   * int[]}, ...) holds codes: it is queried with a code somewhere in the unit that declares it
   * ({@code RETRYABLE.contains(problem.getCode())}, {@code for (int c : RETRYABLE) if (c ==
   * code)}). Then what fills it is judged, and what is read out of it is a code. Only codes are
   * kept in collections this way: an HTTP status analysis answers no.
   */
  boolean isCodeCollection(@Nullable Symbol collection, VisitorState state) {
    return isCodeCollection(collection, state, 0);
  }

  /**
   * Whether a collection given back by a call holds codes as its elements (its slot 0): {@code
   * byUser.get(login)} of a map of lists of codes. Codes only, as {@link #isCodeCollection}.
   */
  boolean holdsCodeElements(MethodInvocationTree collection, VisitorState state) {
    return annotated && yesOrAssumed(holdsAt(collection, Path.of(0), state, 0)) == Held.YES;
  }

  /**
   * The last parameter of a varargs method, or an annotation's element of an array type: the ones
   * whose annotation is on each argument ({@code @RetryOn(657)} and {@code @RetryOn({657, 659})}
   * give the same element).
   */
  private static boolean annotatesEachElement(Symbol symbol) {
    if (Trees.isAnnotationElement(symbol)) {
      return ((MethodSymbol) symbol).getReturnType() instanceof Type.ArrayType;
    }
    return symbol.owner instanceof MethodSymbol method
        && method.isVarArgs()
        && !method.getParameters().isEmpty()
        && method.getParameters().last() == symbol;
  }

  private boolean isCodeCollection(@Nullable Symbol collection, VisitorState state, int depth) {
    if (!annotated || collection == null) {
      return false;
    }
    if (annotatesEachElement(collection) && declaresCode(collection)) {
      // @IdentityErrorCode int... codes, or an annotation's @IdentityErrorCode int[] value(): the
      // annotation is on each element. On any other array
      // (@IdentityErrorCode int[] codes) it is misplaced, which ErrorCodeAnnotationMisuse
      // reports: nothing is inferred from it, so that one mistake is one finding.
      return true;
    }
    if (depth > MAX_DEPTH) {
      questions.tooDeep();
      return false;
    }
    return questions.ask(
            new Asked(Question.CODE_COLLECTION, collection, Path.SELF),
            Held.NO,
            () -> {
              ValueFlows flows = flowIndex.flowsOf(collection, state);
              // Queried with a code, or filled only with codes, read from what its signature lets
              // in (a generic collection).
              return (flows != null && queriedWithCode(collection, flows, state, depth))
                      || (collection instanceof VarSymbol variable
                          && slotOfVariable(variable, Path.of(0), state, depth + 1) == Held.YES)
                  ? Held.YES
                  : Held.ASSUMED;
            })
        == Held.YES;
  }

  /**
   * Whether an element of the collection (a key of a map) meets a code in its unit: it is queried
   * with one ({@code contains(code)}), one read out of it is compared with one, or handed to a
   * declaration that declares one ({@code for (int c : codes) retry(c)} for {@code
   * retry(@IdentityErrorCode int c)}; {@link ElementMeetings}).
   */
  private boolean queriedWithCode(
      Symbol collection, ValueFlows flows, VisitorState state, int depth) {
    List<ExpressionTree> keys = flows.keysOf(collection);
    List<ExpressionTree> keysComparedWithKeys = List.of();
    List<Symbol> keyTakers = List.of();
    if (collection.type != null && collection.type.getTypeArguments().size() == 2) {
      MapKeys maps = flows.mapKeys();
      keysComparedWithKeys = maps.keysComparedOf(collection);
      keyTakers = maps.keyTakersOf(collection);
    }
    // Also queried with another service's code: a collection of that service's codes, or of both,
    // whose constants are no business of Identity's (a fix would change another API's retry).
    if (anyOthers(keys) || anyOthers(keysComparedWithKeys)) {
      return false;
    }
    return anyDeclaresCode(flows.takersOf(collection))
        || anyDeclaresCode(keyTakers)
        || anyIsCode(keys, state, depth)
        || anyIsCode(keysComparedWithKeys, state, depth);
  }

  /** Whether any value is read from a method known to give another kind of the same shape. */
  private boolean anyOthers(List<ExpressionTree> values) {
    for (ExpressionTree value : values) {
      if (Trees.stripParensAndCasts(value) instanceof MethodInvocationTree call
          && ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method
          && othersOfKind.test(method)) {
        return true;
      }
    }
    return false;
  }

  private boolean anyDeclaresCode(List<Symbol> declarations) {
    for (Symbol declaration : declarations) {
      if (declaresCode(declaration)) {
        return true;
      }
    }
    return false;
  }

  private boolean anyIsCode(List<ExpressionTree> values, VisitorState state, int depth) {
    for (ExpressionTree value : values) {
      if (isCode(value, state, depth + 1) == Held.YES) {
        return true;
      }
    }
    return false;
  }

  /** A cheap test before any flow is read: only an int, long, Integer or Long can hold a code. */
  private boolean mayBeInferred(Symbol symbol) {
    return names.mayBeInferred(
        symbol instanceof MethodSymbol method ? method.getReturnType() : symbol.type);
  }

  private Held infer(Symbol symbol, VisitorState state, int depth) {
    if (symbol instanceof MethodSymbol method) {
      Symbol component = recordComponentAccessedBy(method);
      if (component != null && declaresCode(component)) {
        return Held.YES;
      }
      ValueFlows flows = flowIndex.flowsOf(method, state);
      return flows == null ? Held.NO : allOf(flows.returnedBy(method), ANY_CONSTANT, state, depth);
    }
    ValueFlows flows = flowIndex.flowsOf(symbol, state);
    if (flows == null) {
      return Held.NO;
    }
    Symbol collection = flows.collectionOf(symbol);
    if (collection != null) {
      // An element read out of a collection: a code where the collection holds codes.
      return isCodeCollection(collection, state, depth) ? Held.YES : Held.NO;
    }
    // An element of a holder's view: for (int c : m.values()), for (int c : codes.headSet(5)).
    ExpressionTree iterated = flows.iteratedBy(symbol);
    if (iterated != null) {
      Held element = yesOrAssumed(holdsAt(iterated, Path.of(0), state, depth + 1));
      if (element != Held.NO) {
        return element;
      }
    }
    // A key read out of a map: m.forEach((k, v) -> ..).
    if (flows.readsElements(symbol)) {
      Symbol keysOf = flows.mapKeys().keyMapOf(symbol);
      if (keysOf != null && isCodeCollection(keysOf, state, depth)) {
        return Held.YES;
      }
    }
    switch (symbol.getKind()) {
      case LOCAL_VARIABLE:
      case RESOURCE_VARIABLE:
        return allOf(flows.assignedTo(symbol), ANY_CONSTANT, state, depth);
      case FIELD:
        if ((symbol.flags() & (Flags.PRIVATE | Flags.FINAL)) == 0) {
          return Held.NO;
        }
        return allOf(flows.assignedTo(symbol), ANY_CONSTANT, state, depth);
      case PARAMETER:
        return inferParameter((VarSymbol) symbol, flows, state, depth);
      default:
        if (PatternTrees.isBinding(symbol)) {
          Symbol component = flows.componentOf(symbol);
          if (component != null) {
            return declaresCode(component) ? Held.YES : Held.NO;
          }
          return allOf(flows.assignedTo(symbol), ANY_CONSTANT, state, depth);
        }
        return Held.NO;
    }
  }

  /**
   * A parameter stored as it is in a declared code; a lambda parameter fed by an {@code Optional}
   * of a code; or a parameter of a method only this compilation unit can call (private, or in a
   * local or anonymous class and overriding nothing), to which every call passes a code.
   */
  private Held inferParameter(
      VarSymbol parameter, ValueFlows flows, VisitorState state, int depth) {
    // Stored as it is in a variable that says it holds a code (an enum's constructor storing
    // MISSING(657), TYPO(695) in its @IdentityErrorCode field): whatever is passed becomes a
    // value the declaration says is a code, from this unit or any other.
    List<ExpressionTree> reassigned = flows.assignedTo(parameter);
    if (reassigned != null && reassigned.isEmpty()) {
      for (Symbol stored : flows.storesOf(parameter)) {
        if (declaresCode(stored)) {
          return Held.YES;
        }
      }
    }
    LambdaExpressionTree lambda = flows.lambdaOf(parameter);
    if (lambda != null) {
      // (login, code) -> .. implementing FailureListener.on(String, @IdentityErrorCode int).
      MethodSymbol implemented = Trees.implementedBy(lambda, types);
      int index = parameterIndex(lambda, parameter);
      if (implemented != null
          && index >= 0
          && index < implemented.getParameters().size()
          && declaresCode(implemented.getParameters().get(index))) {
        return Held.YES;
      }
    }
    ExpressionTree holder = flows.holderOf(parameter);
    if (holder != null) {
      return isCodeHolder(holder, state, depth + 1);
    }
    Held handed =
        lambda == null ? Held.NO : handedFromSlot(parameter, flows, Path.SELF, state, depth);
    if (handed == Held.NO && lambda != null) {
      handed = handedByCalls(parameter, lambda, flows, state, depth);
    }
    if (handed != Held.NO) {
      return handed;
    }
    if (!(parameter.owner instanceof MethodSymbol method)) {
      return Held.NO;
    }
    int index = method.getParameters().indexOf(parameter);
    if (index < 0 || (method.isVarArgs() && index == method.getParameters().size() - 1)) {
      return Held.NO;
    }
    if (!onlyCalledHere(method)) {
      return Held.NO;
    }
    // A reference (this::page) is called with what its function type passes: a code where the
    // function's parameter there is annotated, as for a lambda.
    List<MemberReferenceTree> references = flows.referencesOf(method);
    for (MemberReferenceTree reference : references) {
      if (!passesACode(reference, index)) {
        return Held.NO;
      }
    }
    List<List<? extends ExpressionTree>> calls = flows.writtenCallsOf(method);
    List<ExpressionTree> assignedInBody = flows.assignedTo(parameter);
    if ((calls.isEmpty() && references.isEmpty()) || assignedInBody == null) {
      return Held.NO;
    }
    List<ExpressionTree> values = new ArrayList<>(assignedInBody);
    for (List<? extends ExpressionTree> arguments : calls) {
      if (arguments.size() != method.getParameters().size()) {
        return Held.NO;
      }
      values.add(arguments.get(index));
    }
    if (references.isEmpty()) {
      return allOf(values, ANY_CONSTANT, state, depth);
    }
    // The references pass a code for certain: the other values must not be known not to.
    return values.isEmpty() || allOf(values, ANY_CONSTANT, state, depth) != Held.NO
        ? Held.YES
        : Held.NO;
  }

  /**
   * What every call of the function a lambda is held as hands its parameter: the lambda kept in a
   * local or a private field ({@code IntPredicate retry = c -> c == 698; retry.test(code)}), or
   * passed to a parameter of a method only this unit calls ({@code check(code, c -> ..)} for a
   * {@code check(int code, IntPredicate test)} calling {@code test.test(code)}). Read from the
   * function type's signature, so any functional interface, the JDK's or the user's, counts. Every
   * read of that variable must call the function's method: any other (passed on, returned, {@code
   * negate()}) lets in calls unseen. A constant handed is not judged where it is written, so only a
   * catalogue code is taken beside codes.
   */
  private Held handedByCalls(
      VarSymbol parameter,
      LambdaExpressionTree lambda,
      ValueFlows flows,
      VisitorState state,
      int depth) {
    VarSymbol function = flows.functionHolderOf(lambda);
    HolderUses.LambdaArgument passed = flows.holders().lambdaArgumentOf(parameter);
    if (function == null
        && passed != null
        && ASTHelpers.getSymbol(passed.call().getMethodSelect()) instanceof MethodSymbol taker
        && !taker.isVarArgs()
        && passed.index() < taker.getParameters().size()
        && onlyCalledHere(taker)) {
      function = taker.getParameters().get(passed.index());
    }
    if (function == null
        || (function.getKind() == ElementKind.FIELD && !assignedOnlyInItsUnit(function))) {
      return Held.NO;
    }
    MethodSymbol called = TypeSlots.functionOf(function.type, types);
    List<HolderUses.Read> reads = called == null ? null : flowIndex.readsOf(function);
    if (called == null || reads == null || reads.isEmpty()) {
      return Held.NO;
    }
    int index = parameterIndex(lambda, parameter);
    List<ExpressionTree> values = new ArrayList<>();
    for (HolderUses.Read read : reads) {
      ExpressionTree value = handedBy(read, called, index);
      if (value == null) {
        return Held.NO;
      }
      values.add(value);
    }
    return allOf(values, unjudgedConstantOk, state, depth + 1);
  }

  /**
   * The argument at {@code index} of a call of the function's method on the read ({@code
   * retry.test(code)}), or null where the read is anything else.
   */
  private static @Nullable ExpressionTree handedBy(
      HolderUses.Read read, MethodSymbol function, int index) {
    List<Tree> around = read.ancestors();
    if (around.size() < 2
        || !(around.get(0) instanceof MemberSelectTree select)
        || !(around.get(1) instanceof MethodInvocationTree call)
        || call.getMethodSelect() != select
        || index < 0
        || call.getArguments().size() <= index) {
      return null;
    }
    Symbol method = ASTHelpers.getSymbol(call);
    return method != null
            && method.isAbstract()
            && method.getSimpleName().equals(function.getSimpleName())
        ? call.getArguments().get(index)
        : null;
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
  private Held handedFromSlot(
      VarSymbol parameter, ValueFlows flows, Path rest, VisitorState state, int depth) {
    HolderUses.LambdaArgument passed = flows.holders().lambdaArgumentOf(parameter);
    if (passed == null
        || !(ASTHelpers.getSymbol(passed.call().getMethodSelect()) instanceof MethodSymbol method)
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

  /**
   * Whether a method reference passes a code for the referred method's parameter at that index: the
   * parameter of its function type there is annotated. An unbound reference ({@code
   * Handler::handle}) is passed its receiver first.
   */
  private boolean passesACode(MemberReferenceTree reference, int index) {
    MethodSymbol function = Trees.implementedBy(reference, types);
    int at =
        index
            + (reference instanceof JCTree.JCMemberReference javacReference
                    && javacReference.kind == JCTree.JCMemberReference.ReferenceKind.UNBOUND
                ? 1
                : 0);
    return function != null
        && at < function.getParameters().size()
        && declaresCode(function.getParameters().get(at));
  }

  private boolean onlyCalledHere(MethodSymbol method) {
    if ((method.flags() & Flags.PRIVATE) != 0) {
      return true;
    }
    if (!(method.owner instanceof ClassSymbol owner)) {
      return false;
    }
    NestingKind nesting = owner.getNestingKind();
    return (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS)
        && !method.isConstructor()
        && ASTHelpers.findSuperMethods(method, types).isEmpty();
  }

  /** The record component a method is the accessor of, written out by hand or not; else null. */
  private static @Nullable Symbol recordComponentAccessedBy(MethodSymbol method) {
    if (!method.getParameters().isEmpty()
        || method.isStatic()
        || !(method.owner instanceof ClassSymbol owner)
        || !ASTHelpers.isRecord(owner)) {
      return null;
    }
    for (RecordComponentElement component : owner.getRecordComponents()) {
      if (component.getSimpleName().equals(method.getSimpleName())) {
        return (Symbol) component;
      }
    }
    return null;
  }
}
