package dev.identityerrors.checker.analysis;

import static com.google.errorprone.util.ASTHelpers.getSymbol;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Name;
import org.jspecify.annotations.Nullable;

/**
 * The JDK calls that give back a value they are handed, with or without a fallback: boxing and
 * unboxing, {@code Objects.requireNonNull*}, an {@code Optional}'s {@code get} and {@code orElse*},
 * a map's {@code getOrDefault} (whose default is a fallback as {@code orElse}'s is). The one table
 * of them: the constant reading ({@link CodeConstants}) and the inference ({@link KindInference})
 * both read it, so a form one of them knows the other knows too (a supplied fallback, {@code
 * orElseGet(() -> 695)}, is judged like {@code orElse(695)}).
 */
enum PassThroughCall {
  VALUE_OF(Owner.BOXES, "valueOf", 1, Given.ARGUMENT, Fallback.NONE),
  INT_VALUE(Owner.BOXES, "intValue", 0, Given.RECEIVER, Fallback.NONE),
  LONG_VALUE(Owner.BOXES, "longValue", 0, Given.RECEIVER, Fallback.NONE),
  REQUIRE_NON_NULL(Owner.OBJECTS, "requireNonNull", Arity.ANY, Given.ARGUMENT, Fallback.NONE),
  REQUIRE_NON_NULL_ELSE(
      Owner.OBJECTS, "requireNonNullElse", 2, Given.ARGUMENT, Fallback.SECOND_ARGUMENT),
  REQUIRE_NON_NULL_ELSE_GET(
      Owner.OBJECTS, "requireNonNullElseGet", 2, Given.ARGUMENT, Fallback.SUPPLIED_BY_SECOND),
  GET(Owner.OPTIONALS, "get", 0, Given.HELD_BY_RECEIVER, Fallback.NONE),
  GET_AS_INT(Owner.OPTIONALS, "getAsInt", 0, Given.HELD_BY_RECEIVER, Fallback.NONE),
  GET_AS_LONG(Owner.OPTIONALS, "getAsLong", 0, Given.HELD_BY_RECEIVER, Fallback.NONE),
  OR_ELSE_THROW(Owner.OPTIONALS, "orElseThrow", Arity.ANY, Given.HELD_BY_RECEIVER, Fallback.NONE),
  OR_ELSE(Owner.OPTIONALS, "orElse", 1, Given.HELD_BY_RECEIVER, Fallback.FIRST_ARGUMENT),
  OR_ELSE_GET(Owner.OPTIONALS, "orElseGet", 1, Given.HELD_BY_RECEIVER, Fallback.SUPPLIED_BY_FIRST),
  /** A map's value for a key, or the default: its values are judged by the map's own rule. */
  GET_OR_DEFAULT(Owner.MAPS, "getOrDefault", 2, Given.HELD_BY_RECEIVER, Fallback.SECOND_ARGUMENT);

  /** The classes declaring the calls, by qualified name. */
  private enum Owner {
    BOXES("java.lang.Integer", "java.lang.Long"),
    OBJECTS("java.util.Objects"),
    OPTIONALS("java.util.Optional", "java.util.OptionalInt", "java.util.OptionalLong"),
    /**
     * {@code java.util.Map} and every class or interface that extends it, read from the method's
     * owner's supertypes: not in {@link #OWNERS}, so the inference reads a map's values by its own
     * rule (its slots, {@link TypeSlots}) and only the fallback is this table's.
     */
    MAPS("java.util.Map");

    private final ImmutableSet<String> classes;

    Owner(String... classes) {
      this.classes = ImmutableSet.copyOf(classes);
    }
  }

  /** Where the value given back comes from. */
  private enum Given {
    /** The first argument: {@code Integer.valueOf(x)}, {@code requireNonNull(x)}. */
    ARGUMENT,
    /** The receiver: {@code x.intValue()}. */
    RECEIVER,
    /** What the receiver, an optional, holds: {@code o.get()}, {@code o.orElse(0)}. */
    HELD_BY_RECEIVER
  }

  /** What is given back instead when there is no value. */
  private enum Fallback {
    NONE,
    FIRST_ARGUMENT,
    SECOND_ARGUMENT,
    SUPPLIED_BY_FIRST,
    SUPPLIED_BY_SECOND
  }

  /** Arities that are not one number. */
  private static final class Arity {
    /** Any number of arguments (one at least, where the value given back is an argument). */
    static final int ANY = -1;
  }

  private final Owner owner;
  private final String name;
  private final int arity;
  private final Given given;
  private final Fallback fallback;

  PassThroughCall(Owner owner, String name, int arity, Given given, Fallback fallback) {
    this.owner = owner;
    this.name = name;
    this.arity = arity;
    this.given = given;
    this.fallback = fallback;
  }

  private static final PassThroughCall[] ALL = values();

  /** The classes that declare the table's calls, by qualified name (for {@link KnownNames}). */
  static final ImmutableSet<String> OWNERS =
      Arrays.stream(Owner.values())
          .filter(owner -> owner != Owner.MAPS)
          .flatMap(owner -> owner.classes.stream())
          .collect(ImmutableSet.toImmutableSet());

  /** The names of the calls with an argument that passes a value or a fallback on. */
  private static final ImmutableSet<String> PASSING_ARGUMENTS =
      Arrays.stream(ALL)
          .filter(call -> call.given == Given.ARGUMENT || call.fallback != Fallback.NONE)
          .map(call -> call.name)
          .collect(ImmutableSet.toImmutableSet());

  /** The lengths of those names: a test that rules out most calls without making a string. */
  private static final ImmutableSet<Integer> PASSING_ARGUMENT_LENGTHS =
      PASSING_ARGUMENTS.stream().map(String::length).collect(ImmutableSet.toImmutableSet());

  /**
   * Whether the call is written with the name of one that passes an argument on (its value or its
   * fallback): the cheap test, without the symbol.
   */
  static boolean mayPassArgumentOn(MethodInvocationTree call) {
    Name called = Trees.calledName(call);
    return called != null
        && PASSING_ARGUMENT_LENGTHS.contains(called.length())
        && PASSING_ARGUMENTS.contains(called.toString());
  }

  /** The names of the calls that give back their receiver: unboxing ({@code intValue()}). */
  private static final ImmutableSet<String> GIVING_RECEIVER =
      Arrays.stream(ALL)
          .filter(call -> call.given == Given.RECEIVER)
          .map(call -> call.name)
          .collect(ImmutableSet.toImmutableSet());

  /**
   * Whether the call, written without arguments, is one that gives back its receiver ({@code
   * x.intValue()}); the name first, the symbol last.
   */
  static boolean givesReceiver(MethodInvocationTree call) {
    Name called = Trees.calledName(call);
    if (!call.getArguments().isEmpty()
        || called == null
        || !GIVING_RECEIVER.contains(called.toString())) {
      return false;
    }
    PassThroughCall passThrough = of(call);
    return passThrough != null && passThrough.given == Given.RECEIVER;
  }

  /**
   * The expression whose very value this one is: through parentheses, casts and the calls that give
   * back an argument or their receiver as it is, without a fallback ({@code Integer.valueOf(c)} and
   * {@code c.intValue()} are {@code c}; an optional's {@code get()} is not); else the expression.
   */
  static ExpressionTree sameValueAs(ExpressionTree expression) {
    ExpressionTree tree = Trees.stripParensAndCasts(expression);
    while (tree instanceof MethodInvocationTree call
        && (mayPassArgumentOn(call) || givesReceiver(call))) {
      PassThroughCall passThrough = of(call);
      ExpressionTree given =
          passThrough == null
                  || passThrough.hasFallback()
                  || passThrough.given == Given.HELD_BY_RECEIVER
              ? null
              : passThrough.given(call);
      if (given == null) {
        break;
      }
      tree = Trees.stripParensAndCasts(given);
    }
    return tree;
  }

  /** The pass-through call this is, or null. */
  static @Nullable PassThroughCall of(MethodInvocationTree call) {
    return getSymbol(call.getMethodSelect()) instanceof MethodSymbol method
        ? of(method, call.getArguments())
        : null;
  }

  /**
   * The pass-through call the method, called with the arguments, is; or null. It makes the method's
   * and its owner's names as strings: callers test the written name ({@link #mayPassArgumentOn}) or
   * the owner ({@link KnownNames#declaresPassThrough}) first.
   */
  static @Nullable PassThroughCall of(
      MethodSymbol method, List<? extends ExpressionTree> arguments) {
    String methodName = method.getSimpleName().toString();
    String owner = null;
    for (PassThroughCall call : ALL) {
      if (call.name.equals(methodName)
          && call.takes(arguments.size())
          && (call.given == Given.ARGUMENT) == method.isStatic()) {
        if (call.owner == Owner.MAPS) {
          if (extendsAny(method.owner, call.owner.classes, 0)) {
            return call;
          }
          continue;
        }
        if (owner == null) {
          owner = method.owner.getQualifiedName().toString();
        }
        if (call.owner.classes.contains(owner)) {
          return call;
        }
      }
    }
    return null;
  }

  /** Whether the class is one of the named or extends one, through its declared supertypes. */
  private static boolean extendsAny(Symbol type, ImmutableSet<String> named, int depth) {
    if (!(type instanceof ClassSymbol classSymbol) || depth > 16) {
      return false;
    }
    if (named.contains(classSymbol.getQualifiedName().toString())) {
      return true;
    }
    if (classSymbol.getSuperclass() instanceof Type.ClassType superclass
        && extendsAny(superclass.tsym, named, depth + 1)) {
      return true;
    }
    for (Type implemented : classSymbol.getInterfaces()) {
      if (extendsAny(implemented.tsym, named, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean takes(int arguments) {
    if (arity != Arity.ANY) {
      return arguments == arity;
    }
    return given != Given.ARGUMENT || arguments > 0;
  }

  /** Whether the value is what an optional holds, not an expression of the call itself. */
  boolean givesWhatReceiverHolds() {
    return given == Given.HELD_BY_RECEIVER;
  }

  /** Whether the value passed on is an argument of the call. */
  boolean givesArgument() {
    return given == Given.ARGUMENT;
  }

  /**
   * The expression whose value (or, for an optional, whose held value) the call gives back: its
   * first argument or its receiver; null where the call has none.
   */
  @Nullable ExpressionTree given(MethodInvocationTree call) {
    return given == Given.ARGUMENT ? call.getArguments().get(0) : ASTHelpers.getReceiver(call);
  }

  boolean hasFallback() {
    return fallback != Fallback.NONE;
  }

  /**
   * The fallback the call gives back when there is no value: an argument, or what a supplier lambda
   * with an expression body gives ({@code () -> UNKNOWN_ERROR}); null where no such expression is
   * written (a supplier that is a method reference or a block).
   */
  @Nullable ExpressionTree fallback(MethodInvocationTree call) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    return switch (fallback) {
      case NONE -> null;
      case FIRST_ARGUMENT -> arguments.get(0);
      case SECOND_ARGUMENT -> arguments.get(1);
      case SUPPLIED_BY_FIRST -> supplied(arguments.get(0));
      case SUPPLIED_BY_SECOND -> supplied(arguments.get(1));
    };
  }

  /**
   * What a supplier lambda gives: its expression body ({@code () -> UNKNOWN_ERROR}), or the value
   * of a block's one {@code return}, its last statement ({@code () -> { log(); return 0; }}); null
   * for a block that may return elsewhere too, or any other supplier.
   */
  static @Nullable ExpressionTree supplied(ExpressionTree argument) {
    if (!(Trees.stripParensAndCasts(argument) instanceof LambdaExpressionTree lambda)
        || !lambda.getParameters().isEmpty()) {
      return null;
    }
    if (lambda.getBody() instanceof ExpressionTree result) {
      return result;
    }
    return lambda.getBody() instanceof BlockTree block ? onlyReturned(block) : null;
  }

  /**
   * The value of a block's one {@code return}, its last statement ({@code { log(); return 0; }}),
   * or null where it returns nothing there or may return elsewhere too. The returns of lambdas and
   * classes inside it are theirs.
   */
  private static @Nullable ExpressionTree onlyReturned(BlockTree block) {
    List<? extends StatementTree> statements = block.getStatements();
    if (statements.isEmpty()
        || !(statements.get(statements.size() - 1) instanceof ReturnTree last)
        || last.getExpression() == null) {
      return null;
    }
    boolean[] returnsElsewhere = {false};
    SameBodyScanner returns =
        new SameBodyScanner() {
          @Override
          public Void visitReturn(ReturnTree tree, Void unused) {
            returnsElsewhere[0] = true;
            return null;
          }
        };
    for (StatementTree statement : statements.subList(0, statements.size() - 1)) {
      returns.scan(statement, null);
    }
    return returnsElsewhere[0] ? null : last.getExpression();
  }
}
