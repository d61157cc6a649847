package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.util.Name;
import javax.lang.model.type.TypeKind;

/**
 * The names the analysis compares symbols with, in this compilation's name table: a test by
 * identity, without the string javac makes for every {@code Name.toString()}.
 */
record KnownNames(
    Name codeAnnotation,
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
    ImmutableSet<Name> collectionCalls) {
  // Made once per compilation (CodeFacts): nothing to memoize.
  @SuppressWarnings("MemoizeConstantVisitorStateLookups")
  static KnownNames of(VisitorState state, String codeAnnotation) {
    return new KnownNames(
        state.getName(codeAnnotation),
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
        CodeCollections.touchingNames().stream()
            .map(state::getName)
            .collect(ImmutableSet.toImmutableSet()));
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

  boolean isOptional(Name type) {
    return type == optional || type == optionalInt || type == optionalLong;
  }

  /** An optional or a stream: a holder of values whose lambdas receive them. */
  boolean isHolder(Name type) {
    return isOptional(type) || type == stream || type == intStream || type == longStream;
  }

  /**
   * Whether a declaration of this type may be inferred to hold a code: one that can hold it, or a
   * type variable ({@code <T> T firstNonNull(T a, T b)}), inferred from what its calls pass.
   */
  boolean mayBeInferred(Type type) {
    return mayHoldCode(type) || (type != null && type.getKind() == TypeKind.TYPEVAR);
  }

  /** Whether a value of this type can be a code: an int, long, Integer or Long. */
  boolean mayHoldCode(Type type) {
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
