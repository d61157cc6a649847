package dev.identityerrors.checker.fixes;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.google.errorprone.util.FindIdentifiers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.tree.TreeScanner;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Name;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.Collections;
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
  private final IdentityHashMap<CompilationUnitTree, Set<Name>> variableNames =
      new IdentityHashMap<>();
  private final IdentityHashMap<CompilationUnitTree, Set<String>> staticImports =
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
    if (!variablesOf(state.getPath().getCompilationUnit()).contains(state.getName(name))) {
      return true;
    }
    for (Symbol visible : FindIdentifiers.findAllIdents(state)) {
      if (visible.getSimpleName().contentEquals(name) && !isCatalogueConstant(visible)) {
        return false;
      }
    }
    return true;
  }

  /** What the unit imports statically, by name ({@code a.B.NAME}, {@code a.B.*}), read once. */
  Set<String> staticImports(CompilationUnitTree unit) {
    return staticImports.computeIfAbsent(
        unit,
        u -> {
          Set<String> imported = new HashSet<>();
          for (ImportTree importTree : u.getImports()) {
            if (importTree.isStatic()) {
              // The name, not the tree's toString: that runs javac's pretty printer.
              imported.add(
                  TreeInfo.fullName((JCTree) importTree.getQualifiedIdentifier()).toString());
            }
          }
          return imported;
        });
  }

  /** The names of the variables the unit declares, as javac's names: no string made per name. */
  private Set<Name> variablesOf(CompilationUnitTree unit) {
    return variableNames.computeIfAbsent(
        unit,
        u -> {
          Set<Name> names = Collections.newSetFromMap(new IdentityHashMap<>());
          new TreeScanner() {
            @Override
            public void visitVarDef(JCVariableDecl tree) {
              names.add(tree.name);
              super.visitVarDef(tree);
            }
          }.scan((JCCompilationUnit) u);
          return names;
        });
  }

  private static boolean isCatalogueConstant(Symbol symbol) {
    return symbol.owner != null
        && symbol.owner.getQualifiedName().contentEquals(Catalogue.CODES_CLASS);
  }
}
