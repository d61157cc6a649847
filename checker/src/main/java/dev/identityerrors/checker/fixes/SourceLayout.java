package dev.identityerrors.checker.fixes;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where and how to add cases to the end of a switch so that they look like the cases already there:
 * the same indentation (spaces or tabs, copied), on lines of their own before the closing brace.
 *
 * @param insertAt the position the added text goes
 * @param prefix what goes before the added cases (a line break where the brace shares its line)
 * @param suffix what goes after them (the brace's indentation where it shared its line)
 * @param caseIndent the indentation of a {@code case}
 * @param statementIndent the indentation of a statement inside a case
 */
public record SourceLayout(
    int insertAt, String prefix, String suffix, String caseIndent, String statementIndent) {

  public static SourceLayout of(SwitchTree tree, VisitorState state) {
    CharSequence source = state.getSourceCode();
    int closingBrace = state.getEndPosition(tree) - 1;
    String switchIndent = indentOfLine(source, ASTHelpers.getStartPosition(tree));
    List<? extends CaseTree> cases = tree.getCases();
    String caseIndent = switchIndent + step(switchIndent, switchIndent);
    if (!cases.isEmpty()) {
      caseIndent =
          leadingIndent(
              source, ASTHelpers.getStartPosition(cases.get(cases.size() - 1)), caseIndent);
    }
    String statementIndent = caseIndent + step(switchIndent, caseIndent);
    for (CaseTree caseTree : cases) {
      if (caseTree.getCaseKind() == CaseTree.CaseKind.STATEMENT
          && !caseTree.getStatements().isEmpty()) {
        StatementTree first = caseTree.getStatements().get(0);
        statementIndent =
            leadingIndent(source, ASTHelpers.getStartPosition(first), statementIndent);
        break;
      }
    }
    int lineStart = lineStart(source, closingBrace);
    if (isBlank(source, lineStart, closingBrace)) {
      return new SourceLayout(lineStart, "", "", caseIndent, statementIndent);
    }
    return new SourceLayout(closingBrace, "\n", switchIndent, caseIndent, statementIndent);
  }

  /**
   * One more level of indentation, as the file writes it: what the inner indentation adds to the
   * outer one, else a tab in a file indented with tabs, else two spaces.
   */
  private static String step(String outer, String inner) {
    if (inner.length() > outer.length() && inner.startsWith(outer)) {
      return inner.substring(outer.length());
    }
    return inner.indexOf('\t') >= 0 ? "\t" : "  ";
  }

  /** The text to insert: the cases, each a line of its own. */
  public String around(String cases) {
    return prefix + cases + suffix;
  }

  /** The whitespace before the position where it starts its line, else the fallback. */
  private static String leadingIndent(CharSequence source, int position, String fallback) {
    String indent = leadingIndent(source, position);
    return indent != null ? indent : fallback;
  }

  /** The whitespace before the position where it starts its line; null where it does not. */
  static @Nullable String leadingIndent(CharSequence source, int position) {
    int lineStart = lineStart(source, position);
    return isBlank(source, lineStart, position)
        ? source.subSequence(lineStart, position).toString()
        : null;
  }

  private static String indentOfLine(CharSequence source, int position) {
    int start = lineStart(source, position);
    int end = start;
    while (end < source.length() && (source.charAt(end) == ' ' || source.charAt(end) == '\t')) {
      end++;
    }
    return source.subSequence(start, end).toString();
  }

  private static int lineStart(CharSequence source, int position) {
    int start = position;
    while (start > 0 && source.charAt(start - 1) != '\n') {
      start--;
    }
    return start;
  }

  private static boolean isBlank(CharSequence source, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(source.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
