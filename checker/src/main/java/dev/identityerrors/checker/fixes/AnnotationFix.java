package dev.identityerrors.checker.fixes;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import dev.identityerrors.checker.catalogue.Catalogue;
import java.util.List;

/**
 * Writes {@code @IdentityErrorCode} on a declaration: on a line of its own above a method (as
 * annotations on methods are written), before the modifiers of a field; imported, or qualified
 * where another {@code IdentityErrorCode} is in scope.
 */
public final class AnnotationFix {
  private AnnotationFix() {}

  /**
   * Whether the declaration, at the state's path, is one of several declarators of one statement
   * ({@code public final int code, status;}): they share their modifiers, so an annotation written
   * there would be on every one of them, and no fix can annotate one alone without rewriting the
   * statement.
   */
  public static boolean sharesItsModifiers(Tree declaration, VisitorState state) {
    if (!(declaration instanceof VariableTree) || state.getPath().getParentPath() == null) {
      return false;
    }
    Tree parent = state.getPath().getParentPath().getLeaf();
    List<? extends Tree> siblings =
        parent instanceof ClassTree type
            ? type.getMembers()
            : parent instanceof BlockTree block ? block.getStatements() : List.of();
    int start = ASTHelpers.getStartPosition(declaration);
    for (Tree sibling : siblings) {
      if (sibling != declaration
          && sibling instanceof VariableTree
          && ASTHelpers.getStartPosition(sibling) == start) {
        return true;
      }
    }
    return false;
  }

  public static SuggestedFix annotate(Tree declaration, VisitorState state) {
    SuggestedFix.Builder fix = SuggestedFix.builder();
    String annotation = "@" + TypeNames.qualify(state, fix, Catalogue.CODE_ANNOTATION);
    int start = ASTHelpers.getStartPosition(declaration);
    CharSequence source = state.getSourceCode();
    String indent = source == null ? null : SourceLayout.leadingIndent(source, start);
    String text =
        declaration instanceof MethodTree && indent != null
            ? annotation + "\n" + indent
            : annotation + " ";
    return fix.replace(start, start, text).build();
  }

  /**
   * Removes an annotation with the blanks after it, so that no double space is left ({@code void
   * take(boolean flag)}); an annotation alone on its line goes with its line.
   */
  public static SuggestedFix remove(AnnotationTree annotation, VisitorState state) {
    CharSequence source = state.getSourceCode();
    int start = ASTHelpers.getStartPosition(annotation);
    int end = state.getEndPosition(annotation);
    if (source == null || start < 0 || end < start || end > source.length()) {
      return SuggestedFix.delete(annotation);
    }
    while (end < source.length() && (source.charAt(end) == ' ' || source.charAt(end) == '\t')) {
      end++;
    }
    int lineStart = start;
    while (lineStart > 0
        && (source.charAt(lineStart - 1) == ' ' || source.charAt(lineStart - 1) == '\t')) {
      lineStart--;
    }
    boolean aloneOnItsLine =
        (lineStart == 0 || source.charAt(lineStart - 1) == '\n')
            && (end == source.length() || source.charAt(end) == '\n' || source.charAt(end) == '\r');
    if (aloneOnItsLine) {
      int lineEnd = end;
      if (lineEnd < source.length() && source.charAt(lineEnd) == '\r') {
        lineEnd++;
      }
      if (lineEnd < source.length() && source.charAt(lineEnd) == '\n') {
        lineEnd++;
      }
      return SuggestedFix.replace(lineStart, lineEnd, "");
    }
    return SuggestedFix.replace(start, end, "");
  }
}
