package dev.identityerrors.checker.analysis;

import static dev.identityerrors.checker.analysis.Trees.stripParensAndCasts;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Name;
import org.jspecify.annotations.Nullable;

/**
 * The shapes of collections of codes, read from trees: what fills a collection ({@code Set.of(..)},
 * {@code Map.of(k, v, ..)} keys, array initialisers, {@code add}, {@code put}), what queries it
 * ({@code contains}, {@code containsKey}, {@code get}, {@code getOrDefault}, {@code remove}, {@code
 * indexOf}, {@code Arrays.binarySearch}, {@code anyMatch(c -> c == code)}) and what reads its
 * elements out ({@code for (int c : set)}, {@code set.stream().filter(c -> ..)}). A collection is
 * one of {@code Integer} or {@code Long} elements (or keys, for a map), or an {@code int[]}, {@code
 * long[]}, {@code Integer[]} or {@code Long[]}: {@link #holdsNumbers}.
 */
final class CodeCollections {
  private CodeCollections() {}

  /** Whether a variable of this type is a collection of numbers (or a map keyed by numbers). */
  static boolean holdsNumbers(Type type, KnownNames names) {
    if (type == null) {
      return false;
    }
    if (type instanceof Type.ArrayType array) {
      return names.mayHoldCode(array.getComponentType());
    }
    List<Type> arguments = type.getTypeArguments();
    // An Optional or a stream is a holder, followed by the inference, not a collection.
    return !arguments.isEmpty()
        && names.mayHoldCode(arguments.get(0))
        && !names.isHolder(type.tsym.getQualifiedName());
  }

  /**
   * The element expressions an expression fills a collection with: the initialisers of an array,
   * the keys of {@code Map.of}, {@code Map.entry} and {@code Map.ofEntries}, the arguments of
   * {@code IntStream.of}, what a copying constructor ({@code new HashSet<>(List.of(..))}) copies,
   * and for any other call what its signature says its result's elements come from ({@link
   * ElementSources}: {@code Set.of}, {@code Arrays.asList}, {@code Set.copyOf}, {@code
   * Collections.unmodifiableSet(..)}, {@code IntStream.of(..).sorted().toArray()}, ...).
   */
  static ImmutableList<ExpressionTree> elementsIn(ExpressionTree expression) {
    List<ExpressionTree> elements = new ArrayList<>();
    addElements(expression, elements, 0);
    return ImmutableList.copyOf(elements);
  }

  private static void addElements(ExpressionTree expression, List<ExpressionTree> into, int depth) {
    if (expression == null || depth > 4) {
      return;
    }
    ExpressionTree tree = stripParensAndCasts(expression);
    if (tree instanceof NewArrayTree array) {
      if (array.getInitializers() != null) {
        into.addAll(array.getInitializers());
      }
      return;
    }
    if (tree instanceof NewClassTree newClass) {
      if (newClass.getArguments().size() == 1) {
        addElements(newClass.getArguments().get(0), into, depth + 1);
      }
      return;
    }
    if (!(tree instanceof MethodInvocationTree call)
        || !(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)) {
      return;
    }
    if (method.isStatic() && method.owner.getQualifiedName().contentEquals("java.util.Map")) {
      addMapFactoryPart(call, method, KEYS, into);
      return;
    }
    if (isPrimitiveStreamFactory(method)) {
      // IntStream.of(a, b) or IntStream.of(array): no type variable says which int is an element.
      List<? extends ExpressionTree> arguments = call.getArguments();
      if (arguments.size() == 1 && isArray(arguments.get(0))) {
        addElements(arguments.get(0), into, depth + 1);
      } else {
        into.addAll(arguments);
      }
      return;
    }
    List<ElementSources.Part> parts = ElementSources.of(call, method);
    if (parts == null) {
      return;
    }
    for (ElementSources.Part part : parts) {
      if (part.holder()) {
        addElements(part.expression(), into, depth + 1);
      } else {
        into.add(part.expression());
      }
    }
  }

  /** {@code IntStream.of} and {@code LongStream.of}: their arguments are the stream's elements. */
  private static boolean isPrimitiveStreamFactory(MethodSymbol method) {
    return method.isStatic()
        && method.getSimpleName().contentEquals("of")
        && (method.owner.getQualifiedName().contentEquals("java.util.stream.IntStream")
            || method.owner.getQualifiedName().contentEquals("java.util.stream.LongStream"));
  }

  /** The parts of a map factory's arguments: {@link #addMapFactoryPart}. */
  private static final int KEYS = 0;

  /**
   * Adds the keys ({@link #KEYS}) (or another part, by its position) a static {@code java.util.Map}
   * factory is written with: every other argument of {@code Map.of} and {@code Map.entry}, from the
   * part's position; those of each {@code Map.entry} of {@code Map.ofEntries}. False where some are
   * not written there (another call, or an entry made otherwise), whose part is then unknown.
   */
  private static boolean addMapFactoryPart(
      MethodInvocationTree call, MethodSymbol method, int part, List<ExpressionTree> into) {
    if (!method.isStatic() || !method.owner.getQualifiedName().contentEquals("java.util.Map")) {
      return false;
    }
    List<? extends ExpressionTree> arguments = call.getArguments();
    switch (method.getSimpleName().toString()) {
      case "of", "entry" -> {
        for (int i = part; i < arguments.size(); i += 2) {
          into.add(arguments.get(i));
        }
        return true;
      }
      case "ofEntries" -> {
        boolean known = true;
        for (ExpressionTree entry : arguments) {
          known &=
              stripParensAndCasts(entry) instanceof MethodInvocationTree entryCall
                  && ASTHelpers.getSymbol(entryCall.getMethodSelect()) instanceof MethodSymbol made
                  && made.getSimpleName().contentEquals("entry")
                  && addMapFactoryPart(entryCall, made, part, into);
        }
        return known;
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean isArray(ExpressionTree expression) {
    Type type = ASTHelpers.getType(expression);
    return type instanceof Type.ArrayType;
  }

  /**
   * The elements a call adds to its receiver: {@code set.add(k)}, {@code map.put(k, v)}, the
   * element (not the position) of {@code list.add(0, k)} and {@code list.set(0, k)}.
   */
  static List<ExpressionTree> addedBy(MethodInvocationTree call, MethodSymbol method) {
    String name = method.getSimpleName().toString();
    if (!KnownNames.FILLERS.contains(name) || method.isStatic()) {
      return ImmutableList.of();
    }
    ExpressionTree element = elementArgument(call, method);
    if (element == null) {
      return ImmutableList.of();
    }
    return name.equals("addAll") ? elementsIn(element) : ImmutableList.of(element);
  }

  /**
   * The first argument that is an element (or a key), not a position: a generic collection's
   * elements are of a type variable or {@code Object}, never of a primitive type, so an {@code int}
   * parameter is an index ({@code list.get(0)}, {@code list.remove(100)}, the {@code 0} of {@code
   * list.add(0, code)}, {@code subList}). Null where the call has none.
   */
  private static @Nullable ExpressionTree elementArgument(
      MethodInvocationTree call, MethodSymbol method) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    List<Type> parameters = method.type.getParameterTypes();
    for (int i = 0; i < arguments.size() && i < parameters.size(); i++) {
      if (!parameters.get(i).isPrimitive()) {
        return arguments.get(i);
      }
    }
    return null;
  }

  /**
   * A cheap test, by tree kind and name only, of whether an expression may fill a collection: an
   * array, a copying constructor, or a call named like a factory.
   */
  static boolean mayFill(ExpressionTree expression) {
    ExpressionTree tree = stripParensAndCasts(expression);
    if (tree instanceof NewArrayTree) {
      return true;
    }
    if (tree instanceof NewClassTree newClass) {
      return newClass.getArguments().size() == 1 && mayFill(newClass.getArguments().get(0));
    }
    if (!(tree instanceof MethodInvocationTree call)) {
      return false;
    }
    // Map.entry(..) or, statically imported, entry(..).
    Name name =
        call.getMethodSelect() instanceof MemberSelectTree select
            ? select.getIdentifier()
            : call.getMethodSelect() instanceof IdentifierTree identifier
                ? identifier.getName()
                : null;
    if (name == null) {
      return false;
    }
    // The factories' names are 2, 5, 6 or 9 characters long: most calls are ruled out by length,
    // without the string javac makes for a name.
    int length = name.length();
    return ((length == 2 || length == 5 || length == 6 || length == 9)
            && KnownNames.FACTORIES.contains(name.toString()))
        || holdsNumbers(ASTHelpers.getType(call));
  }

  /**
   * Whether what a call returns holds numbers ({@link ElementSources#elementOf} an int, long,
   * Integer or Long): it may pass on the elements of what it is given ({@code
   * IntStream.of(..).sorted().toArray()}, {@code Collections.unmodifiableSet(..)}). A test of the
   * type javac gave the call, with no symbol looked up.
   */
  private static boolean holdsNumbers(@Nullable Type type) {
    if (type instanceof Type.ArrayType array) {
      return isNumber(array.elemtype);
    }
    if (!(type instanceof Type.ClassType)) {
      return false;
    }
    List<Type> arguments = type.getTypeArguments();
    if (!arguments.isEmpty()) {
      return isNumber(arguments.get(0));
    }
    Name name = type.tsym.getQualifiedName();
    return name.contentEquals("java.util.stream.IntStream")
        || name.contentEquals("java.util.stream.LongStream");
  }

  private static boolean isNumber(Type type) {
    return switch (type.getTag()) {
      case INT, LONG -> true;
      case CLASS ->
          type.tsym.getQualifiedName().contentEquals("java.lang.Integer")
              || type.tsym.getQualifiedName().contentEquals("java.lang.Long");
      default -> false;
    };
  }

  /**
   * A cheap test, by name only, of whether a call may fill or query a collection whose elements are
   * written in the call itself: {@code set.addAll(List.of(..))}, {@code Set.of(..).contains(x)}.
   */
  static List<ExpressionTree> writtenIn(MethodInvocationTree call) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    // Arrays.binarySearch(new int[] {..}, code) or (IntStream.of(..).toArray(), code), a static
    // call, maybe imported: by the kind of its first argument first, then its name.
    if (binarySearchKey(arguments.size()) > 0
        && mayFill(arguments.get(0))
        && Trees.isNamed(call, "binarySearch")) {
      return elementsIn(arguments.get(0));
    }
    // By tree kind first, which rules out almost every call without reading its name.
    if (!(call.getMethodSelect() instanceof MemberSelectTree select)
        || !(writtenInPlace(select.getExpression())
            || (call.getArguments().size() == 1 && writtenInPlace(call.getArguments().get(0))))) {
      return ImmutableList.of();
    }
    String name = select.getIdentifier().toString();
    if (name.equals("addAll") && call.getArguments().size() == 1) {
      ExpressionTree added = call.getArguments().get(0);
      return mayFill(added) ? elementsIn(added) : ImmutableList.of();
    }
    if (KnownNames.KEY_QUERIES.contains(name) || KnownNames.ELEMENT_LAMBDAS.contains(name)) {
      ExpressionTree collection = source(select.getExpression());
      return collection != null && mayFill(collection)
          ? elementsIn(collection)
          : ImmutableList.of();
    }
    return ImmutableList.of();
  }

  private static boolean writtenInPlace(ExpressionTree expression) {
    Tree.Kind kind = expression.getKind();
    return kind == Tree.Kind.METHOD_INVOCATION
        || kind == Tree.Kind.NEW_ARRAY
        || kind == Tree.Kind.NEW_CLASS
        || kind == Tree.Kind.PARENTHESIZED
        || kind == Tree.Kind.TYPE_CAST;
  }

  /**
   * The collection a query call asks about, seen through {@code .stream()}, {@code keySet()},
   * {@code Arrays.asList(..)}, {@code Arrays.stream(..)}: an expression ({@code RETRYABLE}, {@code
   * Set.of(2153, 2135)}), or null where the call queries no collection.
   */
  static @Nullable ExpressionTree queried(MethodInvocationTree call, MethodSymbol method) {
    String name = method.getSimpleName().toString();
    if (name.equals("binarySearch")
        && method.isStatic()
        && method.owner.getQualifiedName().contentEquals("java.util.Arrays")
        && binarySearchKey(call.getArguments().size()) > 0) {
      return call.getArguments().get(0);
    }
    boolean keyQuery =
        KnownNames.KEY_QUERIES.contains(name) && elementArgument(call, method) != null;
    boolean elementQuery =
        KnownNames.ELEMENT_LAMBDAS.contains(name)
            && (elementLambda(call) != null
                || (call.getArguments().size() == 1
                    && stripParensAndCasts(call.getArguments().get(0))
                        instanceof MemberReferenceTree));
    if (method.isStatic() || !(keyQuery || elementQuery)) {
      return null;
    }
    return source(ASTHelpers.getReceiver(call));
  }

  /**
   * What a receiver takes its elements from: {@code set} for {@code set.stream()}, {@code
   * map.keySet()}, {@code Arrays.asList(set)}, {@code Arrays.stream(array)}, {@code
   * IntStream.of(array)}; the receiver itself otherwise.
   */
  static @Nullable ExpressionTree source(ExpressionTree receiver) {
    ExpressionTree tree = receiver == null ? null : stripParensAndCasts(receiver);
    for (int depth = 0; depth < 4 && tree instanceof MethodInvocationTree call; depth++) {
      Symbol symbol = ASTHelpers.getSymbol(call.getMethodSelect());
      if (!(symbol instanceof MethodSymbol method)) {
        return tree;
      }
      String name = method.getSimpleName().toString();
      if (!method.isStatic()
          && call.getArguments().isEmpty()
          && (name.equals("stream") || name.equals("keySet") || name.equals("boxed"))) {
        tree = stripParensAndCasts(ASTHelpers.getReceiver(call));
      } else if (method.isStatic()
          && call.getArguments().size() == 1
          && (name.equals("stream") || name.equals("asList") || name.equals("of"))
          && isArray(call.getArguments().get(0))) {
        tree = stripParensAndCasts(call.getArguments().get(0));
      } else {
        return tree;
      }
    }
    return tree;
  }

  /**
   * Where {@code Arrays.binarySearch} takes its key, by its number of arguments: {@code (a, key)}
   * and {@code (a, key, comparator)}, {@code (a, from, to, key)} and {@code (a, from, to, key,
   * comparator)}; -1 for no such form.
   */
  private static int binarySearchKey(int arguments) {
    return switch (arguments) {
      case 2, 3 -> 1;
      case 4, 5 -> 3;
      default -> -1;
    };
  }

  /** The one-parameter lambda of an element-wise operation, or null. */
  static @Nullable LambdaExpressionTree elementLambda(MethodInvocationTree call) {
    if (call.getArguments().size() == 1
        && stripParensAndCasts(call.getArguments().get(0)) instanceof LambdaExpressionTree lambda
        && lambda.getParameters().size() == 1) {
      return lambda;
    }
    return null;
  }

  /**
   * The keys a query call asks for directly: the first argument of {@code contains} and its kind,
   * the second of {@code Arrays.binarySearch}. (What an element-wise lambda compares its parameter
   * with is an element's meeting: {@link ElementMeetings}.)
   */
  static List<ExpressionTree> keysOf(MethodInvocationTree call, MethodSymbol method) {
    String name = method.getSimpleName().toString();
    if (name.equals("binarySearch")) {
      int key = binarySearchKey(call.getArguments().size());
      return key > 0 ? ImmutableList.of(call.getArguments().get(key)) : ImmutableList.of();
    }
    if (KnownNames.KEY_QUERIES.contains(name)) {
      ExpressionTree key = elementArgument(call, method);
      return key == null ? ImmutableList.of() : ImmutableList.of(key);
    }
    return ImmutableList.of();
  }

  /** Whether the expression is a read of the variable. */
  static boolean refersTo(ExpressionTree expression, Symbol variable) {
    return read(expression) == variable;
  }

  /** The variable an expression reads, if it is a read of a local or a field; else null. */
  static @Nullable VarSymbol variableOf(@Nullable ExpressionTree expression) {
    return read(expression) instanceof VarSymbol variable ? variable : null;
  }

  /** What a name ({@code x}, {@code this.x}, {@code Type.X}) reads; null for anything else. */
  private static @Nullable Symbol read(@Nullable ExpressionTree expression) {
    ExpressionTree tree = expression == null ? null : stripParensAndCasts(expression);
    return tree instanceof IdentifierTree || tree instanceof MemberSelectTree
        ? ASTHelpers.getSymbol(tree)
        : null;
  }
}
