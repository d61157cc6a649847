package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.util.Name;
import java.util.Collection;

/**
 * Members of other people's classes that hold a value of a known kind without any annotation, named
 * {@code fully.qualified.Class#member} (a method or a field), for example the LUSID SDK's {@code
 * LusidProblemDetails#getCode}. Made once per compilation ({@link CodeFacts}).
 */
final class CodeSources {
  private final ImmutableSet<String> members;

  /** The members' simple names in this compilation's name table: a test without allocation. */
  private final ImmutableSet<Name> simpleNames;

  private CodeSources(Collection<String> members, VisitorState state) {
    this.members = ImmutableSet.copyOf(members);
    this.simpleNames =
        this.members.stream()
            .map(member -> state.getName(member.substring(member.indexOf('#') + 1)))
            .collect(ImmutableSet.toImmutableSet());
  }

  /** Sources from well-formed {@code Class#member} entries, for this compilation. */
  static CodeSources of(Collection<String> members, VisitorState state) {
    return new CodeSources(members, state);
  }

  /** Whether the symbol is one of these members. */
  boolean contains(Symbol symbol) {
    // The simple name is checked first: it rules out almost every symbol without building a string.
    if (symbol == null || symbol.owner == null || !simpleNames.contains(symbol.getSimpleName())) {
      return false;
    }
    return members.contains(symbol.owner.getQualifiedName() + "#" + symbol.getSimpleName());
  }
}
