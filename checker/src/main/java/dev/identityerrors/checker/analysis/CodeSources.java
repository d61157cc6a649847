package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.util.Name;
import java.util.Collection;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Members of other people's classes that hold a value of a known kind without any annotation, named
 * {@code fully.qualified.Class#member} (a method or a field), for example the LUSID SDK's {@code
 * LusidProblemDetails#getCode}; and methods or constructors ({@code Class#<init>}) whose {@code
 * int} or {@code Integer} parameter takes such a value, in their own declaration and in every
 * override (the SDK's {@code ApiCallback#onFailure(e, int statusCode, headers)}). Made once per
 * compilation ({@link CodeFacts}).
 */
final class CodeSources {
  private final ImmutableSet<String> members;
  private final ImmutableSet<String> takers;

  /** Members that hold the kind beyond those named: (owner, member) by their names in full. */
  private final BiPredicate<String, String> family;

  /** The members' simple names in this compilation's name table: a test without allocation. */
  private final ImmutableSet<Name> simpleNames;

  private final ImmutableSet<Name> takerNames;

  private CodeSources(
      Collection<String> members,
      Collection<String> takers,
      BiPredicate<String, String> family,
      VisitorState state) {
    this.members = ImmutableSet.copyOf(members);
    this.takers = ImmutableSet.copyOf(takers);
    this.family = family;
    this.simpleNames = simpleNames(this.members, state);
    this.takerNames = simpleNames(this.takers, state);
  }

  private static ImmutableSet<Name> simpleNames(ImmutableSet<String> members, VisitorState state) {
    return members.stream()
        .map(member -> state.getName(member.substring(member.indexOf('#') + 1)))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Sources from well-formed {@code Class#member} entries, and the methods whose integral parameter
   * takes the kind, for this compilation.
   */
  static CodeSources of(Collection<String> members, Collection<String> takers, VisitorState state) {
    return new CodeSources(members, takers, (owner, member) -> false, state);
  }

  /**
   * As {@link #of}, with a family of members beyond those named, whose simple names must be among
   * the named members' ({@code getStatus} of every FINBOURNE service's problem details).
   */
  static CodeSources of(
      Collection<String> members,
      Collection<String> takers,
      BiPredicate<String, String> family,
      VisitorState state) {
    return new CodeSources(members, takers, family, state);
  }

  /** The classes named by the members and takers, in source form. */
  ImmutableSet<String> owners() {
    return Stream.concat(members.stream(), takers.stream())
        .map(member -> member.substring(0, member.indexOf('#')))
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Whether the symbol is one of these members. */
  boolean contains(Symbol symbol) {
    // The simple name is checked first: it rules out almost every symbol without building a string.
    if (symbol == null || symbol.owner == null || !simpleNames.contains(symbol.getSimpleName())) {
      return false;
    }
    return names(members, symbol.owner, symbol.getSimpleName())
        || family.test(
            symbol.owner.getQualifiedName().toString(), symbol.getSimpleName().toString());
  }

  /**
   * Whether the entries name the owner's member: by the owner's source name ({@code a.Outer.Inner})
   * or by its binary name ({@code a.Outer$Inner}, as {@code Class.getName()} prints it, which users
   * copy into options), the same class written two ways.
   */
  private static boolean names(ImmutableSet<String> entries, Symbol owner, Name member) {
    if (entries.contains(owner.getQualifiedName() + "#" + member)) {
      return true;
    }
    return owner instanceof ClassSymbol type
        && !type.flatName().equals(type.getQualifiedName())
        && entries.contains(type.flatName() + "#" + member);
  }

  /** Whether the method's name is that of a taker: the cheap test before {@link #takes}. */
  boolean mayTake(MethodSymbol method) {
    return takerNames.contains(method.getSimpleName());
  }

  /**
   * Whether the parameter, declared by {@code method} or by a method overriding it, is the integral
   * parameter of a taker.
   */
  boolean takes(MethodSymbol method, VarSymbol parameter) {
    if (!mayTake(method) || method.owner == null || !isIntegral(parameter)) {
      return false;
    }
    return names(takers, method.owner, method.getSimpleName());
  }

  private static boolean isIntegral(VarSymbol parameter) {
    if (parameter.type == null) {
      return false;
    }
    if (parameter.type.hasTag(TypeTag.INT)) {
      return true;
    }
    return parameter.type.tsym != null
        && parameter.type.tsym.getQualifiedName().contentEquals("java.lang.Integer");
  }
}
