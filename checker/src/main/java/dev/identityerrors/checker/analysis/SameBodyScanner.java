package dev.identityerrors.checker.analysis;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.util.TreeScanner;

/**
 * Scans the statements of one body: not into lambdas, classes or nested switch expressions, whose
 * {@code return}, {@code yield} and {@code break} belong to them.
 */
abstract class SameBodyScanner extends TreeScanner<Void, Void> {
  @Override
  public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
    return null;
  }

  @Override
  public Void visitClass(ClassTree tree, Void unused) {
    return null;
  }

  @Override
  public Void visitSwitchExpression(SwitchExpressionTree tree, Void unused) {
    return null;
  }
}
