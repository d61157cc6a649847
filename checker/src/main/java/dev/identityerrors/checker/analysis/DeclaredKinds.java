package dev.identityerrors.checker.analysis;

import com.google.errorprone.util.ASTHelpers;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.IdentityHashMap;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * What a declaration says of itself, before anything flows into it: it is a configured source
 * ({@link CodeSources}: the SDK's problem details' {@code getCode()}, a team's getters) or a
 * taker's parameter, it carries {@code @IdentityErrorCode} (for codes), or it overrides a method,
 * or implements a parameter, that does. One answer per declaration, kept for the compilation.
 */
final class DeclaredKinds {
  private final CodeSources sources;
  private final boolean annotated;
  private final KnownNames names;
  private final com.sun.tools.javac.code.Types types;
  private final IdentityHashMap<Symbol, Boolean> declarations = new IdentityHashMap<>();

  /**
   * @param annotated whether {@code @IdentityErrorCode} marks this kind (codes), beside the sources
   */
  DeclaredKinds(
      CodeSources sources,
      boolean annotated,
      KnownNames names,
      com.sun.tools.javac.code.Types types) {
    this.sources = sources;
    this.annotated = annotated;
    this.names = names;
    this.types = types;
  }

  /**
   * Whether the declaration itself says it holds a code: annotated, overriding an annotated method,
   * or a configured source.
   */
  boolean declaresKind(@Nullable Symbol symbol) {
    if (symbol == null) {
      return false;
    }
    Boolean answer = declarations.get(symbol);
    if (answer == null) {
      answer = computeDeclaresCode(symbol);
      declarations.put(symbol, answer);
    }
    return answer;
  }

  private boolean computeDeclaresCode(Symbol symbol) {
    if (isMarked(symbol)) {
      return true;
    }
    if (symbol instanceof VarSymbol parameter
        && parameter.getKind() == ElementKind.PARAMETER
        && parameter.owner instanceof MethodSymbol method
        && sources.mayTake(method)) {
      return takesOrIsHanded(method, parameter);
    }
    if (symbol instanceof MethodSymbol method && mayOverride(method)) {
      for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, types)) {
        if (isMarked(overridden)) {
          return true;
        }
      }
    }
    // A parameter of an override, where the method overridden annotates it: a listener's
    // on(String login, int code) implementing on(String login, @IdentityErrorCode int code).
    if (annotated
        && symbol instanceof VarSymbol parameter
        && names.mayHoldCode(parameter.type)
        && parameter.getKind() == ElementKind.PARAMETER
        && parameter.owner instanceof MethodSymbol method
        && mayOverride(method)) {
      int index = method.getParameters().indexOf(parameter);
      if (index >= 0) {
        for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, types)) {
          if (index < overridden.getParameters().size()
              && isMarked(overridden.getParameters().get(index))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean mayOverride(MethodSymbol method) {
    return !method.isStatic() && !method.isConstructor() && (method.flags() & Flags.PRIVATE) == 0;
  }

  /**
   * Whether the parameter is a taker's ({@code problem.setCode(657)}), or, in an override of a
   * taker, is handed the kind ({@code onFailure(ApiException e, int statusCode, ...)}).
   */
  private boolean takesOrIsHanded(MethodSymbol method, VarSymbol parameter) {
    if (sources.takes(method, parameter)) {
      return true;
    }
    if (method.isStatic() || method.isConstructor()) {
      return false;
    }
    for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, types)) {
      if (sources.takes(overridden, parameter)) {
        return true;
      }
    }
    return false;
  }

  private boolean isMarked(Symbol symbol) {
    return sources.contains(symbol) || (annotated && names.carriesCodeAnnotation(symbol));
  }
}
