package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Name;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * The names the analysis compares symbols with, in this compilation's name table: a test by
 * identity, without the string javac makes for every {@code Name.toString()}.
 */
record KnownNames(
    Name codeAnnotation,
    Name codesClass,
    Name integer,
    Name longClass,
    Name objects,
    Name optional,
    Name optionalInt,
    Name optionalLong,
    Name stream,
    Name intStream,
    Name longStream,
    Name equals,
    Name compare,
    ImmutableSet<Name> collectionCalls,
    ImmutableSet<Name> passThroughOwners,
    ImmutableSet<Name> boxSupertypes,
    ImmutableSet<Name> primitiveHolders,
    ImmutableSet<Name> assertionCalls,
    @Nullable Symbol mapClass,
    com.sun.tools.javac.code.Types types) {
  /** Queries whose first argument is a key: {@code set.contains(code)}. */
  static final ImmutableSet<String> KEY_QUERIES =
      ImmutableSet.of(
          "contains", "containsKey", "get", "getOrDefault", "remove", "indexOf", "lastIndexOf");

  /** Element-wise operations whose lambda parameter receives each element. */
  static final ImmutableSet<String> ELEMENT_LAMBDAS =
      ImmutableSet.of(
          "anyMatch",
          "allMatch",
          "noneMatch",
          "filter",
          "forEach",
          "map",
          "mapToObj",
          "mapToInt",
          "mapToLong",
          "takeWhile",
          "dropWhile",
          "peek",
          "removeIf");

  /**
   * Additions whose arguments become elements: {@code set.add(2153)}, {@code map.put(657, ..)},
   * {@code list.set(0, 657)}.
   */
  static final ImmutableSet<String> FILLERS =
      ImmutableSet.of(
          "add", "addAll", "put", "putIfAbsent", "offer", "push", "addFirst", "addLast", "set");

  /** Factories whose arguments (for a map, every other one, from the first) are elements. */
  static final ImmutableSet<String> FACTORIES =
      ImmutableSet.of("of", "asList", "copyOf", "ofEntries", "entry");

  private static final Context.Key<KnownNames> KEY = new Context.Key<>();

  /** The names of the compilation the state belongs to, looked up once. */
  static KnownNames instance(VisitorState state) {
    KnownNames names = state.context.get(KEY);
    if (names == null) {
      names = lookUp(state);
      state.context.put(KEY, names);
    }
    return names;
  }

  // Made once per compilation: nothing to memoize.
  @SuppressWarnings("MemoizeConstantVisitorStateLookups")
  private static KnownNames lookUp(VisitorState state) {
    return new KnownNames(
        state.getName(Catalogue.CODE_ANNOTATION),
        state.getName(Catalogue.CODES_CLASS),
        state.getName("java.lang.Integer"),
        state.getName("java.lang.Long"),
        state.getName("java.util.Objects"),
        state.getName("java.util.Optional"),
        state.getName("java.util.OptionalInt"),
        state.getName("java.util.OptionalLong"),
        state.getName("java.util.stream.Stream"),
        state.getName("java.util.stream.IntStream"),
        state.getName("java.util.stream.LongStream"),
        state.getName("equals"),
        state.getName("compare"),
        Stream.of(KEY_QUERIES, FILLERS, ELEMENT_LAMBDAS, Set.of("binarySearch"))
            .flatMap(Set::stream)
            .map(state::getName)
            .collect(ImmutableSet.toImmutableSet()),
        PassThroughCall.OWNERS.stream().map(state::getName).collect(ImmutableSet.toImmutableSet()),
        boxSupertypes(state),
        PrimitiveHolders.CLASSES.stream()
            .map(state::getName)
            .collect(ImmutableSet.toImmutableSet()),
        TestLibraries.NAMES.stream().map(state::getName).collect(ImmutableSet.toImmutableSet()),
        state.getSymbolFromString("java.util.Map"),
        state.getTypes());
  }

  /**
   * The type as a {@code Map<K, V>} ({@code EnumMap<Op, Integer>} is a {@code Map<Op, Integer>}),
   * read from its supertypes, or null where it is no map: any implementation is one, the JDK's and
   * a team's alike.
   */
  @Nullable Type asMap(@Nullable Type type) {
    if (mapClass == null
        || type == null
        || type.getKind() != TypeKind.DECLARED
        || type.getTypeArguments().isEmpty()) {
      return null;
    }
    Type map = types.asSuper(type, mapClass);
    return map != null && map.getTypeArguments().size() == 2 ? map : null;
  }

  /** Whether a method of this name may be a test library's comparing assertion. */
  boolean mayAssert(Name method) {
    return assertionCalls.contains(method);
  }

  /** Whether a value of this type holds one int or long of {@link PrimitiveHolders}' table. */
  boolean isPrimitiveHolder(@Nullable Type type) {
    return type != null
        && type.getKind() == TypeKind.DECLARED
        && primitiveHolders.contains(type.tsym.getQualifiedName());
  }

  /**
   * The classes and interfaces a boxed code is also (Number, Comparable, Serializable, Object,
   * ...), read from this compilation's JDK: a local declared as one of them may hold a code.
   */
  private static ImmutableSet<Name> boxSupertypes(VisitorState state) {
    ImmutableSet.Builder<Name> supertypes = ImmutableSet.builder();
    for (String box : List.of("java.lang.Integer", "java.lang.Long")) {
      Type type = state.getTypeFromString(box);
      if (type == null) {
        continue;
      }
      for (Type supertype : state.getTypes().closure(type)) {
        Name name = supertype.tsym.getQualifiedName();
        if (!name.contentEquals(box)) {
          supertypes.add(name);
        }
      }
    }
    return supertypes.build();
  }

  /** The annotation test, without the look-ups of {@code ASTHelpers.hasAnnotation}. */
  boolean carriesCodeAnnotation(Symbol symbol) {
    var annotations = symbol.getRawAttributes();
    if (annotations.isEmpty()) {
      return false;
    }
    for (Attribute.Compound annotation : annotations) {
      if (annotation.type.tsym.getQualifiedName() == codeAnnotation) {
        return true;
      }
    }
    return false;
  }

  /** Whether the method is named like a call that may add to or query a collection. */
  boolean mayTouchCollection(Symbol method) {
    return collectionCalls.contains(method.getSimpleName());
  }

  /**
   * Whether the class declares calls of {@link PassThroughCall}'s table (boxes, Objects,
   * optionals): the owners it names, in this compilation's name table.
   */
  boolean declaresPassThrough(Name type) {
    return passThroughOwners.contains(type);
  }

  boolean isOptional(Name type) {
    return type == optional || type == optionalInt || type == optionalLong;
  }

  /** An optional or a stream: a holder of values whose lambdas receive them. */
  boolean isHolder(Name type) {
    return isOptional(type) || type == stream || type == intStream || type == longStream;
  }

  /**
   * Whether a declaration of this type may be inferred to hold a code: one that can hold it, a type
   * variable ({@code <T> T firstNonNull(T a, T b)}), inferred from what its calls pass, or a
   * supertype of a boxed code ({@code Number last = p.getCode()}, {@code Object}).
   */
  boolean mayBeInferred(Type type) {
    if (mayHoldCode(type)) {
      return true;
    }
    return type != null
        && (type.getKind() == TypeKind.TYPEVAR
            || (type.getKind() == TypeKind.DECLARED
                && boxSupertypes.contains(type.tsym.getQualifiedName())));
  }

  /** Whether a value of this type can be a code: an int, long, Integer or Long. */
  boolean mayHoldCode(@Nullable Type type) {
    if (type == null) {
      return false;
    }
    return switch (type.getKind()) {
      case INT, LONG -> true;
      case DECLARED -> {
        Name name = type.tsym.getQualifiedName();
        yield name == integer || name == longClass;
      }
      default -> false;
    };
  }
}
