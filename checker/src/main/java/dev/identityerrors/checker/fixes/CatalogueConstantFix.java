package dev.identityerrors.checker.fixes;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import dev.identityerrors.checker.catalogue.Catalogue;

/** Replaces a number with the catalogue constant that names it. */
public final class CatalogueConstantFix {
  private CatalogueConstantFix() {}

  /**
   * Writes the constant's simple name where the file already imports it statically (one by one or
   * {@code IdentityErrorCodes.*}); otherwise {@code IdentityErrorCodes.NAME}, importing the class.
   */
  public static SuggestedFix replaceWithConstant(
      Tree tree, Catalogue catalogue, String constant, VisitorState state) {
    SuggestedFix.Builder fix = SuggestedFix.builder();
    return fix.replace(tree, reference(fix, catalogue, constant, state)).build();
  }

  /**
   * How this file should name the constant: its simple name where it is statically imported, else
   * {@code IdentityErrorCodes.NAME}, with the import of the class added to {@code fix}.
   */
  public static String reference(
      SuggestedFix.Builder fix, Catalogue catalogue, String constant, VisitorState state) {
    String codesClass = catalogue.codesClassName();
    if (importsStatically(codesClass, constant, state)) {
      return constant;
    }
    return SuggestedFixes.qualifyType(state, fix, codesClass) + "." + constant;
  }

  private static boolean importsStatically(String codesClass, String constant, VisitorState state) {
    for (ImportTree importTree : state.getPath().getCompilationUnit().getImports()) {
      if (!importTree.isStatic()) {
        continue;
      }
      String imported = importTree.getQualifiedIdentifier().toString();
      if (imported.equals(codesClass + ".*") || imported.equals(codesClass + "." + constant)) {
        return true;
      }
    }
    return false;
  }
}
