package dev.identityerrors.checker.baseline;

import java.util.Comparator;

/**
 * What a baseline entry is matched by: the source file (relative to the baseline's folder, forward
 * slashes), the check, and the flagged code as written, without its layout. Not the line, and not
 * the message: messages quote code outside the flagged code (a catch parameter's name, the codes a
 * switch still misses, the catalogue's suggestion), which can change while the finding does not.
 * Inserting lines, moving a method, reformatting, renaming what the message names, or a new
 * catalogue release leave a key as it was; editing the flagged code does not.
 */
public record BaselineKey(String file, String check, String flagged)
    implements Comparable<BaselineKey> {
  private static final Comparator<BaselineKey> ORDER =
      Comparator.comparing(BaselineKey::file)
          .thenComparing(BaselineKey::check)
          .thenComparing(BaselineKey::flagged);

  /** The file's order, the same on every machine: String's, which no locale changes. */
  @Override
  public int compareTo(BaselineKey other) {
    return ORDER.compare(this, other);
  }

  /** The entry as the build's notes name it. */
  @Override
  public String toString() {
    return file + " " + check + " " + flagged;
  }
}
