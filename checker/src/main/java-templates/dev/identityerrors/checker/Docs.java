package dev.identityerrors.checker;

/**
 * Where each check's page lives: in the docs of the git ref this jar was built from ({@code
 * docs.ref} in the POM: main for a snapshot, the tag for a release), so that a finding links to the
 * page of the release that reported it. Written by Maven's resource filtering.
 */
final class Docs {
  static final String BASE =
      "https://github.com/identity-errors/identity-errors/blob/${docs.ref}/docs/checks/";

  /** This jar's version, which the SARIF report names. */
  static final String VERSION = "${project.version}";

  private Docs() {}
}
