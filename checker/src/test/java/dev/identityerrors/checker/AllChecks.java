package dev.identityerrors.checker;

import com.google.errorprone.scanner.ScannerSupplier;

/** Every identity-errors check, for tests that need them all at once. */
final class AllChecks {
  static final ScannerSupplier SCANNER =
      ScannerSupplier.fromBugCheckerClasses(
          UnknownErrorCode.class,
          ErrorCodeLiteral.class,
          ErrorCodeAnnotationMisuse.class,
          UnhandledErrorCategory.class,
          HttpStatusAsErrorCode.class);

  private AllChecks() {}
}
