package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableSet;
import com.sun.tools.javac.code.Symbol;
import java.util.Collection;

/**
 * Members of other people's classes that hold a value of a known kind without any annotation, named
 * {@code fully.qualified.Class#member} (a method or a field), for example the LUSID SDK's {@code
 * LusidProblemDetails#getCode}.
 */
public final class CodeSources {
  private final ImmutableSet<String> members;
  private final ImmutableSet<String> simpleNames;

  private CodeSources(Collection<String> members) {
    this.members = ImmutableSet.copyOf(members);
    this.simpleNames =
        this.members.stream()
            .map(member -> member.substring(member.indexOf('#') + 1))
            .collect(ImmutableSet.toImmutableSet());
  }

  /** Sources from well-formed {@code Class#member} entries. */
  public static CodeSources of(Collection<String> members) {
    return new CodeSources(members);
  }

  /** Whether the symbol is one of these members. */
  public boolean contains(Symbol symbol) {
    // The simple name is checked first: it rules out almost every symbol without building a string.
    if (symbol == null
        || symbol.owner == null
        || !simpleNames.contains(symbol.getSimpleName().toString())) {
      return false;
    }
    return members.contains(symbol.owner.getQualifiedName() + "#" + symbol.getSimpleName());
  }

  public boolean isEmpty() {
    return members.isEmpty();
  }
}
