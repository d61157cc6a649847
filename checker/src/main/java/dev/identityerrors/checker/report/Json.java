package dev.identityerrors.checker.report;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON: objects ({@link Map}s, in their own order, which the caller makes deterministic),
 * arrays ({@link List}s), strings, numbers and booleans, indented by two spaces. No parser and no
 * library: the checker runs inside the user's compiler, and a JSON library on its class path could
 * meet another version of itself there.
 */
final class Json {
  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out);
    return out.append('\n').toString();
  }

  private static void write(Object value, int depth, StringBuilder out) {
    if (value instanceof Map<?, ?> object) {
      if (object.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      String separator = "\n";
      for (Map.Entry<?, ?> member : object.entrySet()) {
        out.append(separator);
        indent(depth + 1, out);
        string(String.valueOf(member.getKey()), out);
        out.append(": ");
        write(member.getValue(), depth + 1, out);
        separator = ",\n";
      }
      out.append('\n');
      indent(depth, out);
      out.append('}');
    } else if (value instanceof List<?> array) {
      if (array.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      String separator = "\n";
      for (Object element : array) {
        out.append(separator);
        indent(depth + 1, out);
        write(element, depth + 1, out);
        separator = ",\n";
      }
      out.append('\n');
      indent(depth, out);
      out.append(']');
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      string(String.valueOf(value), out);
    }
  }

  private static void indent(int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
  }

  /** A JSON string: quotes, backslashes and control characters escaped (RFC 8259). */
  static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
