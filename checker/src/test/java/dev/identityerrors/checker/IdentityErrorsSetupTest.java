package dev.identityerrors.checker;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.scanner.ScannerSupplier;
import org.junit.jupiter.api.Test;

/**
 * Set-up problems have a check of their own: one diagnostic per compilation, on its first file,
 * whichever other checks are on. The malformed catalogues are in {@link BadCatalogueTest}.
 */
class IdentityErrorsSetupTest {
  private final CompilationTestHelper setup =
      CompilationTestHelper.newInstance(IdentityErrorsSetup.class, getClass());

  @Test
  void malformedEntryGetsOneClearErrorAndTheWellFormedOnesAreUsed() {
    CompilationTestHelper.newInstance(
            ScannerSupplier.fromBugCheckerClasses(
                IdentityErrorsSetup.class, UnknownErrorCode.class),
            getClass())
        .setArgs(
            "-XepOpt:IdentityErrorCode:CodeSources=com.acme.Gateway,com.acme.Gateway#lastFailure")
        .addSourceLines(
            "Client.java",
            "// BUG: Diagnostic contains: identity-errors set-up: -XepOpt:IdentityErrorCode:CodeSources"
                + " entry 'com.acme.Gateway' is not fully.qualified.Class#member",
            "import com.acme.Gateway;",
            "class Client {",
            "  void check(Gateway gateway) {",
            "    // BUG: Diagnostic contains: 695 is not",
            "    if (gateway.lastFailure() == 695) {}",
            "  }",
            "}")
        .addSourceLines("Other.java", "class Other {", "  int port = 2200;", "}")
        .doTest();
  }

  @Test
  void reportedWhenItIsTheOnlyCheckOn() {
    setup
        .setArgs("-XepOpt:IdentityErrorCode:HttpStatusSources=status")
        .addSourceLines(
            "Client.java",
            "// BUG: Diagnostic contains: identity-errors set-up:"
                + " -XepOpt:IdentityErrorCode:HttpStatusSources entry 'status' is not"
                + " fully.qualified.Class#member",
            "class Client {}")
        .addSourceLines("Other.java", "class Other {}")
        .doTest();
  }

  @Test
  void everyMalformedEntryInOneDiagnostic() {
    setup
        .setArgs(
            "-XepOpt:IdentityErrorCode:CodeSources=a#b#c",
            "-XepOpt:IdentityErrorCode:HttpStatusSources=com.acme.Gateway#")
        .addSourceLines(
            "Client.java",
            "// BUG: Diagnostic contains: entry 'a#b#c' is not fully.qualified.Class#member (for"
                + " example com.acme.Gateway#lastFailure) and is ignored;"
                + " -XepOpt:IdentityErrorCode:HttpStatusSources entry 'com.acme.Gateway#'",
            "class Client {}")
        .doTest();
  }

  @Test
  void quietWhenTheSetUpIsRight() {
    setup
        .setArgs("-XepOpt:IdentityErrorCode:CodeSources=com.acme.Gateway#lastFailure")
        .addSourceLines("Client.java", "class Client {}")
        .addSourceLines("Other.java", "class Other {}")
        .doTest();
  }

  @Test
  void anEmptyValueOrATrailingCommaIsNoEntry() {
    setup
        .setArgs(
            "-XepOpt:IdentityErrorCode:CodeSources=",
            "-XepOpt:IdentityErrorCode:HttpStatusSources=com.acme.Gateway#status,")
        .addSourceLines("Client.java", "class Client {}")
        .doTest();
  }

  @Test
  void aFlagThatIsNeitherTrueNorFalseIsASetUpErrorNotACrash() {
    setup
        .setArgs(
            "-XepOpt:IdentityErrorCode:RethrowInternalErrors=yes",
            "-XepOpt:IdentityErrorCode:UpdateBaseline=1",
            "-XepOpt:IdentityErrorCode:StrictBaseline=sure")
        .addSourceLines(
            "Client.java",
            "// BUG: Diagnostic contains: -XepOpt:IdentityErrorCode:RethrowInternalErrors=yes is"
                + " neither true nor false and is ignored;"
                + " -XepOpt:IdentityErrorCode:UpdateBaseline=1 is none of true, prune and false"
                + " and is ignored; -XepOpt:IdentityErrorCode:StrictBaseline=sure is neither true"
                + " nor false",
            "class Client {}")
        .doTest();
  }

  @Test
  void aSarifRootWithoutASarifFolderIsASetUpError() {
    setup
        .setArgs("-XepOpt:IdentityErrorCode:SarifRoot=/work")
        .addSourceLines(
            "Client.java",
            "// BUG: Diagnostic contains: -XepOpt:IdentityErrorCode:SarifRoot needs"
                + " -XepOpt:IdentityErrorCode:Sarif=FOLDER, where the reports go; nothing is"
                + " written",
            "class Client {}")
        .doTest();
  }
}
