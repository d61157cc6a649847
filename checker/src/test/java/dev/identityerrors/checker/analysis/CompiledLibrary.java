package dev.identityerrors.checker.analysis;

import dev.identityerrors.IdentityErrorCode;

/**
 * A library the tests meet only as class files (the build compiles it, the tests' compilations do
 * not): codes it declares reach a compilation that names the annotation nowhere in its source.
 */
public final class CompiledLibrary {
  private CompiledLibrary() {}

  /** The project's own helper, compiled in another module. */
  @IdentityErrorCode
  public static int codeOf(Object failure) {
    return -1;
  }

  /** Takes a code. */
  public static void retry(@IdentityErrorCode int code) {}

  /** A base class whose code an override in the user's source returns. */
  public abstract static class Failure {
    @IdentityErrorCode
    public abstract int code();
  }

  /** A record whose component is a code, read by a record pattern. */
  public record Coded(@IdentityErrorCode int code, String message) {}
}
