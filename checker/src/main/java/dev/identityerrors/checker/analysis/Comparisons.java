package dev.identityerrors.checker.analysis;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.util.Name;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a call that compares two values compares: the one definition that the readers of contexts
 * and the fixes' duplicate guard ask. {@code Objects.equals(a, b)}, {@code Integer.compare(a, b)}
 * and {@code Long.compare(a, b)}: both arguments; {@code a.equals(b)}: the receiver and the
 * argument. ({@code a == b} and {@code a != b} are trees of their own.)
 */
public final class Comparisons {
  private Comparisons() {}

  /** Whether the call compares two values, as the analysis reads comparisons. */
  public static boolean compares(MethodInvocationTree call, VisitorState state) {
    return operands(call, KnownNames.instance(state)) != null;
  }

  /** The two operands the call compares, or null where it is no comparison. */
  static ExpressionTree @Nullable [] operands(MethodInvocationTree call, KnownNames names) {
    return ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method
        ? operands(call, method, names)
        : null;
  }

  /** As {@link #operands(MethodInvocationTree, KnownNames)}, names compared by identity. */
  static ExpressionTree @Nullable [] operands(
      MethodInvocationTree call, MethodSymbol method, KnownNames names) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    Name name = method.getSimpleName();
    if (name != names.equals() && name != names.compare()) {
      return null;
    }
    Name owner = method.owner.getQualifiedName();
    if (method.isStatic() && arguments.size() == 2) {
      if ((name == names.equals() && owner == names.objects())
          || (name == names.compare()
              && (owner == names.integer() || owner == names.longClass()))) {
        return new ExpressionTree[] {arguments.get(0), arguments.get(1)};
      }
      return null;
    }
    if (!method.isStatic() && name == names.equals() && arguments.size() == 1) {
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      return receiver == null ? null : new ExpressionTree[] {receiver, arguments.get(0)};
    }
    return null;
  }
}
