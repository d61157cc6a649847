package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableList;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.code.Types;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The type-argument positions ("slots") of a generic holder, read from declared signatures: which
 * slot of a receiver's type a method's type variable is ({@code V} of {@code Map.get} is slot 1 of
 * an {@code EnumMap<Op, Integer>}; {@code E} of {@code SortedSet.first} slot 0 of a {@code
 * TreeSet<Integer>}), and what role a parameter gives a type variable: the value itself ({@code
 * add(E)}), a holder of it ({@code addAll(Collection<? extends E>)}), a function that makes it
 * ({@code Supplier<U>}, {@code Function<.., ? extends V>}) or one that is handed it ({@code
 * Consumer<? super T>}). Nothing here names an API: the JDK's holders, a user's {@code Box<T>} and
 * a record {@code Result<T>} are read the same way.
 */
final class TypeSlots {
  private TypeSlots() {}

  /** How deep a path of slots may go: deeper types are taken for holders of unknown values. */
  static final int MAX_PATH = 4;

  /**
   * A path of slots into a holder's type: {@code [1]} is the values of a {@code Map<K, V>}, {@code
   * [0, 1]} the values of the entries of a {@code Set<Map.Entry<K, V>>}, {@code [1, 0]} the
   * elements of the lists a {@code Map<String, List<Integer>>} holds. The empty path is the value
   * itself.
   */
  record Path(ImmutableList<Integer> steps) {
    /** The value itself. */
    static final Path SELF = new Path(ImmutableList.of());

    static Path of(int slot) {
      return new Path(ImmutableList.of(slot));
    }

    boolean isSelf() {
      return steps.isEmpty();
    }

    /** The first slot; only on a path that is not {@link #SELF}. */
    int head() {
      return steps.get(0);
    }

    /** The path below the first slot. */
    Path tail() {
      return new Path(steps.subList(1, steps.size()));
    }

    /** This path, below the slot {@code outer} of a holder of what this path is in. */
    Path under(int outer) {
      return new Path(ImmutableList.<Integer>builder().add(outer).addAll(steps).build());
    }

    /** This path, then {@code rest} within what it reaches. */
    Path then(Path rest) {
      return rest.isSelf()
          ? this
          : new Path(ImmutableList.<Integer>builder().addAll(steps).addAll(rest.steps).build());
    }

    boolean tooDeep() {
      return steps.size() > MAX_PATH;
    }
  }

  /**
   * A type variable reached along a path into a declared type, and the path left below it: {@code
   * [0, 1]} into {@code Set<Map.Entry<K, V>>} reaches {@code V} with nothing left.
   */
  record Reached(Type variable, Path rest) {}

  /**
   * The type variable a path into a declared type reaches first, through type arguments and {@code
   * ? extends} bounds, with what is left of the path; null where the path meets no variable (a type
   * the declaration fixes, a {@code ? super} bound, a slot it does not have).
   */
  static @Nullable Reached reach(@Nullable Type declared, Path path) {
    Type at = declared;
    for (int i = 0; i < path.steps().size(); i++) {
      if (!(at instanceof Type.ClassType)) {
        return null;
      }
      List<Type> arguments = at.getTypeArguments();
      int step = path.steps().get(i);
      if (step >= arguments.size()) {
        return null;
      }
      at = upper(arguments.get(step));
      if (at != null && at.hasTag(TypeTag.TYPEVAR)) {
        return new Reached(at, new Path(path.steps().subList(i + 1, path.steps().size())));
      }
    }
    return null;
  }

  /**
   * The one path at which a declared type holds the type variable through type arguments and {@code
   * ? extends} bounds ({@code [0, 1]} for {@code V} in {@code Set<Map.Entry<K, V>>}); null where it
   * holds it nowhere, more than once, or also as a {@code ? super} bound.
   */
  static @Nullable Path pathIn(Type declared, Type variable) {
    List<Path> found = new ArrayList<>();
    return pathsIn(declared, variable, Path.SELF, found) && found.size() == 1 ? found.get(0) : null;
  }

  /** Adds the paths to the variable; false where it is also mentioned another way. */
  private static boolean pathsIn(Type type, Type variable, Path at, List<Path> found) {
    List<Type> arguments = type.getTypeArguments();
    for (int i = 0; i < arguments.size(); i++) {
      Type argument = arguments.get(i);
      if (argument instanceof Type.WildcardType wildcard) {
        if (wildcard.isSuperBound() && !wildcard.isUnbound()) {
          if (wildcard.type != null
              && (isVariable(wildcard.type, variable) || mentions(wildcard.type, variable))) {
            return false;
          }
          continue;
        }
        argument = wildcard.type;
      }
      if (argument == null) {
        continue;
      }
      Path here = at.then(Path.of(i));
      if (isVariable(argument, variable)) {
        found.add(here);
      } else if (argument.isParameterized()
          && (here.steps().size() >= MAX_PATH || !pathsIn(argument, variable, here, found))) {
        return false;
      }
    }
    return true;
  }

  /** How a parameter's declared type mentions a type variable. */
  enum Role {
    /** It does not. */
    NONE,
    /** The variable itself, or {@code ? extends} it: the argument is a value of it. */
    VALUE,
    /** A function type whose result is the variable: the argument makes values of it. */
    MADE,
    /** A function type only handed values of it ({@code ? super T}): nothing goes in. */
    HANDED,
    /** A generic type that holds values of it at {@link #slotIn}: the argument's contents go in. */
    HOLDER,
    /** Any other mention (an array of it, a nested type argument): what goes in is unknown. */
    OTHER
  }

  /**
   * Whether a variable of this type may hold codes in a slot: a parameterized type one of whose
   * type arguments can be a code ({@code Integer}, {@code Long}, {@code ? extends Integer}) or
   * holds one in turn ({@code Map<String, List<Integer>>}, {@code Set<Map.Entry<K, Integer>>}, to
   * {@link #MAX_PATH} deep), a holder of one int or long ({@link PrimitiveHolders}), whose one slot
   * is 0, or an array of such values, whose elements are its slot 0.
   */
  static boolean mayHoldCodes(@Nullable Type type, KnownNames names) {
    return mayHoldCodes(type, names, MAX_PATH);
  }

  private static boolean mayHoldCodes(@Nullable Type type, KnownNames names, int depth) {
    if (depth <= 0) {
      return false;
    }
    if (type instanceof Type.ArrayType array) {
      return names.mayHoldCode(array.elemtype) || mayHoldCodes(array.elemtype, names, depth - 1);
    }
    if (!(type instanceof Type.ClassType)) {
      return false;
    }
    if (names.isPrimitiveHolder(type)) {
      return true; // its one slot: PrimitiveHolders
    }
    for (Type argument : type.getTypeArguments()) {
      Type held = upper(argument);
      if (names.mayHoldCode(held) || mayHoldCodes(held, names, depth - 1)) {
        return true;
      }
    }
    return false;
  }

  /** A wildcard's upper bound ({@code ? extends T} is T); any other type itself. */
  static @Nullable Type upper(@Nullable Type type) {
    return type instanceof Type.WildcardType wildcard ? wildcard.getExtendsBound() : type;
  }

  /** Whether the type is the type variable. */
  static boolean isVariable(@Nullable Type type, Type variable) {
    return type != null && type.hasTag(TypeTag.TYPEVAR) && type.tsym == variable.tsym;
  }

  /**
   * The slot of a holder of static type {@code holder} that the type variable of a class ({@code E}
   * of {@code Collection}, as its methods declare it) stands for; -1 where it stands for none (the
   * holder's class fixes it, or is no subtype of the variable's class).
   */
  static int slotOf(@Nullable Type holder, Type classVariable, Types types) {
    if (holder == null
        || !(holder.tsym instanceof ClassSymbol holderClass)
        || !(classVariable.tsym.owner instanceof ClassSymbol owner)) {
      return -1;
    }
    List<Type> ownerVariables = owner.type.getTypeArguments();
    int index = indexOf(ownerVariables, classVariable);
    if (index < 0) {
      return -1;
    }
    Type seen = holderClass == owner ? owner.type : types.asSuper(holderClass.type, owner);
    if (seen == null || seen.getTypeArguments().size() != ownerVariables.size()) {
      return -1;
    }
    Type standsFor = seen.getTypeArguments().get(index);
    return standsFor.hasTag(TypeTag.TYPEVAR)
        ? indexOf(holderClass.type.getTypeArguments(), standsFor)
        : -1;
  }

  /**
   * The type variable a declared parameter type hands at that slot of its own: {@code T} of {@code
   * Collector<? super T, A, R>} or of {@code Collector<T, A, R>} at 0; null where the slot is no
   * variable, or one the parameter only takes values from ({@code ? extends T}).
   */
  static @Nullable Type handedAt(Type parameter, int slot) {
    List<Type> arguments = parameter.getTypeArguments();
    if (slot >= arguments.size()) {
      return null;
    }
    Type argument = arguments.get(slot);
    if (argument instanceof Type.WildcardType wildcard) {
      argument = wildcard.isSuperBound() && !wildcard.isUnbound() ? wildcard.type : null;
    }
    return argument != null && argument.hasTag(TypeTag.TYPEVAR) ? argument : null;
  }

  /** The type variable of the holder's class at that slot; null where there is none. */
  static @Nullable Type variableAt(@Nullable Type holder, int slot) {
    if (holder == null || !(holder.tsym instanceof ClassSymbol holderClass) || slot < 0) {
      return null;
    }
    List<Type> variables = holderClass.type.getTypeArguments();
    return slot < variables.size() ? variables.get(slot) : null;
  }

  private static int indexOf(List<Type> variables, Type variable) {
    for (int i = 0; i < variables.size(); i++) {
      if (variables.get(i).tsym == variable.tsym) {
        return i;
      }
    }
    return -1;
  }

  /** How the declared parameter type mentions the type variable. */
  static Role roleOf(Type parameter, Type variable, Types types) {
    if (isVariable(upper(parameter), variable)) {
      return Role.VALUE;
    }
    if (!(parameter instanceof Type.ClassType) || !mentions(parameter, variable)) {
      return Role.NONE;
    }
    MethodSymbol function = functionOf(parameter, types);
    if (function != null) {
      Type result = resultOf(parameter, function, types);
      if (result != null && isVariable(upper(result), variable)) {
        return Role.MADE;
      }
      return handedOnly(parameter, variable) ? Role.HANDED : Role.OTHER;
    }
    if (slotIn(parameter, variable) >= 0) {
      return Role.HOLDER;
    }
    // A consumer of the variable's values (groupingBy's downstream Collector<? super T, A, D>)
    // cannot put one in.
    return handedOnly(parameter, variable) ? Role.HANDED : Role.OTHER;
  }

  /**
   * The slot of the parameter's own type that holds the variable ({@code 0} of {@code Collection<?
   * extends E>}), or -1.
   */
  static int slotIn(Type parameter, Type variable) {
    List<Type> arguments = parameter.getTypeArguments();
    for (int i = 0; i < arguments.size(); i++) {
      if (isVariable(upper(arguments.get(i)), variable)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the type mentions the variable anywhere in its type arguments. */
  private static boolean mentions(Type type, Type variable) {
    for (Type argument : type.getTypeArguments()) {
      Type inner = argument instanceof Type.WildcardType wildcard ? wildcard.type : argument;
      if (inner != null
          && (isVariable(inner, variable)
              || (inner.isParameterized() && mentions(inner, variable)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every mention of the variable is a top-level {@code ? super} (or a bare handed one).
   */
  private static boolean handedOnly(Type function, Type variable) {
    for (Type argument : function.getTypeArguments()) {
      if (argument instanceof Type.WildcardType wildcard) {
        if (wildcard.isSuperBound() && !wildcard.isUnbound()) {
          continue;
        }
        if (wildcard.type != null && mentions(wildcard, variable)) {
          return false;
        }
      } else if (isVariable(argument, variable) || mentions(argument, variable)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The type the function type's single abstract method returns, in the function type's own terms
   * ({@code ? extends V} of {@code Function<? super K, ? extends V>}); null where it is no type
   * argument.
   */
  static @Nullable Type resultOf(Type functionType, MethodSymbol function, Types types) {
    Type declared = function.getReturnType();
    if (declared == null || !declared.hasTag(TypeTag.TYPEVAR)) {
      return null;
    }
    return argumentFor(functionType, function, declared, types);
  }

  /**
   * The type argument of the function type that the single abstract method's parameter at that
   * index is declared as ({@code ? super T} of {@code Consumer<? super T>}); null where the
   * parameter is no type variable of the function's class.
   */
  static @Nullable Type parameterOf(
      Type functionType, MethodSymbol function, int index, Types types) {
    List<Symbol.VarSymbol> parameters = function.getParameters();
    if (index < 0 || index >= parameters.size()) {
      return null;
    }
    Type declared = parameters.get(index).type;
    return declared != null && declared.hasTag(TypeTag.TYPEVAR)
        ? argumentFor(functionType, function, declared, types)
        : null;
  }

  private static @Nullable Type argumentFor(
      Type functionType, MethodSymbol function, Type declaredVariable, Types types) {
    if (!(function.owner instanceof ClassSymbol owner)) {
      return null;
    }
    Type seen = functionType.tsym == owner ? functionType : types.asSuper(functionType, owner);
    if (seen == null) {
      return null;
    }
    int index = indexOf(owner.type.getTypeArguments(), declaredVariable);
    List<Type> arguments = seen.getTypeArguments();
    return index >= 0 && index < arguments.size() ? arguments.get(index) : null;
  }

  /** The single abstract method of a functional interface type, or null. */
  static @Nullable MethodSymbol functionOf(@Nullable Type type, Types types) {
    if (type == null || !(type.tsym instanceof ClassSymbol symbol) || !symbol.isInterface()) {
      return null;
    }
    try {
      return types.findDescriptorSymbol(symbol) instanceof MethodSymbol method ? method : null;
    } catch (RuntimeException notFunctional) {
      // javac's FunctionDescriptorLookupError: an interface that is no function type.
      return null;
    }
  }
}
