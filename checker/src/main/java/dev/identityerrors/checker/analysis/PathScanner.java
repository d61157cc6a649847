package dev.identityerrors.checker.analysis;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * A scanner that keeps the trees from the root to the one being scanned ({@link #scanning}), the
 * last being that tree: a read's ancestors, without the cost of a {@code TreePath} per tree.
 */
abstract class PathScanner extends TreeScanner<Void, Void> {
  /** The trees from the root to the one being scanned. */
  protected final List<Tree> scanning = new ArrayList<>();

  @Override
  public Void scan(Tree tree, Void unused) {
    if (tree == null) {
      return null;
    }
    scanning.add(tree);
    try {
      return super.scan(tree, null);
    } finally {
      scanning.remove(scanning.size() - 1);
    }
  }
}
