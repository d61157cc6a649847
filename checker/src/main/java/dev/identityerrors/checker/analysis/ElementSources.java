package dev.identityerrors.checker.analysis;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the elements of what a call returns come from, read from the called method's signature (its
 * declared types, before the call's own type arguments are inferred), so that every collection and
 * stream API is followed, the JDK's and a user's own, without a list of method names:
 *
 * <ul>
 *   <li>A method returning a holder of elements of a type variable {@code T} (a {@code List<T>}, a
 *       {@code Stream<T>}, a {@code T[]}) has its elements from its arguments declared {@code T}
 *       (each an element: {@code Set.of(a, b)}, {@code Collections.nCopies(3, a)}), from its
 *       arguments that are holders of {@code T} ({@code Set.copyOf(list)}, {@code
 *       Collections.unmodifiableSet(set)}, {@code Stream.concat(a, b)}), and, for a method of a
 *       holder of {@code T}, from its receiver ({@code list.stream()}, {@code stream.sorted()},
 *       {@code filter(..)}, {@code toList()}, {@code subList(..)}). A method whose result is over
 *       another type variable ({@code map} returns a {@code Stream<R>}) takes its elements from
 *       none of them.
 *   <li>A primitive stream ({@code IntStream}, {@code LongStream}) or array has no type variable: a
 *       method of a primitive stream that returns a holder passes its receiver's elements on
 *       ({@code sorted()}, {@code distinct()}, {@code toArray()}, {@code boxed()}, {@code
 *       limit(n)}, {@code filter(..)}), and a method returning a holder of a primitive takes the
 *       elements of its arguments that hold the same primitive ({@code Arrays.copyOf(codes, 3)},
 *       {@code IntStream.concat}), unless one of its parameters is a function that can make other
 *       elements ({@code map(IntUnaryOperator)}, {@code flatMap}, {@code mapMulti}): only a
 *       predicate and a consumer of the element alone leave the elements as they were.
 * </ul>
 *
 * A holder of elements is an array, or a type that is an {@code Iterable} or a stream, with its
 * first type argument as its element.
 */
final class ElementSources {
  private ElementSources() {}

  /**
   * One part of a call its result's elements come from.
   *
   * @param expression the argument or receiver
   * @param holder whether it holds elements (to be read in turn) rather than being one
   */
  record Part(ExpressionTree expression, boolean holder) {}

  /**
   * The parts of a call its result's elements come from; null where its result holds no elements,
   * or holds none that come from what the call is given.
   */
  static @Nullable List<Part> of(MethodInvocationTree call, MethodSymbol method) {
    Type declaredResult = method.type == null ? null : method.type.getReturnType();
    Type resultElement = elementOf(declaredResult);
    if (resultElement == null) {
      return null;
    }
    ExpressionTree receiver = method.isStatic() ? null : ASTHelpers.getReceiver(call);
    Type receiverElement = receiver == null ? null : elementOf(method.owner.type);
    List<Part> parts = new ArrayList<>();
    if (resultElement.hasTag(TypeTag.TYPEVAR)) {
      if (receiver != null
          && receiverElement != null
          && isVariable(receiverElement, resultElement)) {
        parts.add(new Part(receiver, true));
      }
      addArguments(call, method, resultElement, parts);
    } else if (!takesAnElementMaker(method)) {
      if (receiver != null && receiverElement != null && receiverElement.isPrimitive()) {
        parts.add(new Part(receiver, true));
      }
      if (resultElement.isPrimitive()) {
        addPrimitiveHolders(call, method, resultElement, parts);
      }
    }
    return parts.isEmpty() ? null : parts;
  }

  /**
   * The arguments that hold the result's primitive element ({@code Arrays.copyOf(int[], int)},
   * {@code IntStream.concat}, {@code Arrays.stream(int[])}): no type variable ties them to the
   * result, but nothing else could fill it. A lone {@code int} is no element (a length, a bound:
   * {@code IntStream.range(600, 700)}); nor are varargs, which only {@code IntStream.of} is known
   * to take as its elements.
   */
  private static void addPrimitiveHolders(
      MethodInvocationTree call, MethodSymbol method, Type element, List<Part> parts) {
    List<Type> parameters = method.type.getParameterTypes();
    List<? extends ExpressionTree> arguments = call.getArguments();
    for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
      if (method.isVarArgs() && i == parameters.size() - 1) {
        return;
      }
      Type held = elementOf(parameters.get(i));
      if (held != null && held.getTag() == element.getTag()) {
        parts.add(new Part(arguments.get(i), true));
      }
    }
  }

  /** The arguments declared as the element variable, or as holders of it. */
  private static void addArguments(
      MethodInvocationTree call, MethodSymbol method, Type variable, List<Part> parts) {
    List<Type> parameters = method.type.getParameterTypes();
    List<? extends ExpressionTree> arguments = call.getArguments();
    for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
      Type parameter = parameters.get(i);
      if (method.isVarArgs() && i == parameters.size() - 1 && parameter instanceof Type.ArrayType) {
        Type component = ((Type.ArrayType) parameter).elemtype;
        if (!isVariable(component, variable)) {
          return;
        }
        // Set.of(array) passes the array; Set.of(a, b, c) each element.
        if (arguments.size() == parameters.size()
            && ASTHelpers.getType(arguments.get(i)) instanceof Type.ArrayType) {
          parts.add(new Part(arguments.get(i), true));
        } else {
          for (int j = i; j < arguments.size(); j++) {
            parts.add(new Part(arguments.get(j), false));
          }
        }
        return;
      }
      if (isVariable(parameter, variable)) {
        parts.add(new Part(arguments.get(i), false));
      } else {
        Type element = elementOf(parameter);
        if (element != null && isVariable(element, variable)) {
          parts.add(new Part(arguments.get(i), true));
        }
      }
    }
  }

  /** Whether a type is the variable, or a wildcard bounded above by it ({@code ? extends T}). */
  private static boolean isVariable(Type type, Type variable) {
    Type bound = type instanceof Type.WildcardType wildcard ? wildcard.getExtendsBound() : type;
    return bound != null && bound.hasTag(TypeTag.TYPEVAR) && bound.tsym == variable.tsym;
  }

  /**
   * The element type of a holder: an array's component, a primitive stream's {@code int} or {@code
   * long} (as the component of its {@code toArray()}), the first type argument of an {@code
   * Iterable} or a stream; null for any other type.
   */
  static @Nullable Type elementOf(@Nullable Type type) {
    if (type instanceof Type.ArrayType array) {
      return array.elemtype;
    }
    if (!(type instanceof Type.ClassType) || !(type.tsym instanceof ClassSymbol owner)) {
      return null;
    }
    if (isPrimitiveStream(owner)) {
      return primitiveElementOf(owner);
    }
    List<Type> arguments = type.getTypeArguments();
    if (arguments.isEmpty() && type.tsym.type != null) {
      // A raw or declared use: the declaration's own variables.
      arguments = type.tsym.type.getTypeArguments();
    }
    return !arguments.isEmpty() && isIterableOrStream(owner, 0) ? arguments.get(0) : null;
  }

  private static boolean isPrimitiveStream(ClassSymbol type) {
    return type.getQualifiedName().contentEquals("java.util.stream.IntStream")
        || type.getQualifiedName().contentEquals("java.util.stream.LongStream");
  }

  /** What a primitive stream's {@code toArray()} holds: its element, without a type table. */
  private static @Nullable Type primitiveElementOf(ClassSymbol stream) {
    for (Symbol member :
        stream.members().getSymbolsByName(stream.name.table.fromString("toArray"))) {
      if (member instanceof MethodSymbol toArray
          && toArray.getParameters().isEmpty()
          && toArray.getReturnType() instanceof Type.ArrayType array) {
        return array.elemtype;
      }
    }
    return null;
  }

  /** Whether the class is {@code Iterable}, a {@code BaseStream}, or a subtype of either. */
  private static boolean isIterableOrStream(ClassSymbol type, int depth) {
    if (type.getQualifiedName().contentEquals("java.lang.Iterable")
        || type.getQualifiedName().contentEquals("java.util.stream.BaseStream")) {
      return true;
    }
    if (depth > 8) {
      return false;
    }
    for (Type supertype : type.getInterfaces()) {
      if (supertype.tsym instanceof ClassSymbol symbol && isIterableOrStream(symbol, depth + 1)) {
        return true;
      }
    }
    Type superclass = type.getSuperclass();
    return superclass != null
        && superclass.tsym instanceof ClassSymbol symbol
        && isIterableOrStream(symbol, depth + 1);
  }

  /**
   * Whether a parameter of the method is a function that can make elements of its own: any function
   * but a predicate (it returns {@code boolean}) and a consumer of one value (it returns nothing
   * and takes the element alone).
   */
  private static boolean takesAnElementMaker(MethodSymbol method) {
    for (Symbol.VarSymbol parameter : method.getParameters()) {
      MethodSymbol function = functionOf(parameter.type);
      if (function == null) {
        continue;
      }
      Type returned = function.getReturnType();
      boolean predicate = returned != null && returned.hasTag(TypeTag.BOOLEAN);
      boolean consumer =
          returned != null && returned.hasTag(TypeTag.VOID) && function.getParameters().size() == 1;
      if (!predicate && !consumer) {
        return true;
      }
    }
    return false;
  }

  /** The one abstract method of an interface declared in it, or null. */
  private static @Nullable MethodSymbol functionOf(@Nullable Type type) {
    if (type == null || !(type.tsym instanceof ClassSymbol symbol) || !symbol.isInterface()) {
      return null;
    }
    MethodSymbol found = null;
    for (Symbol member : symbol.members().getSymbols()) {
      if (member instanceof MethodSymbol candidate
          && (candidate.flags() & (Flags.ABSTRACT | Flags.DEFAULT | Flags.STATIC))
              == Flags.ABSTRACT) {
        if (found != null) {
          return null;
        }
        found = candidate;
      }
    }
    return found;
  }
}
