package dev.identityerrors.checker.fixes;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import dev.identityerrors.checker.catalogue.Catalogue;

/**
 * Writes {@code @IdentityErrorCode} on a declaration: on a line of its own above a method (as
 * annotations on methods are written), before the modifiers of a field; imported, or qualified
 * where another {@code IdentityErrorCode} is in scope.
 */
public final class AnnotationFix {
  private AnnotationFix() {}

  public static SuggestedFix annotate(Tree declaration, VisitorState state) {
    SuggestedFix.Builder fix = SuggestedFix.builder();
    String annotation = "@" + SuggestedFixes.qualifyType(state, fix, Catalogue.CODE_ANNOTATION);
    int start = ASTHelpers.getStartPosition(declaration);
    CharSequence source = state.getSourceCode();
    String indent = source == null ? null : SourceLayout.leadingIndent(source, start, null);
    String text =
        declaration instanceof MethodTree && indent != null
            ? annotation + "\n" + indent
            : annotation + " ";
    return fix.replace(start, start, text).build();
  }
}
