package dev.identityerrors.checker.analysis;

import static com.google.errorprone.util.ASTHelpers.getSymbol;
import static com.google.errorprone.util.ASTHelpers.isConsideredFinal;

import com.google.common.collect.ImmutableSet;
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
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.util.Name;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.lang.model.element.ElementKind;

/**
 * Decides which expressions hold a LUSID Identity error code (or, built by {@link #heldBy}, another
 * kind of value such as an HTTP status): reads of declarations annotated {@code @IdentityErrorCode}
 * (or overriding an annotated method), of configured code sources such as the SDK's problem
 * details, and of unannotated locals initialised from such an expression and never reassigned;
 * through parentheses, casts, boxing and unboxing.
 *
 * <p>It runs on almost every comparison, call and return of the user's code, so it answers from
 * caches where it can: per compilation for declarations, per method for local initialisers.
 */
public final class CodeTypedExpressions {
  /**
   * How many unannotated locals deep an inference may go ({@code int a = p.code(); int b = a;}).
   */
  private static final int MAX_LOCAL_CHAIN = 4;

  private static final PerCompilation<Name> CODE_ANNOTATION =
      new PerCompilation<>(state -> state.getName(Catalogue.CODE_ANNOTATION));
  private static final PerCompilation<ImmutableSet<Name>> BOXING_METHODS =
      new PerCompilation<>(
          state ->
              ImmutableSet.of(
                  state.getName("intValue"), state.getName("longValue"), state.getName("valueOf")));

  private final CodeSources sources;
  private final boolean annotated;
  private final PerCompilation<Map<Symbol, Boolean>> declarations =
      new PerCompilation<>(state -> new IdentityHashMap<>());
  private LocalInitializers lastScope;

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
    if (BOXING_METHODS.get(state).contains(method.getSimpleName())) {
      String owner = method.owner.getQualifiedName().toString();
      if (owner.equals("java.lang.Integer") || owner.equals("java.lang.Long")) {
        ExpressionTree boxed =
            method.isStatic()
                ? (call.getArguments().size() == 1 ? call.getArguments().get(0) : null)
                : ASTHelpers.getReceiver(call);
        return boxed != null && isCodeTyped(boxed, state, depth);
      }
    }
    return declaresCode(method, state);
  }

  /**
   * Whether the declaration itself says it holds a code: annotated, overriding an annotated method,
   * or a configured source.
   */
  public boolean declaresCode(Symbol symbol, VisitorState state) {
    if (symbol == null) {
      return false;
    }
    Map<Symbol, Boolean> known = declarations.get(state);
    Boolean answer = known.get(symbol);
    if (answer == null) {
      answer = computeDeclaresCode(symbol, state);
      known.put(symbol, answer);
    }
    return answer;
  }

  private boolean computeDeclaresCode(Symbol symbol, VisitorState state) {
    if (isMarked(symbol, state)) {
      return true;
    }
    if (symbol instanceof MethodSymbol method
        && !method.isStatic()
        && !method.isConstructor()
        && (method.flags() & Flags.PRIVATE) == 0) {
      for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, state.getTypes())) {
        if (isMarked(overridden, state)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isMarked(Symbol symbol, VisitorState state) {
    return sources.contains(symbol, state) || (annotated && hasCodeAnnotation(symbol, state));
  }

  /** The annotation test, without the look-ups of {@code ASTHelpers.hasAnnotation}. */
  private static boolean hasCodeAnnotation(Symbol symbol, VisitorState state) {
    var annotations = symbol.getRawAttributes();
    if (annotations.isEmpty()) {
      return false;
    }
    Name codeAnnotation = CODE_ANNOTATION.get(state);
    for (Attribute.Compound annotation : annotations) {
      if (annotation.type.tsym.getQualifiedName() == codeAnnotation) {
        return true;
      }
    }
    return false;
  }

  private boolean isInferredCodeLocal(VarSymbol variable, VisitorState state, int depth) {
    if (variable.getKind() != ElementKind.LOCAL_VARIABLE || !isConsideredFinal(variable)) {
      return false;
    }
    ExpressionTree initializer = initializerOf(variable, state.getPath());
    return initializer != null && isCodeTyped(initializer, state, depth + 1);
  }

  /** The initialiser of a local declared in the method (or class body) around the path. */
  private ExpressionTree initializerOf(VarSymbol local, TreePath path) {
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
    // Judging one method asks about its locals many times: scan it once.
    LocalInitializers initializers = lastScope;
    if (initializers == null || initializers.scope() != scope) {
      initializers = LocalInitializers.of(scope);
      lastScope = initializers;
    }
    return initializers.byLocal().get(local);
  }

  /** The initialisers of the local variables declared in one method or class body. */
  private record LocalInitializers(Tree scope, Map<Symbol, ExpressionTree> byLocal) {
    static LocalInitializers of(Tree scope) {
      Map<Symbol, ExpressionTree> byLocal = new HashMap<>();
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitVariable(VariableTree variable, Void unused) {
          Symbol symbol = getSymbol(variable);
          if (symbol != null && variable.getInitializer() != null) {
            byLocal.put(symbol, variable.getInitializer());
          }
          return super.visitVariable(variable, unused);
        }
      }.scan(scope, null);
      return new LocalInitializers(scope, byLocal);
    }
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
