package dev.identityerrors.checker.baseline;

/** A baseline file that cannot be read as one: its diagnostic names the file and the line. */
public final class MalformedBaselineException extends Exception {
  private static final long serialVersionUID = 1L;

  MalformedBaselineException(String message) {
    super(message);
  }
}
