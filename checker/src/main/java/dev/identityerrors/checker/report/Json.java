package dev.identityerrors.checker.report;

/**
 * Writes JSON as it goes, indented by two spaces: objects and arrays opened and closed in turn,
 * members named before their values. The caller's order is the output's, which makes it
 * deterministic; a log of thousands of results is written without a tree of maps in between. No
 * parser and no library: the checker runs inside the user's compiler, and a JSON library on its
 * class path could meet another version of itself there.
 */
final class Json {
  private final StringBuilder out = new StringBuilder(1 << 16);
  private int depth;

  /** Whether the object or array open now has no member yet (it then closes as {} or []). */
  private boolean empty = true;

  /** Whether a member's name was just written, so that its value follows on the same line. */
  private boolean afterName;

  Json beginObject() {
    return open('{');
  }

  Json endObject() {
    return close('}');
  }

  Json beginArray() {
    return open('[');
  }

  Json endArray() {
    return close(']');
  }

  /** A member's name; its value (a string, a number, an object, an array) comes next. */
  Json name(String name) {
    separate();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  Json value(String text) {
    beforeValue();
    string(text);
    return this;
  }

  Json value(long number) {
    beforeValue();
    out.append(number);
    return this;
  }

  Json value(boolean truth) {
    beforeValue();
    out.append(truth);
    return this;
  }

  Json member(String name, String text) {
    return name(name).value(text);
  }

  Json member(String name, long number) {
    return name(name).value(number);
  }

  /** The text written, ended by a line break. */
  String text() {
    if (depth != 0) {
      throw new IllegalStateException("JSON left open at depth " + depth);
    }
    return out + "\n";
  }

  private Json open(char bracket) {
    beforeValue();
    out.append(bracket);
    depth++;
    empty = true;
    return this;
  }

  private Json close(char bracket) {
    depth--;
    if (!empty) {
      out.append('\n');
      indent();
    }
    out.append(bracket);
    empty = false;
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      separate();
    }
  }

  /** Before a member or an element: a comma after the one before it, then a new line. */
  private void separate() {
    if (!empty) {
      out.append(',');
    }
    out.append('\n');
    indent();
    empty = false;
  }

  private void indent() {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  /** A JSON string: quotes, backslashes and control characters escaped (RFC 8259). */
  private void string(String text) {
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
            out.append("\\u00")
                .append(Character.forDigit(c >> 4, 16))
                .append(Character.forDigit(c & 0xf, 16));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
