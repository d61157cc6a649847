package dev.identityerrors.checker.fixes;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.google.errorprone.util.FindIdentifiers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.tools.javac.code.Kinds;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCClassDecl;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.tree.JCTree.JCFieldAccess;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.tree.TreeScanner;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Name;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a simple name written at a point means the catalogue constant a static import brings, for
 * one compilation (javac's {@link Context}). A fix is built for every finding, so this is on the
 * checks' path. First a per-unit test that needs no resolution: a name that nothing in the unit
 * could bind otherwise (no variable the unit declares, no field its classes inherit, no other
 * static import) means the constant. Only a name that fails it is resolved by javac ({@link
 * FindIdentifiers}), once per class, method and name, and the visible locals, which that resolution
 * does not see, are asked where the unit declares a variable of that name.
 */
final class ShadowedNames {
  private static final Context.Key<ShadowedNames> KEY = new Context.Key<>();

  private final Map<List<Object>, Boolean> resolvedFromMembers = new HashMap<>();
  private final IdentityHashMap<CompilationUnitTree, Declarations> declarations =
      new IdentityHashMap<>();
  private final IdentityHashMap<CompilationUnitTree, Optional<Set<Name>>> rivalNames =
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
    Optional<Set<Name>> rivals = rivalsOf(state.getPath().getCompilationUnit(), state);
    if (rivals.isPresent() && !rivals.get().contains(state.getName(name))) {
      return true;
    }
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
    if (!declarationsOf(state.getPath().getCompilationUnit())
        .variables()
        .contains(state.getName(name))) {
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

  /**
   * What a unit declares: its variables' and types' names (as javac's names, no string made per
   * name), and its classes, nested, local and anonymous ones too (null where one has no symbol:
   * code javac could not attribute).
   */
  private record Declarations(
      Set<Name> variables, Set<Name> typeNames, @Nullable List<Symbol.ClassSymbol> classes) {}

  /**
   * Whether the unit declares a type of that simple name anywhere (nested, local, a type of its own
   * at the top): importing another type of that name would make one name mean two types in one
   * file, which Error Prone's SameNameButDifferent reports.
   */
  boolean declaresType(CompilationUnitTree unit, String simpleName) {
    for (Name name : declarationsOf(unit).typeNames()) {
      if (name.contentEquals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  /** The unit's declarations, read in one scan, once. */
  private Declarations declarationsOf(CompilationUnitTree unit) {
    return declarations.computeIfAbsent(
        unit,
        u -> {
          Set<Name> variables = Collections.newSetFromMap(new IdentityHashMap<>());
          Set<Name> typeNames = Collections.newSetFromMap(new IdentityHashMap<>());
          List<Symbol.ClassSymbol> classes = new ArrayList<>();
          boolean[] unattributed = {false};
          new TreeScanner() {
            @Override
            public void visitVarDef(JCVariableDecl tree) {
              variables.add(tree.name);
              super.visitVarDef(tree);
            }

            @Override
            public void visitClassDef(JCClassDecl tree) {
              typeNames.add(tree.name);
              if (tree.sym == null) {
                unattributed[0] = true;
              } else {
                classes.add(tree.sym);
              }
              super.visitClassDef(tree);
            }
          }.scan((JCCompilationUnit) u);
          return new Declarations(variables, typeNames, unattributed[0] ? null : classes);
        });
  }

  /**
   * Every name that could bind a variable other than the catalogue's constant somewhere in the
   * unit: the variables it declares (fields, locals, parameters), the fields its classes inherit
   * (from every supertype, accessible or not: a superclass's private field still takes the name),
   * and what its other static imports bring. Empty where the unit cannot be read so (a class javac
   * could not attribute, a supertype or an imported class that does not complete): then every name
   * is resolved.
   */
  private Optional<Set<Name>> rivalsOf(CompilationUnitTree unit, VisitorState state) {
    Optional<Set<Name>> rivals = rivalNames.get(unit);
    if (rivals == null) {
      rivals = computeRivals(unit, state);
      rivalNames.put(unit, rivals);
    }
    return rivals;
  }

  private Optional<Set<Name>> computeRivals(CompilationUnitTree unit, VisitorState state) {
    Declarations declared = declarationsOf(unit);
    List<Symbol.ClassSymbol> classes = declared.classes();
    if (classes == null) {
      return Optional.empty();
    }
    Set<Name> names = Collections.newSetFromMap(new IdentityHashMap<>());
    names.addAll(declared.variables());
    Types types = state.getTypes();
    try {
      for (Symbol.ClassSymbol type : classes) {
        addFieldNames(type.type, types, names);
      }
      for (ImportTree importTree : unit.getImports()) {
        if (!importTree.isStatic()
            || !(importTree.getQualifiedIdentifier() instanceof JCFieldAccess imported)) {
          continue;
        }
        Symbol from = TreeInfo.symbol(imported.selected);
        if (from == null) {
          return Optional.empty();
        }
        if (isCatalogueClass(from)) {
          continue;
        }
        if (!imported.name.contentEquals("*")) {
          names.add(imported.name);
        } else {
          addFieldNames(from.type, types, names);
        }
      }
    } catch (Symbol.CompletionFailure unreadable) {
      return Optional.empty();
    }
    return Optional.of(names);
  }

  // javac's Scope, not ASTHelpers.scope: that is gone from Error Prone 2.42.0 (see ErrorProneApi).
  @SuppressWarnings("ASTHelpersSuggestions")
  private static void addFieldNames(Type type, Types types, Set<Name> names) {
    for (Type supertype : types.closure(type)) {
      for (Symbol member : supertype.tsym.members().getSymbols(m -> m.kind == Kinds.Kind.VAR)) {
        names.add(member.name);
      }
    }
  }

  private static boolean isCatalogueConstant(Symbol symbol) {
    return symbol.owner != null && isCatalogueClass(symbol.owner);
  }

  private static boolean isCatalogueClass(Symbol symbol) {
    return symbol.getQualifiedName().contentEquals(Catalogue.CODES_CLASS);
  }
}
