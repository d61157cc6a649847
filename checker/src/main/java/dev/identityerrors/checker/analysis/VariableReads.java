package dev.identityerrors.checker.analysis;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import java.util.ArrayList;
import java.util.List;

/**
 * Every read of one variable in the tree that holds its scope, with the trees around it ({@link
 * HolderUses.Read}): for the variables whose reads a unit's own scan does not keep, asked for one
 * at a time (a function held in a local or a parameter, {@code IntPredicate retry = c -> ..}, whose
 * calls hand its lambda's parameter its values).
 */
final class VariableReads extends PathScanner {
  private final Symbol variable;
  private final List<HolderUses.Read> reads = new ArrayList<>();

  private VariableReads(Symbol variable) {
    this.variable = variable;
  }

  /** The reads of the variable in the scope, in the order they are written. */
  static List<HolderUses.Read> in(Tree scope, Symbol variable) {
    VariableReads scanner = new VariableReads(variable);
    scanner.scan(scope, null);
    return scanner.reads;
  }

  @Override
  public Void visitIdentifier(IdentifierTree tree, Void unused) {
    record(tree);
    return null;
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
    record(tree);
    return super.visitMemberSelect(tree, null);
  }

  private void record(ExpressionTree tree) {
    if (ASTHelpers.getSymbol(tree) == variable) {
      HolderUses.Read read = HolderUses.readAt(tree, scanning);
      if (read != null) {
        reads.add(read);
      }
    }
  }
}
