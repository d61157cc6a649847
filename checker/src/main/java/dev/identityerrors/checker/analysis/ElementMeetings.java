package dev.identityerrors.checker.analysis;

import static dev.identityerrors.checker.analysis.Trees.stripParensAndCasts;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What an element read out of a collection meets, where it is read: the one answer to "is this
 * collection used as one of codes?" that the collections ({@link ValueFlows}) and the maps' keys
 * ({@link MapKeys}) ask. The reader is a for-each variable or an element-wise lambda's parameter
 * ({@code for (int c : RETRYABLE)}, {@code codes.forEach(c -> ..)}, {@code m.forEach((k, v) ->
 * ..)}), or an entry whose {@code getKey()} is the element ({@code for (var e : m.entrySet())}).
 * Within its scope, the element is
 *
 * <ul>
 *   <li><i>compared</i> with a value, as {@link Comparisons} defines a comparison ({@code ==},
 *       {@code !=}, {@code equals}, {@code Objects.equals}, {@code Integer.compare}, a test
 *       library's assertion): that value is a key the collection is queried with;
 *   <li><i>handed</i>, as it is, to a declaration: the parameter it is passed for (a method, a
 *       constructor, a method reference given each element: {@code codes.forEach(this::retry)}), or
 *       the variable it initialises or is assigned to.
 * </ul>
 *
 * The inference judges both: a key that is a code, or a declaration that declares one, makes the
 * collection one of codes, so that each of its constants is judged.
 */
final class ElementMeetings {
  private ElementMeetings() {}

  /** Where the meetings go: the values compared with, the declarations handed to. */
  record Sink(Consumer<ExpressionTree> comparedWith, Consumer<Symbol> handedTo) {}

  /**
   * What the element read by the reader meets within the scope; {@code entry}: the reader is an
   * entry and the element its {@code getKey()}.
   */
  static void scan(
      @Nullable Symbol reader, boolean entry, @Nullable Tree scope, KnownNames names, Sink sink) {
    if (reader == null || scope == null) {
      return;
    }
    new TreeScanner<Void, Void>() {
      private boolean reads(@Nullable ExpressionTree expression) {
        if (expression == null) {
          return false;
        }
        if (!entry) {
          // The element itself, or boxed or unboxed as it is: Integer.valueOf(c).equals(code).
          return CodeCollections.refersTo(PassThroughCall.sameValueAs(expression), reader);
        }
        if (!(stripParensAndCasts(expression) instanceof MethodInvocationTree call)
            || !call.getArguments().isEmpty()
            || !Trees.isNamed(call, "getKey")) {
          return false;
        }
        ExpressionTree receiver = ASTHelpers.getReceiver(call);
        return receiver != null && CodeCollections.refersTo(receiver, reader);
      }

      @Override
      public Void visitBinary(BinaryTree binary, Void unused) {
        if (binary.getKind() == Tree.Kind.EQUAL_TO || binary.getKind() == Tree.Kind.NOT_EQUAL_TO) {
          if (reads(binary.getLeftOperand())) {
            sink.comparedWith().accept(binary.getRightOperand());
          } else if (reads(binary.getRightOperand())) {
            sink.comparedWith().accept(binary.getLeftOperand());
          }
        }
        return super.visitBinary(binary, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method) {
          Comparisons.Compared compared = Comparisons.compared(call, method, names);
          if (compared == null) {
            handed(method, call.getArguments());
          } else if (reads(compared.subject())) {
            compared.others().forEach(sink.comparedWith());
          } else if (!compared.several() && reads(compared.others().get(0))) {
            sink.comparedWith().accept(compared.subject());
          }
        }
        return super.visitMethodInvocation(call, null);
      }

      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        MethodSymbol constructor = Trees.constructorCalled(tree);
        if (constructor != null) {
          handed(constructor, tree.getArguments());
        }
        return super.visitNewClass(tree, null);
      }

      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (reads(tree.getInitializer())) {
          Symbol variable = ASTHelpers.getSymbol(tree);
          if (variable != null) {
            sink.handedTo().accept(variable);
          }
        }
        return super.visitVariable(tree, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        if (reads(tree.getExpression())) {
          Symbol variable = ASTHelpers.getSymbol(tree.getVariable());
          if (variable != null) {
            sink.handedTo().accept(variable);
          }
        }
        return super.visitAssignment(tree, null);
      }

      // A lambda or class declared inside the scope may shadow nothing the reader names: javac's
      // symbols are unique, so reads inside them are reads of the same element.

      private void handed(MethodSymbol method, List<? extends ExpressionTree> arguments) {
        List<? extends Symbol> parameters = method.getParameters();
        for (int i = 0; i < arguments.size() && !parameters.isEmpty(); i++) {
          if (reads(arguments.get(i))) {
            sink.handedTo().accept(parameters.get(Math.min(i, parameters.size() - 1)));
          }
        }
      }
    }.scan(scope, null);
  }

  /**
   * The method a reference given each element refers to, and the parameter that receives the
   * element ({@code codes.forEach(this::retry)}: {@code retry}'s first; {@code
   * m.forEach(this::put)} of a map: its first, the key), where the referred method takes as many
   * parameters as the function is given ({@code arity}), so that the element is a parameter and not
   * the receiver.
   */
  static @Nullable Symbol referenceParameter(@Nullable ExpressionTree function, int arity) {
    if (function == null
        || !(stripParensAndCasts(function) instanceof MemberReferenceTree reference)) {
      return null;
    }
    MethodSymbol referred = ASTHelpers.getSymbol(reference);
    return referred != null && referred.getParameters().size() == arity
        ? referred.getParameters().get(0)
        : null;
  }

  /**
   * The keys a query call asks for: those it is given ({@link CodeCollections#keysOf}), and what
   * the parameter of its element-wise lambda is compared with ({@code anyMatch(c -> c == code)}).
   */
  static List<ExpressionTree> keysOf(
      MethodInvocationTree call, MethodSymbol method, KnownNames names) {
    LambdaExpressionTree lambda = CodeCollections.elementLambda(call);
    if (lambda == null) {
      return CodeCollections.keysOf(call, method);
    }
    List<ExpressionTree> keys = new ArrayList<>(CodeCollections.keysOf(call, method));
    scan(
        ASTHelpers.getSymbol(lambda.getParameters().get(0)),
        false,
        lambda.getBody(),
        names,
        new Sink(keys::add, unused -> {}));
    return keys;
  }
}
