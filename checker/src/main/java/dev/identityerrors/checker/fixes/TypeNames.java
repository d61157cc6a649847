package dev.identityerrors.checker.fixes;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;

/** How a fix names a type it writes: the one place every fix asks. */
public final class TypeNames {
  private TypeNames() {}

  /**
   * The name to write for a type at the state's position: Error Prone's {@link
   * SuggestedFixes#qualifyType} (its simple name, with its import added to {@code fix}, or its full
   * name where that simple name means another type there), and its full name too where the unit
   * declares a type of that simple name anywhere and does not import this one yet: an import would
   * then give one simple name two meanings in the file (Error Prone's SameNameButDifferent, a
   * warning that fails a {@code -Werror} build), though the declared type is not in scope here.
   */
  public static String qualify(VisitorState state, SuggestedFix.Builder fix, String fullName) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    String simpleName = fullName.substring(fullName.lastIndexOf('.') + 1);
    if (ShadowedNames.instance(state).declaresType(unit, simpleName) && !imports(unit, fullName)) {
      return fullName;
    }
    return SuggestedFixes.qualifyType(state, fix, fullName);
  }

  private static boolean imports(CompilationUnitTree unit, String fullName) {
    for (ImportTree imported : unit.getImports()) {
      if (!imported.isStatic()
          && TreeInfo.fullName((JCTree) imported.getQualifiedIdentifier())
              .contentEquals(fullName)) {
        return true;
      }
    }
    return false;
  }
}
