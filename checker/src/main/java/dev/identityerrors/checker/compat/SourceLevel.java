package dev.identityerrors.checker.compat;

import com.sun.tools.javac.code.Source;
import com.sun.tools.javac.util.Context;

/**
 * What the compilation's source level ({@code -source}, {@code --release}) lets a fix write. A
 * module built with {@code --release 11} by javac 17 must get Java 11 back from a fix.
 */
public final class SourceLevel {
  private SourceLevel() {}

  /** Whether one {@code case} may list several labels ({@code case A, B:}), Java 14 and later. */
  public static boolean allowsMultipleCaseLabels(Context context) {
    return Source.Feature.SWITCH_MULTIPLE_CASE_LABELS.allowedInSource(Source.instance(context));
  }
}
