package dev.identityerrors.checker.analysis;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import javax.lang.model.element.Name;
import org.jspecify.annotations.Nullable;

/** Answers about trees that Error Prone's {@code ASTHelpers} does not give. */
public final class Trees {
  private Trees() {}

  /**
   * The constructor whose parameters a {@code new} expression's arguments are for: the one named,
   * or, for an anonymous class ({@code new Failure(695) {}}), the superclass's constructor that
   * javac's generated constructor passes them to (the generated one's parameters carry no
   * annotations). Null where javac gave none.
   */
  public static @Nullable MethodSymbol constructorCalled(NewClassTree tree) {
    MethodSymbol constructor = ASTHelpers.getSymbol(tree);
    if (tree.getClassBody() == null || tree.getArguments().isEmpty()) {
      return constructor;
    }
    for (Tree member : tree.getClassBody().getMembers()) {
      if (member instanceof MethodTree method
          && ASTHelpers.getSymbol(method) == constructor
          && method.getBody() != null) {
        for (StatementTree statement : method.getBody().getStatements()) {
          MethodSymbol superConstructor =
              statement instanceof ExpressionStatementTree expression
                      && expression.getExpression() instanceof MethodInvocationTree call
                  ? ASTHelpers.getSymbol(call)
                  : null;
          if (superConstructor != null
              && superConstructor.isConstructor()
              && takes(superConstructor, tree.getArguments().size())) {
            return superConstructor;
          }
        }
      }
    }
    return constructor;
  }

  /** Whether a method takes that many arguments: as many as its parameters, or more by varargs. */
  private static boolean takes(MethodSymbol method, int arguments) {
    int parameters = method.getParameters().size();
    return arguments == parameters || (method.isVarArgs() && arguments >= parameters - 1);
  }

  /**
   * The method a lambda or a method reference implements ({@code FailureListener.on} for {@code
   * (login, code) -> ..} or {@code this::page}), whose parameters and return carry the annotations;
   * null where javac gave it no functional interface.
   */
  public static @Nullable MethodSymbol implementedBy(ExpressionTree lambda, Types types) {
    Type type = ASTHelpers.getType(lambda);
    if (type == null || type.tsym == null) {
      return null;
    }
    try {
      return types.findDescriptorSymbol(type.tsym) instanceof MethodSymbol method ? method : null;
    } catch (RuntimeException notFunctional) {
      // javac's FunctionDescriptorLookupError, for a type in error.
      return null;
    }
  }

  /**
   * The name a call is written with ({@code contains} of {@code set.contains(x)}, {@code of} of a
   * statically imported {@code of(..)}), without the symbol look-up; null for no such select.
   */
  public static @Nullable Name calledName(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof MemberSelectTree member) {
      return member.getIdentifier();
    }
    return select instanceof IdentifierTree identifier ? identifier.getName() : null;
  }

  /** Whether the call is written with the name. */
  public static boolean isNamed(MethodInvocationTree call, String name) {
    Name called = calledName(call);
    return called != null && called.contentEquals(name);
  }

  /**
   * Whether the symbol is an element of an annotation type ({@code int[] value()} of {@code
   * @interface RetryOn}): given one value or an array of them, as Java lets either be written.
   */
  public static boolean isAnnotationElement(Symbol symbol) {
    return symbol instanceof MethodSymbol
        && symbol.owner != null
        && (symbol.owner.flags() & Flags.ANNOTATION) != 0;
  }

  /**
   * The method whose annotation the path is in ({@code @CsvSource(..)}, or an element's value
   * inside it), or null where it is in none.
   */
  public static @Nullable MethodSymbol methodAnnotatedAt(TreePath path) {
    boolean inAnnotation = false;
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      Tree leaf = at.getLeaf();
      if (leaf instanceof AnnotationTree) {
        inAnnotation = true;
      } else if (leaf instanceof MethodTree method) {
        return inAnnotation ? ASTHelpers.getSymbol(method) : null;
      } else if (!(leaf instanceof ModifiersTree) && inAnnotation) {
        return null;
      }
    }
    return null;
  }

  /** The expression without the parentheses and casts around it. */
  public static ExpressionTree stripParensAndCasts(ExpressionTree expression) {
    ExpressionTree tree = expression;
    while (true) {
      if (tree instanceof ParenthesizedTree parenthesized) {
        tree = parenthesized.getExpression();
      } else if (tree instanceof TypeCastTree cast) {
        tree = cast.getExpression();
      } else {
        return tree;
      }
    }
  }
}
