package dev.identityerrors.checker.analysis;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.util.Name;
import dev.identityerrors.checker.analysis.OpenQuestions.Held;
import dev.identityerrors.checker.analysis.TypeSlots.Path;
import dev.identityerrors.checker.compat.ErrorProneApi;
import dev.identityerrors.checker.compat.PatternTrees;
import java.util.ArrayList;
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
 * <p>Declared ({@link DeclaredKinds}): reads of declarations annotated {@code @IdentityErrorCode}
 * (or overriding an annotated method) and of configured sources such as the SDK's problem details.
 *
 * <p>Inferred, the way client code moves codes: through parentheses, casts, boxing, {@code
 * Objects.requireNonNull(Else)} and {@code Optional}; a conditional or switch expression whose
 * every result is a code or a constant; a local, a private or final field, a parameter of a private
 * method, or a method, whose every assigned (passed, returned) value in the compilation is a code
 * or an acceptable constant (for codes: a catalogue code); a pattern binding of a code or of an
 * annotated record component; what a generic holder gives back from a slot that holds codes ({@link
 * HolderSlots}, which asks this inference of the values put in). Conservative: one value of another
 * kind and it is not a code.
 *
 * <p>One instance per compilation per kind ({@link CodeFacts}); answers are cached per symbol.
 * Cycles (recursion, {@code a = b; b = a;}) end: a symbol whose inference is under way counts as
 * "assumed", and an answer that rests on an assumption of another symbol is not cached.
 */
public final class KindInference {
  /** How deep one expression may nest before the answer is "not a code". */
  private static final int MAX_DEPTH = 64;

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

  /** What declarations say of themselves: asked first, and never of what flows. */
  private final DeclaredKinds declared;

  /**
   * Every question this inference asks itself, under one cycle policy: a symbol's kind (the symbol
   * is the question), the questions of {@link Asked} about a collection or a holder variable, and
   * those {@link HolderSlots} asks about one slot of a variable's type.
   */
  private final OpenQuestions questions = new OpenQuestions();

  /** What generic holders hold, asking this inference of the values put in them. */
  private final HolderSlots slots;

  /** A question about a symbol other than its own kind. */
  private record Asked(Question question, Symbol subject) {}

  private enum Question {
    /** Whether a collection's elements (a map's keys) are codes. */
    CODE_COLLECTION,
    /** Whether every value of a variable is a holder of codes. */
    HOLDER_VARIABLE
  }

  private KindInference(
      CodeSources sources,
      boolean annotated,
      LongPredicate unjudgedConstantOk,
      Predicate<Symbol> namedOfKind,
      Predicate<MethodSymbol> othersOfKind,
      @Nullable KindInference otherKind,
      VisitorState state) {
    this.othersOfKind = othersOfKind;
    this.namedOfKind = namedOfKind;
    this.otherKind = otherKind;
    this.annotated = annotated;
    this.unjudgedConstantOk = unjudgedConstantOk;
    this.flowIndex = FlowIndex.instance(state);
    this.names = KnownNames.instance(state);
    this.types = state.getTypes();
    this.declared = new DeclaredKinds(sources, annotated, names, types);
    this.slots =
        new HolderSlots(
            questions,
            flowIndex,
            names,
            types,
            new HolderSlots.Values() {
              @Override
              public Held putIn(List<ExpressionTree> values, VisitorState state, int depth) {
                return valuesHeld(values, state, depth);
              }

              @Override
              public Held returnedBy(MethodSymbol method, VisitorState state, int depth) {
                return holds(method, state, depth);
              }
            });
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
  public boolean isOfKind(ExpressionTree expression, VisitorState state) {
    return isOfKind(expression, state, 0) == Held.YES;
  }

  /**
   * Whether the declaration (variable, parameter, field, method) holds a value of this kind,
   * declared or inferred: the slots whose assigned values are judged.
   */
  public boolean holdsKind(@Nullable Symbol symbol, VisitorState state) {
    return symbol != null && holds(symbol, state, 0) == Held.YES;
  }

  /**
   * Whether the declaration itself says it holds a code: annotated, overriding an annotated method,
   * or a configured source ({@link DeclaredKinds}).
   */
  public boolean declaresKind(Symbol symbol) {
    return declared.declaresKind(symbol);
  }

  private Held isOfKind(ExpressionTree expression, VisitorState state, int depth) {
    if (depth > MAX_DEPTH) {
      return questions.tooDeep();
    }
    ExpressionTree tree = Trees.stripParensAndCasts(expression);
    switch (tree.getKind()) {
      case METHOD_INVOCATION:
        return callOfKind((MethodInvocationTree) tree, state, depth);
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
            : isOfKind(assignment.getExpression(), state, depth + 1);
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
      switch (isOfKind(tree, state, depth + 1)) {
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

  private Held callOfKind(MethodInvocationTree call, VisitorState state, int depth) {
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
    Held fromSlot = slots.readFromSlot(call, method, state, depth);
    // What a slot under way holds is assumed, not asked of the method again.
    return fromSlot != Held.NO ? fromSlot : holds(method, state, depth + 1);
  }

  /**
   * Values put in a slot: codes or catalogue constants ({@code null} aside), one at least a code.
   */
  private Held valuesHeld(List<ExpressionTree> values, VisitorState state, int depth) {
    return allOf(values, unjudgedConstantOk, state, depth, Held.ASSUMED);
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
          ? holderOfKind(given, state, depth + 1)
          : isOfKind(given, state, depth + 1);
    }
    ExpressionTree fallback = passThrough.fallback(call);
    if (fallback == null) {
      return Held.NO;
    }
    return passThrough.givesWhatReceiverHolds()
        ? orElse(holderOfKind(given, state, depth + 1), List.of(fallback), state, depth)
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
            || !mapValuesOfKind(receiver, state, depth)) {
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
   * every generic holder's ({@link HolderSlots#slotOfVariable}).
   */
  private boolean mapValuesOfKind(Symbol map, VisitorState state, int depth) {
    return map instanceof VarSymbol variable
        && slots.slotOfVariable(variable, Path.of(1), state, depth + 1) == Held.YES;
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
  private Held holderOfKind(ExpressionTree expression, VisitorState state, int depth) {
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
          return map != null && mapValuesOfKind(map, state, depth + 1) ? Held.YES : Held.NO;
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
          holderOfKind(receiver, state, depth + 1);
      case "map", "mapToInt", "mapToLong", "mapToObj" ->
          arguments.size() == 1 ? functionOfKind(arguments.get(0), state, depth) : Held.NO;
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

  /** A local variable or a private field, each of whose values is a holder of codes. */
  private Held holderVariable(VarSymbol variable, VisitorState state, int depth) {
    if (!HolderSlots.assignedOnlyInItsUnit(variable)
        || !names.isHolder(variable.type.tsym.getQualifiedName())) {
      return Held.NO;
    }
    return questions.ask(
        new Asked(Question.HOLDER_VARIABLE, variable),
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
            switch (holderOfKind(value, state, depth + 1)) {
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
  private Held functionOfKind(ExpressionTree function, VisitorState state, int depth) {
    if (function instanceof LambdaExpressionTree lambda
        && lambda.getBody() instanceof ExpressionTree result) {
      return isOfKind(result, state, depth + 1);
    }
    if (function instanceof MemberReferenceTree reference
        && ASTHelpers.getSymbol((Tree) reference) instanceof MethodSymbol method) {
      return holds(method, state, depth + 1);
    }
    return Held.NO;
  }

  /** Declared, or inferred from every value flowing into the declaration. */
  private Held holds(Symbol symbol, VisitorState state, int depth) {
    if (declaresKind(symbol)) {
      return Held.YES;
    }
    if (otherKind != null && otherKind.declaresKind(symbol)) {
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
    return annotated
        && slots.yesOrAssumed(slots.holdsAt(collection, Path.of(0), state, 0)) == Held.YES;
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
    if (annotatesEachElement(collection) && declaresKind(collection)) {
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
            new Asked(Question.CODE_COLLECTION, collection),
            Held.NO,
            () -> {
              ValueFlows flows = flowIndex.flowsOf(collection, state);
              // Queried with a code, or filled only with codes, read from what its signature lets
              // in (a generic collection).
              return (flows != null && queriedWithCode(collection, flows, state, depth))
                      || (collection instanceof VarSymbol variable
                          && slots.slotOfVariable(variable, Path.of(0), state, depth + 1)
                              == Held.YES)
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
    return anyDeclaresKind(flows.takersOf(collection))
        || anyDeclaresKind(keyTakers)
        || anyOfKind(keys, state, depth)
        || anyOfKind(keysComparedWithKeys, state, depth);
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

  private boolean anyDeclaresKind(List<Symbol> declarations) {
    for (Symbol declaration : declarations) {
      if (declaresKind(declaration)) {
        return true;
      }
    }
    return false;
  }

  private boolean anyOfKind(List<ExpressionTree> values, VisitorState state, int depth) {
    for (ExpressionTree value : values) {
      if (isOfKind(value, state, depth + 1) == Held.YES) {
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
      if (component != null && declaresKind(component)) {
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
      Held element = slots.yesOrAssumed(slots.holdsAt(iterated, Path.of(0), state, depth + 1));
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
            return declaresKind(component) ? Held.YES : Held.NO;
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
        if (declaresKind(stored)) {
          return Held.YES;
        }
      }
    }
    LambdaExpressionTree lambda = flows.lambdaOf(parameter);
    if (lambda != null) {
      // (login, code) -> .. implementing FailureListener.on(String, @IdentityErrorCode int).
      MethodSymbol implemented = Trees.implementedBy(lambda, types);
      int index = HolderSlots.parameterIndex(lambda, parameter);
      if (implemented != null
          && index >= 0
          && index < implemented.getParameters().size()
          && declaresKind(implemented.getParameters().get(index))) {
        return Held.YES;
      }
    }
    ExpressionTree holder = flows.holderOf(parameter);
    if (holder != null) {
      return holderOfKind(holder, state, depth + 1);
    }
    if (lambda != null) {
      // Handed by the call the lambda is written in (a holder's slot), or by every call of the
      // function it is kept as.
      HolderUses.LambdaArgument passed = flows.holders().lambdaArgumentOf(parameter);
      Held handed =
          passed == null
              ? Held.NO
              : slots.handedFromSlot(parameter, passed, Path.SELF, state, depth);
      if (handed == Held.NO) {
        handed = handedByCalls(parameter, lambda, passed, flows, state, depth);
      }
      if (handed != Held.NO) {
        return handed;
      }
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
      HolderUses.@Nullable LambdaArgument passed,
      ValueFlows flows,
      VisitorState state,
      int depth) {
    VarSymbol function = flows.functionHolderOf(lambda);
    if (function == null
        && passed != null
        && ASTHelpers.getSymbol(passed.call().getMethodSelect()) instanceof MethodSymbol taker
        && !taker.isVarArgs()
        && passed.index() < taker.getParameters().size()
        && onlyCalledHere(taker)) {
      function = taker.getParameters().get(passed.index());
    }
    if (function == null
        || (function.getKind() == ElementKind.FIELD
            && !HolderSlots.assignedOnlyInItsUnit(function))) {
      return Held.NO;
    }
    MethodSymbol called = TypeSlots.functionOf(function.type, types);
    List<HolderUses.Read> reads = called == null ? null : flowIndex.readsOf(function);
    if (called == null || reads == null || reads.isEmpty()) {
      return Held.NO;
    }
    int index = HolderSlots.parameterIndex(lambda, parameter);
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
        && declaresKind(function.getParameters().get(at));
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
