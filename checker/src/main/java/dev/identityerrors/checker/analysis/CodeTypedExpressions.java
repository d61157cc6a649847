package dev.identityerrors.checker.analysis;

import static com.google.errorprone.util.ASTHelpers.getSymbol;
import static com.google.errorprone.util.ASTHelpers.hasAnnotation;
import static com.google.errorprone.util.ASTHelpers.isConsideredFinal;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.identityerrors.checker.catalogue.Catalogue;
import javax.lang.model.element.ElementKind;

/**
 * Decides which expressions hold a LUSID Identity error code (or, built by {@link #heldBy}, another
 * kind of value such as an HTTP status): reads of declarations annotated {@code @IdentityErrorCode}
 * (or overriding an annotated method), of configured code sources such as the SDK's problem
 * details, and of unannotated locals initialised from such an expression and never reassigned;
 * through parentheses, casts, boxing and unboxing.
 */
public final class CodeTypedExpressions {
  /**
   * How many unannotated locals deep an inference may go ({@code int a = p.code(); int b = a;}).
   */
  private static final int MAX_LOCAL_CHAIN = 4;

  private final CodeSources sources;
  private final boolean annotated;

  private CodeTypedExpressions(CodeSources sources, boolean annotated) {
    this.sources = sources;
    this.annotated = annotated;
  }

  /** Identity error codes: {@code @IdentityErrorCode} declarations and the given sources. */
  public static CodeTypedExpressions errorCodes(CodeSources sources) {
    return new CodeTypedExpressions(sources, true);
  }

  /** Another kind of value (HTTP statuses) that only the given sources hold. */
  public static CodeTypedExpressions heldBy(CodeSources sources) {
    return new CodeTypedExpressions(sources, false);
  }

  /** Whether the expression's value is an Identity error code. */
  public boolean isCodeTyped(ExpressionTree expression, VisitorState state) {
    return isCodeTyped(expression, state, 0);
  }

  private boolean isCodeTyped(ExpressionTree expression, VisitorState state, int depth) {
    ExpressionTree tree = stripParensAndCasts(expression);
    switch (tree.getKind()) {
      case METHOD_INVOCATION:
        return isCodeTypedCall((MethodInvocationTree) tree, state, depth);
      case IDENTIFIER:
      case MEMBER_SELECT:
        Symbol symbol = getSymbol(tree);
        if (!(symbol instanceof VarSymbol variable)) {
          return false;
        }
        return declaresCode(variable, state)
            || (depth < MAX_LOCAL_CHAIN && isInferredCodeLocal(variable, state, depth));
      default:
        return false;
    }
  }

  private boolean isCodeTypedCall(MethodInvocationTree call, VisitorState state, int depth) {
    MethodSymbol method = getSymbol(call);
    if (method == null) {
      return false;
    }
    String owner = method.owner.getQualifiedName().toString();
    boolean boxedNumber = owner.equals("java.lang.Integer") || owner.equals("java.lang.Long");
    if (boxedNumber && call.getArguments().isEmpty() && isUnboxing(method)) {
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      return receiver != null && isCodeTyped(receiver, state, depth);
    }
    if (boxedNumber && method.isStatic() && method.getSimpleName().contentEquals("valueOf")) {
      return call.getArguments().size() == 1
          && isCodeTyped(call.getArguments().get(0), state, depth);
    }
    return declaresCode(method, state);
  }

  private static boolean isUnboxing(MethodSymbol method) {
    String name = method.getSimpleName().toString();
    return name.equals("intValue") || name.equals("longValue");
  }

  /**
   * Whether the declaration itself says it holds a code: annotated, overriding an annotated method,
   * or a configured source.
   */
  public boolean declaresCode(Symbol symbol, VisitorState state) {
    if (symbol == null) {
      return false;
    }
    if (isMarked(symbol, state)) {
      return true;
    }
    if (symbol instanceof MethodSymbol method && !method.isStatic()) {
      for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, state.getTypes())) {
        if (isMarked(overridden, state)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isMarked(Symbol symbol, VisitorState state) {
    return sources.contains(symbol)
        || (annotated && hasAnnotation(symbol, Catalogue.CODE_ANNOTATION, state));
  }

  private boolean isInferredCodeLocal(VarSymbol variable, VisitorState state, int depth) {
    if (variable.getKind() != ElementKind.LOCAL_VARIABLE || !isConsideredFinal(variable)) {
      return false;
    }
    ExpressionTree initializer = initializerOf(variable, state.getPath());
    return initializer != null && isCodeTyped(initializer, state, depth + 1);
  }

  /** The initialiser of a local variable declared in the method (or class body) around the path. */
  private static ExpressionTree initializerOf(VarSymbol local, TreePath path) {
    Tree scope = null;
    for (TreePath current = path; current != null; current = current.getParentPath()) {
      scope = current.getLeaf();
      if (scope instanceof MethodTree || scope instanceof ClassTree) {
        break;
      }
    }
    if (scope == null) {
      return null;
    }
    ExpressionTree[] found = new ExpressionTree[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree variable, Void unused) {
        if (found[0] == null && getSymbol(variable) == local) {
          found[0] = variable.getInitializer();
          return null;
        }
        return super.visitVariable(variable, unused);
      }
    }.scan(scope, null);
    return found[0];
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
