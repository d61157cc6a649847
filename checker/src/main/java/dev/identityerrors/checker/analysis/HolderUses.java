package dev.identityerrors.checker.analysis;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the generic holders of one compilation unit (or method) are used: every read of a variable
 * whose type may hold codes in a slot ({@link TypeSlots#mayHoldCodes}), with its path, so that the
 * inference can tell a call on it (which may put values in, or read them out) from an escape
 * (passed, returned, aliased: then what it holds may come from elsewhere); and, for each parameter
 * of a lambda written as an argument, the call it is passed to. Read in a scan of its own, when
 * {@link ValueFlows} is first asked about holders.
 */
final class HolderUses {
  /** A lambda written as the argument at {@code index} of {@code call}. */
  record LambdaArgument(MethodInvocationTree call, int index, LambdaExpressionTree lambda) {}

  private final Map<Symbol, List<TreePath>> reads = new HashMap<>();
  private final Map<Symbol, LambdaArgument> lambdaArguments = new HashMap<>();

  private HolderUses() {}

  /** The holders of a unit or a method, read in one scan. */
  static HolderUses of(TreePath unitOrMethod, KnownNames names) {
    HolderUses uses = new HolderUses();
    TreePathScanner<Void, Void> scanner =
        new TreePathScanner<>() {
          @Override
          public Void visitIdentifier(IdentifierTree tree, Void unused) {
            uses.read(tree, getCurrentPath(), names);
            return null;
          }

          @Override
          public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
            uses.read(tree, getCurrentPath(), names);
            return super.visitMemberSelect(tree, null);
          }

          @Override
          public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            List<? extends ExpressionTree> arguments = tree.getArguments();
            for (int i = 0; i < arguments.size(); i++) {
              if (Trees.stripParensAndCasts(arguments.get(i))
                  instanceof LambdaExpressionTree lambda) {
                for (var parameter : lambda.getParameters()) {
                  Symbol symbol = ASTHelpers.getSymbol(parameter);
                  if (symbol != null) {
                    uses.lambdaArguments.put(symbol, new LambdaArgument(tree, i, lambda));
                  }
                }
              }
            }
            return super.visitMethodInvocation(tree, null);
          }
        };
    scanner.scan(unitOrMethod, null);
    return uses;
  }

  private void read(ExpressionTree tree, TreePath path, KnownNames names) {
    if (!(ASTHelpers.getSymbol(tree) instanceof VarSymbol variable)
        || !TypeSlots.mayHoldCodes(variable.type, names)) {
      return;
    }
    Tree parent = path.getParentPath() == null ? null : path.getParentPath().getLeaf();
    if (parent instanceof AssignmentTree assignment && assignment.getVariable() == tree) {
      return; // written, not read: the value assigned is among ValueFlows' assigned values
    }
    reads.computeIfAbsent(variable, unused -> new ArrayList<>()).add(path);
  }

  /** Every read of the holder variable in this unit, with its path; empty if none. */
  List<TreePath> readsOf(Symbol variable) {
    return reads.getOrDefault(variable, List.of());
  }

  /** The call a lambda parameter's lambda is an argument of, or null. */
  @Nullable LambdaArgument lambdaArgumentOf(Symbol parameter) {
    return lambdaArguments.get(parameter);
  }
}
