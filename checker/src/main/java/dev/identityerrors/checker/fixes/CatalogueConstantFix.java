package dev.identityerrors.checker.fixes;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import dev.identityerrors.checker.analysis.CoveredCodes;
import dev.identityerrors.checker.analysis.Trees;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.compat.ErrorProneApi;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Replaces a number with the catalogue constant that names it, keeping what the code means. */
public final class CatalogueConstantFix {
  private CatalogueConstantFix() {}

  /**
   * Replaces the constant: with the catalogue constant's name (see {@link #reference}), cast to
   * {@code long} where the number was a {@code long} and its type matters there (boxed to {@code
   * Long}, compared by {@code equals}): the catalogue's constants are {@code int}s, and {@code Long
   * x = USER_DOES_NOT_EXIST} does not compile while {@code x.equals(USER_DOES_NOT_EXIST)} is always
   * false.
   */
  public static SuggestedFix replaceWithConstant(
      ExpressionTree tree, Catalogue catalogue, String constant, VisitorState state) {
    SuggestedFix.Builder fix = SuggestedFix.builder();
    String reference = reference(fix, catalogue, constant, state);
    if (keepsLongType(tree, state)) {
      reference = "(long) " + reference;
    }
    return fix.replace(tree, reference).build();
  }

  /**
   * Whether writing {@code code} for the constant would make its group hold that code twice ({@link
   * CoveredCodes#groupOf}: its switch's labels, the elements or keys of the collection it is
   * written in, the constants its {@code ||} or {@code &&} chain compares the same operand with, by
   * {@code ==}, {@code !=}, {@code equals} or {@code Objects.equals}; the constant at the same
   * place of the other branch of a {@code ?:} or {@code if}/{@code else}): the fix would not
   * compile ({@code duplicate case label}), would throw when the class loads ({@code Set.of(X, X)},
   * {@code Map.ofEntries} with one key twice), or would compare one thing twice (Error Prone's
   * IdentityBinaryExpression, an error), or would make two branches one (DuplicateBranches). Such a
   * constant gets no fix. A typo in the group counts as the code it is one keystroke from, which
   * its own fix will write.
   */
  public static boolean wouldRepeat(
      long code, ExpressionTree constant, Catalogue catalogue, VisitorState state) {
    List<ExpressionTree> group = CoveredCodes.groupOf(constant, state.getPath(), state);
    return CoveredCodes.counted(group, catalogue).getOrDefault(code, 0) > 1;
  }

  /**
   * Whether another constant of the constant's group ({@link #wouldRepeat}) is that code written by
   * name already: naming this one too would write an operand the group has ({@code x != A && x !=
   * A}). Two numbers alike were alike before the fix, and stay so after it.
   */
  public static boolean namedAlready(long code, ExpressionTree constant, VisitorState state) {
    for (ExpressionTree member : CoveredCodes.groupOf(constant, state.getPath(), state)) {
      Long value = ErrorProneApi.integralConstant(member);
      if (member != constant
          && value != null
          && value == code
          && !(member instanceof LiteralTree)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How the code at the state's position should name the constant: its simple name where a static
   * import brings it and nothing there shadows it (a field, local, parameter or inherited member of
   * that name), else {@code IdentityErrorCodes.NAME}, with the import of the class added to {@code
   * fix} (or the class's full name where that simple name is taken).
   */
  public static String reference(
      SuggestedFix.Builder fix, Catalogue catalogue, String constant, VisitorState state) {
    String codesClass = catalogue.codesClassName();
    ShadowedNames names = ShadowedNames.instance(state);
    if (importsStatically(names, codesClass, constant, state)
        && names.meansCatalogueConstant(constant, state)) {
      return constant;
    }
    return TypeNames.qualify(state, fix, codesClass) + "." + constant;
  }

  private static boolean importsStatically(
      ShadowedNames names, String codesClass, String constant, VisitorState state) {
    Set<String> imported = names.staticImports(state.getPath().getCompilationUnit());
    return imported.contains(codesClass + ".*") || imported.contains(codesClass + "." + constant);
  }

  /**
   * Whether the {@code long} constant must stay a {@code long}: everywhere but where it meets a
   * primitive (a comparison or arithmetic operand, a {@code long} variable, parameter or return),
   * where an {@code int} widens to the same value. A {@code var} is no such variable: it is typed
   * by what it is given.
   */
  private static boolean keepsLongType(ExpressionTree tree, VisitorState state) {
    Type type = ASTHelpers.getType(tree);
    if (type == null || type.getTag() != TypeTag.LONG) {
      return false;
    }
    TreePath path = TreePath.getPath(state.getPath().getCompilationUnit(), tree);
    TreePath child = path;
    TreePath parent = path == null ? null : path.getParentPath();
    while (parent != null
        && (parent.getLeaf() instanceof ParenthesizedTree
            || parent.getLeaf() instanceof TypeCastTree)) {
      if (parent.getLeaf() instanceof TypeCastTree cast) {
        // The cast gives the type: (long) keeps it; (Object) or (Long) boxes what is inside.
        Type castType = ASTHelpers.getType(cast);
        return castType == null || !castType.isPrimitive();
      }
      child = parent;
      parent = parent.getParentPath();
    }
    if (parent == null) {
      return true;
    }
    Tree context = parent.getLeaf();
    if (context instanceof BinaryTree) {
      return false;
    }
    Type target = null;
    if (context instanceof VariableTree variable) {
      if (ASTHelpers.hasImplicitType(variable, state)) {
        // var takes its type from the initializer: an int constant would make the variable an int.
        return true;
      }
      target = ASTHelpers.getType(variable);
    } else if (context instanceof AssignmentTree assignment) {
      target = ASTHelpers.getType(assignment.getVariable());
    } else if (context instanceof ReturnTree) {
      Tree enclosing = enclosingMethodOrLambda(parent);
      if (enclosing instanceof MethodTree method) {
        target = ASTHelpers.getType(method.getReturnType());
      }
    } else if (context instanceof MethodInvocationTree call) {
      target =
          parameterType(
              ASTHelpers.getSymbol(call.getMethodSelect()), call.getArguments(), child.getLeaf());
    } else if (context instanceof NewClassTree newClass) {
      target =
          parameterType(
              Trees.constructorCalled(newClass), newClass.getArguments(), child.getLeaf());
    }
    // Not ASTHelpers.targetType: its return type differs between Error Prone releases.
    return target == null || !target.isPrimitive();
  }

  private static @Nullable Tree enclosingMethodOrLambda(TreePath path) {
    for (TreePath current = path; current != null; current = current.getParentPath()) {
      Tree leaf = current.getLeaf();
      if (leaf instanceof MethodTree || leaf instanceof LambdaExpressionTree) {
        return leaf;
      }
    }
    return null;
  }

  /** The type of the parameter an argument is passed for (a varargs element never: null). */
  private static @Nullable Type parameterType(
      @Nullable Symbol method, List<? extends ExpressionTree> arguments, Tree argument) {
    if (!(method instanceof Symbol.MethodSymbol methodSymbol)) {
      return null;
    }
    int index = arguments.indexOf(argument);
    List<Symbol.VarSymbol> parameters = methodSymbol.getParameters();
    if (index < 0
        || index >= parameters.size()
        || (methodSymbol.isVarArgs() && index >= parameters.size() - 1)) {
      return null;
    }
    return parameters.get(index).type;
  }
}
