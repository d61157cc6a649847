package dev.identityerrors.checker.compat;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Patterns read by tree kind, so that the same jar understands JDK 17's patterns and the record
 * patterns of JDK 21+ (whose tree interfaces JDK 17 lacks). What a binding means is the caller's:
 * this class only says which variables a pattern binds, and to what.
 */
public final class PatternTrees {
  private PatternTrees() {}

  /** Told of each variable a pattern binds. */
  @FunctionalInterface
  public interface Bindings {
    /**
     * One variable the pattern binds.
     *
     * @param variable the binding's declaration ({@code int code} of {@code o instanceof Integer
     *     code}, of {@code case Failure(int code, var detail)})
     * @param component the record component the variable receives, or null where it receives the
     *     value the pattern matches
     */
    void bound(VariableTree variable, @Nullable Symbol component);
  }

  /** Whether the symbol is a pattern binding ({@code o instanceof Integer i}, a case pattern). */
  public static boolean isBinding(Symbol symbol) {
    return symbol.getKind().name().equals("BINDING_VARIABLE");
  }

  /**
   * Tells {@code bindings} of every variable the pattern (or case label) binds; guards and case
   * bodies are not part of what it binds.
   */
  public static void scanBindings(Tree pattern, Bindings bindings) {
    new TreeScanner<@Nullable Void, @Nullable Symbol>() {
      @Override
      public @Nullable Void scan(@Nullable Tree tree, @Nullable Symbol component) {
        if (tree == null) {
          return null;
        }
        String kind = tree.getKind().name();
        if (kind.equals("DECONSTRUCTION_PATTERN")) {
          scanComponents(tree, this);
          return null;
        }
        if (kind.equals("BINDING_PATTERN")) {
          if (tree instanceof BindingPatternTree binding && binding.getVariable() != null) {
            bindings.bound(binding.getVariable(), component);
          }
          return null;
        }
        if (kind.equals("PATTERN_CASE_LABEL") || kind.equals("PARENTHESIZED_PATTERN")) {
          return super.scan(tree, component);
        }
        return null;
      }

      @Override
      public @Nullable Void visitParenthesized(ParenthesizedTree tree, @Nullable Symbol component) {
        return scan(tree.getExpression(), component);
      }
    }.scan(pattern, null);
  }

  /** {@code Failure(int code, var detail)}: each nested pattern binds one record component. */
  private static void scanComponents(
      Tree deconstruction, TreeScanner<@Nullable Void, @Nullable Symbol> scanner) {
    List<?> nested;
    try {
      nested =
          (List<?>) deconstruction.getClass().getMethod("getNestedPatterns").invoke(deconstruction);
    } catch (ReflectiveOperationException | ClassCastException unknownShape) {
      return;
    }
    var type = ASTHelpers.getType(deconstruction);
    if (type == null || !(type.tsym instanceof Symbol.ClassSymbol record)) {
      return;
    }
    List<? extends Symbol> components = record.getRecordComponents();
    for (int i = 0; i < nested.size() && i < components.size(); i++) {
      if (nested.get(i) instanceof Tree nestedPattern) {
        scanner.scan(nestedPattern, components.get(i));
      }
    }
  }
}
