package dev.identityerrors.checker.analysis;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the generic holders of one compilation unit (or method) are used: every read of a variable
 * whose type may hold codes in a slot ({@link TypeSlots#mayHoldCodes}), with the trees around it,
 * so that the inference can tell a call on it (which may put values in, or read them out) from an
 * escape (passed, returned, aliased: then what it holds may come from elsewhere); and, for each
 * parameter of a lambda written as an argument, the call it is passed to. Filled by {@link
 * ValueFlows}' own scan, so that a unit is read once for both.
 */
final class HolderUses {
  /**
   * How many trees around a read are kept at most: every tree of the expression it stands in (a
   * call on the holder, the views it returns and the calls on them, however long the chain), up to
   * and with the statement around them, within this bound. A use further out is taken for an
   * escape.
   */
  private static final int ANCESTORS = 64;

  /**
   * A read of a holder variable and the trees around it, its parent first.
   *
   * @param tree the identifier or member select that reads the variable
   * @param ancestors its parent, the parent's parent, ..., to the statement around it
   */
  record Read(ExpressionTree tree, List<Tree> ancestors) {}

  /**
   * A lambda written as the argument at {@code index} of {@code call}, and the calls that call's
   * result is passed to in turn, the nearest first ({@code collect(partitioningBy(c -> ..))}: the
   * lambda is handed what {@code collect} hands {@code partitioningBy}'s collector).
   */
  record LambdaArgument(
      MethodInvocationTree call, int index, LambdaExpressionTree lambda, List<Passed> passedTo) {}

  /** A call's result written as the argument at {@code index} of {@code call}. */
  record Passed(MethodInvocationTree call, int index) {}

  private final Map<Symbol, List<Read>> reads = new HashMap<>();
  private final Map<Symbol, LambdaArgument> lambdaArguments = new HashMap<>();

  /**
   * A read, if of a holder variable ({@code scanning} runs from the root to the read itself); a
   * written variable ({@code held = ..}) is none: its values are among ValueFlows' assigned ones.
   */
  void read(ExpressionTree tree, List<Tree> scanning, KnownNames names) {
    if (!(ASTHelpers.getSymbol(tree) instanceof VarSymbol variable)
        || !TypeSlots.mayHoldCodes(variable.type, names)) {
      return;
    }
    Read read = readAt(tree, scanning);
    if (read != null) {
      reads.computeIfAbsent(variable, unused -> new ArrayList<>()).add(read);
    }
  }

  /**
   * The read of a variable by the last tree scanned, with the trees around it; null where the
   * variable is written there ({@code held = ..}).
   */
  static @Nullable Read readAt(ExpressionTree tree, List<Tree> scanning) {
    int parent = scanning.size() - 2;
    if (parent >= 0
        && scanning.get(parent) instanceof AssignmentTree assignment
        && assignment.getVariable() == tree) {
      return null;
    }
    List<Tree> ancestors = new ArrayList<>();
    for (int i = parent; i >= 0 && ancestors.size() < ANCESTORS; i--) {
      Tree ancestor = scanning.get(i);
      ancestors.add(ancestor);
      if (ancestor instanceof StatementTree) {
        break; // what stands around the statement does not use the read's value
      }
    }
    return new Read(tree, ancestors);
  }

  /**
   * The lambdas written as the call's arguments: each parameter's call ({@code scanning} runs from
   * the root to the call itself).
   */
  void lambdaArguments(MethodInvocationTree call, List<Tree> scanning) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    List<Passed> passedTo = null;
    for (int i = 0; i < arguments.size(); i++) {
      if (Trees.stripParensAndCasts(arguments.get(i)) instanceof LambdaExpressionTree lambda) {
        if (passedTo == null) {
          passedTo = passedTo(scanning);
        }
        for (var parameter : lambda.getParameters()) {
          Symbol symbol = ASTHelpers.getSymbol(parameter);
          if (symbol != null) {
            lambdaArguments.put(symbol, new LambdaArgument(call, i, lambda, passedTo));
          }
        }
      }
    }
  }

  /**
   * The calls the last tree scanned (a call) is an argument of, each of the one before, the nearest
   * first, as far as {@link #ANCESTORS} trees out.
   */
  private static List<Passed> passedTo(List<Tree> scanning) {
    List<Passed> passed = new ArrayList<>();
    Tree argument = scanning.get(scanning.size() - 1);
    for (int i = scanning.size() - 2; i >= 0 && scanning.size() - i <= ANCESTORS; i--) {
      Tree parent = scanning.get(i);
      if (parent instanceof ParenthesizedTree || parent instanceof TypeCastTree) {
        argument = parent;
        continue;
      }
      int index =
          parent instanceof MethodInvocationTree outer
              ? outer.getArguments().indexOf(argument)
              : -1;
      if (index < 0) {
        break;
      }
      passed.add(new Passed((MethodInvocationTree) parent, index));
      argument = parent;
    }
    return passed;
  }

  /** Every read of the holder variable in this unit; empty if none. */
  List<Read> readsOf(Symbol variable) {
    return reads.getOrDefault(variable, List.of());
  }

  /** The call a lambda parameter's lambda is an argument of, or null. */
  @Nullable LambdaArgument lambdaArgumentOf(Symbol parameter) {
    return lambdaArguments.get(parameter);
  }
}
