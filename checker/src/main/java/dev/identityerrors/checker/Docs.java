package dev.identityerrors.checker;

/** Where each check's page lives. */
final class Docs {
  static final String BASE =
      "https://github.com/identity-errors/identity-errors/blob/main/docs/checks/";

  private Docs() {}
}
