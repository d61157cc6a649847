package dev.identityerrors.checker.analysis;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.util.Context;
import dev.identityerrors.checker.compat.PatternTrees;
import java.util.IdentityHashMap;
import java.util.List;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * The value flows of one compilation ({@link ValueFlows}), each unit or method read at most once:
 * the one owner of the question "where does this symbol's value come from?", kept in javac's {@link
 * Context} as NullAway keeps its per-compilation services, and handed to the inference that asks
 * it.
 */
final class FlowIndex {
  private static final Context.Key<FlowIndex> KEY = new Context.Key<>();

  private final Context context;
  private final KnownNames names;
  private final IdentityHashMap<CompilationUnitTree, ValueFlows> flowsByUnit =
      new IdentityHashMap<>();
  private final IdentityHashMap<MethodTree, ValueFlows> flowsByMethod = new IdentityHashMap<>();
  private final IdentityHashMap<Symbol, List<HolderUses.Read>> readsByVariable =
      new IdentityHashMap<>();

  private FlowIndex(Context context, KnownNames names) {
    this.context = context;
    this.names = names;
  }

  /** The flows of the compilation the state belongs to. */
  static FlowIndex instance(VisitorState state) {
    FlowIndex index = state.context.get(KEY);
    if (index == null) {
      index = new FlowIndex(state.context, KnownNames.instance(state));
      state.context.put(KEY, index);
    }
    return index;
  }

  /**
   * The value flows of the compilation unit that declares the symbol, if it is in this compilation,
   * or of the one method of it that holds all of them ({@link #readingMethod}); each read once.
   */
  @Nullable ValueFlows flowsOf(Symbol symbol, VisitorState state) {
    MethodTree method = readingMethod(symbol, state);
    if (method != null) {
      return flowsByMethod.computeIfAbsent(method, m -> ValueFlows.of(m, names));
    }
    ClassSymbol outermost = outermostClass(symbol);
    if (outermost == null) {
      return null;
    }
    CompilationUnitTree current = state.getPath().getCompilationUnit();
    CompilationUnitTree unit;
    if (outermost.sourcefile != null && outermost.sourcefile == current.getSourceFile()) {
      unit = current;
    } else {
      TreePath path = JavacTrees.instance(context).getPath(outermost);
      if (path == null) {
        return null;
      }
      unit = path.getCompilationUnit();
    }
    return flowsByUnit.computeIfAbsent(unit, u -> ValueFlows.of(u, names));
  }

  /**
   * Every read of a variable the unit's scan keeps no reads of ({@link VariableReads}): a local or
   * a parameter read in its method, a field in its unit; null where that tree is not in this
   * compilation. Each variable's scope is scanned once.
   */
  @Nullable List<HolderUses.Read> readsOf(Symbol variable) {
    List<HolderUses.Read> known = readsByVariable.get(variable);
    if (known != null) {
      return known;
    }
    Tree scope = null;
    if (variable.owner instanceof MethodSymbol method) {
      scope = JavacTrees.instance(context).getTree(method);
    } else if (variable.getKind() == ElementKind.FIELD) {
      ClassSymbol outermost = outermostClass(variable);
      TreePath path = outermost == null ? null : JavacTrees.instance(context).getPath(outermost);
      scope = path == null ? null : path.getCompilationUnit();
    }
    if (scope == null) {
      return null;
    }
    List<HolderUses.Read> reads = VariableReads.in(scope, variable);
    readsByVariable.put(variable, reads);
    return reads;
  }

  /**
   * The top-level class around a symbol, or null: not {@code Symbol.outermostClass}, which fails on
   * members of no class (an array's {@code length}).
   */
  private static @Nullable ClassSymbol outermostClass(Symbol symbol) {
    ClassSymbol outermost = null;
    for (Symbol current = symbol; current != null; current = current.owner) {
      if (current instanceof ClassSymbol type) {
        outermost = type;
      }
    }
    return outermost;
  }

  /**
   * The method on the state's path whose body holds all the analysis asks about the symbol: for a
   * local variable or pattern binding, the method declaring it, where every value it can be given
   * is written; for a method, the method itself, whose returns are all in its body. That method is
   * read instead of its whole unit, which most units then never need. Null for other symbols, and
   * where the question comes from outside that method (a helper's returns followed from a call
   * elsewhere): then the unit is read, which answers the same.
   */
  private static @Nullable MethodTree readingMethod(Symbol symbol, VisitorState state) {
    Symbol method = symbol instanceof MethodSymbol ? symbol : isLocal(symbol) ? symbol.owner : null;
    if (!(method instanceof MethodSymbol)) {
      return null;
    }
    for (Tree enclosing : state.getPath()) {
      if (enclosing instanceof MethodTree tree && ASTHelpers.getSymbol(tree) == method) {
        return tree;
      }
    }
    return null;
  }

  private static boolean isLocal(Symbol symbol) {
    return switch (symbol.getKind()) {
      case LOCAL_VARIABLE, RESOURCE_VARIABLE -> true;
      default -> PatternTrees.isBinding(symbol);
    };
  }
}
