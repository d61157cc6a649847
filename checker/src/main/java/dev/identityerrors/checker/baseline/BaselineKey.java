package dev.identityerrors.checker.baseline;

import java.util.Comparator;

/**
 * A finding without its line: the source file (relative to the baseline's folder, forward slashes),
 * the check, the flagged code as written (whitespace aside) and the message. Inserting lines,
 * moving a method or reformatting leaves it as it was; editing the flagged code does not.
 */
public record BaselineKey(String file, String check, String flagged, String message)
    implements Comparable<BaselineKey> {
  private static final Comparator<BaselineKey> ORDER =
      Comparator.comparing(BaselineKey::file)
          .thenComparing(BaselineKey::check)
          .thenComparing(BaselineKey::flagged)
          .thenComparing(BaselineKey::message);

  /** The file's order, the same on every machine: String's, which no locale changes. */
  @Override
  public int compareTo(BaselineKey other) {
    return ORDER.compare(this, other);
  }
}
