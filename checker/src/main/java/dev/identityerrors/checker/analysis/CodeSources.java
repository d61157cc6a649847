package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.util.Name;
import java.util.Collection;

/**
 * Members of other people's classes that hold a value of a known kind without any annotation, named
 * {@code fully.qualified.Class#member} (a method or a field), for example the LUSID SDK's {@code
 * LusidProblemDetails#getCode}.
 */
public final class CodeSources {
  private final ImmutableSet<String> members;

  /** The members' simple names in this compilation's name table: a test without allocation. */
  private final PerCompilation<ImmutableSet<Name>> simpleNames;

  private CodeSources(Collection<String> members) {
    this.members = ImmutableSet.copyOf(members);
    this.simpleNames =
        new PerCompilation<>(
            state ->
                this.members.stream()
                    .map(member -> state.getName(member.substring(member.indexOf('#') + 1)))
                    .collect(ImmutableSet.toImmutableSet()));
  }

  /** Sources from well-formed {@code Class#member} entries. */
  public static CodeSources of(Collection<String> members) {
    return new CodeSources(members);
  }

  /** Whether the symbol is one of these members. */
  public boolean contains(Symbol symbol, VisitorState state) {
    // The simple name is checked first: it rules out almost every symbol without building a string.
    if (symbol == null
        || symbol.owner == null
        || members.isEmpty()
        || !simpleNames.get(state).contains(symbol.getSimpleName())) {
      return false;
    }
    return members.contains(symbol.owner.getQualifiedName() + "#" + symbol.getSimpleName());
  }
}
