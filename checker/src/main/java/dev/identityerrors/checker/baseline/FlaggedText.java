package dev.identityerrors.checker.baseline;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * What a finding flagged, as a baseline key holds it: the code as written with its layout taken
 * out, so that a reformat keeps the key and an edit changes it. A declaration is its name (a
 * method's with its parameter types), an annotation the declaration it is on, and a switch its
 * selector: their whole text would change with every edit of their bodies.
 */
public final class FlaggedText {
  /** Longer flagged code is cut here, marked by an ellipsis. */
  static final int MAX_LENGTH = 120;

  private FlaggedText() {}

  public static String of(Tree tree, VisitorState state) {
    if (tree instanceof MethodTree method) {
      StringJoiner parameters = new StringJoiner(",", method.getName() + "(", ")");
      for (VariableTree parameter : method.getParameters()) {
        parameters.add(source(parameter.getType(), state));
      }
      return parameters.toString();
    }
    if (tree instanceof VariableTree variable) {
      return variable.getName().toString();
    }
    if (tree instanceof ClassTree type) {
      return type.getSimpleName().toString();
    }
    if (tree instanceof SwitchTree statement) {
      return selector(statement.getExpression(), state);
    }
    if (tree instanceof SwitchExpressionTree expression) {
      return selector(expression.getExpression(), state);
    }
    if (tree.getKind() == Tree.Kind.COMPILATION_UNIT) {
      return "";
    }
    if (tree instanceof AnnotationTree) {
      // The same annotation on two declarations: the declaration tells them apart.
      String declaration = annotatedName(tree, state);
      return declaration == null ? source(tree, state) : source(tree, state) + " on " + declaration;
    }
    String text = source(tree, state);
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "\u2026";
  }

  /** The name of the declaration an annotation is on, or null. */
  private static @Nullable String annotatedName(Tree annotation, VisitorState state) {
    TreePath path = TreePath.getPath(state.getPath().getCompilationUnit(), annotation);
    Tree declaration =
        path == null || path.getParentPath() == null || path.getParentPath().getParentPath() == null
            ? null
            : path.getParentPath().getParentPath().getLeaf();
    if (declaration instanceof VariableTree variable) {
      return variable.getName().toString();
    }
    if (declaration instanceof MethodTree method) {
      return method.getName() + "()";
    }
    return declaration instanceof ClassTree type ? type.getSimpleName().toString() : null;
  }

  /** Whether javac keeps the selector's parentheses in the tree differs across JDKs. */
  private static String selector(Tree selector, VisitorState state) {
    return "switch (" + source(ASTHelpers.stripParentheses(selector), state) + ")";
  }

  private static String source(Tree tree, VisitorState state) {
    String source = state.getSourceForNode(tree);
    return source == null ? tree.getKind().toString() : withoutLayout(source);
  }

  /**
   * The text without its layout: white space (line breaks included) is dropped, but for one space
   * between two parts of words ({@code new Foo}, {@code return x}), which it separates.
   */
  static String withoutLayout(String source) {
    StringBuilder text = new StringBuilder(source.length());
    boolean pendingSpace = false;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c)) {
        pendingSpace = text.length() > 0;
        continue;
      }
      if (pendingSpace
          && Character.isJavaIdentifierPart(c)
          && Character.isJavaIdentifierPart(text.charAt(text.length() - 1))) {
        text.append(' ');
      }
      pendingSpace = false;
      text.append(c);
    }
    return text.toString();
  }
}
