package dev.identityerrors.checker.fixes;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.google.errorprone.util.FindIdentifiers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.util.Context;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a simple name written at a point means the catalogue constant a static import brings, for
 * one compilation (javac's {@link Context}). javac's resolution from the enclosing class and method
 * (fields, inherited members, parameters, imports) is asked once per class, method and name; the
 * visible locals, which that resolution does not see, only where the file declares a variable of
 * that name at all. A fix is built for every finding, so this is on the checks' path.
 */
final class ShadowedNames {
  private static final Context.Key<ShadowedNames> KEY = new Context.Key<>();

  private final Map<List<Object>, Boolean> resolvedFromMembers = new HashMap<>();
  private final IdentityHashMap<CompilationUnitTree, Set<String>> variableNames =
      new IdentityHashMap<>();

  static ShadowedNames instance(VisitorState state) {
    ShadowedNames names = state.context.get(KEY);
    if (names == null) {
      names = new ShadowedNames();
      state.context.put(KEY, names);
    }
    return names;
  }

  /** Whether {@code name} at the state's position resolves to the catalogue's constant. */
  boolean meansCatalogueConstant(String name, VisitorState state) {
    Symbol enclosingClass = ASTHelpers.getSymbol(state.findEnclosing(ClassTree.class));
    MethodTree method = state.findEnclosing(MethodTree.class);
    Symbol enclosingMethod = method == null ? null : ASTHelpers.getSymbol(method);
    List<Object> key =
        List.of(
            enclosingClass == null ? "" : enclosingClass,
            enclosingMethod == null ? "" : enclosingMethod,
            name);
    Boolean fromMembers = resolvedFromMembers.get(key);
    if (fromMembers == null) {
      Symbol found = FindIdentifiers.findIdent(name, state);
      fromMembers = found != null && isCatalogueConstant(found);
      resolvedFromMembers.put(key, fromMembers);
    }
    if (!fromMembers) {
      return false;
    }
    if (!variablesOf(state.getPath().getCompilationUnit()).contains(name)) {
      return true;
    }
    for (Symbol visible : FindIdentifiers.findAllIdents(state)) {
      if (visible.getSimpleName().contentEquals(name) && !isCatalogueConstant(visible)) {
        return false;
      }
    }
    return true;
  }

  private Set<String> variablesOf(CompilationUnitTree unit) {
    return variableNames.computeIfAbsent(
        unit,
        u -> {
          Set<String> names = new HashSet<>();
          new TreeScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree tree, Void unused) {
              names.add(tree.getName().toString());
              return super.visitVariable(tree, null);
            }
          }.scan(u, null);
          return names;
        });
  }

  private static boolean isCatalogueConstant(Symbol symbol) {
    return symbol.owner != null
        && symbol.owner.getQualifiedName().contentEquals(Catalogue.CODES_CLASS);
  }
}
