package dev.identityerrors.checker;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real javac with {@code -Xplugin:ErrorProne}, so the checks are found the way users' builds
 * find them: through {@code ServiceLoader}, which needs each check's public no-argument
 * constructor. {@code CompilationTestHelper} does not prove that.
 */
class PluginLoadingTest {
  private static final String[] CLIENT = {
    "import dev.identityerrors.IdentityErrorCode;",
    "class Client {",
    "  @IdentityErrorCode String misplaced;",
    "  record Failure(@IdentityErrorCode String code) {}",
    "  boolean check(@IdentityErrorCode int code) {",
    "    return code == 695",
    "        || code == 657;",
    "  }",
    "  void handle(@IdentityErrorCode int code) {",
    "    switch (code) {",
    "      case dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST: break;",
    "    }",
    "  }",
    "}"
  };

  @TempDir Path sources;

  /**
   * A source file on disk: Error Prone's own checks (PackageInfo) need a file URI, which in-memory
   * sources lack.
   */
  private JavaFileObject source(String name, String... lines) throws IOException {
    Path file = sources.resolve(name + ".java");
    Files.write(file, List.of(lines));
    return JavaFileObjects.forResource(file.toUri().toURL());
  }

  /**
   * Error Prone looks for plugin checks only on the processor path, as users' builds put them there
   * (Maven's annotationProcessorPaths).
   */
  private static Compilation compile(String errorProneOptions, JavaFileObject source) {
    return javac()
        .withOptions(
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            "-processorpath",
            System.getProperty("java.class.path"),
            ("-Xplugin:ErrorProne " + errorProneOptions).trim())
        .compile(source);
  }

  private static List<String> findings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE)
        .map(
            diagnostic ->
                diagnostic.getLineNumber()
                    + " "
                    + diagnostic.getKind()
                    + " "
                    + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void everyCheckLoadsThroughServiceLoader() throws IOException {
    Compilation compilation =
        compile(
            "-XepDisableAllChecks -Xep:UnknownErrorCode:ERROR -Xep:ErrorCodeLiteral:WARN"
                + " -Xep:ErrorCodeAnnotationMisuse:ERROR -Xep:UnhandledErrorCategory:ERROR",
            source("Client", CLIENT));
    assertEquals(
        List.of(
            "3 ERROR [ErrorCodeAnnotationMisuse] @IdentityErrorCode on String: an Identity error"
                + " code is an int, long, Integer or Long; remove the annotation or change the type",
            "4 ERROR [ErrorCodeAnnotationMisuse] @IdentityErrorCode on String: an Identity error"
                + " code is an int, long, Integer or Long; remove the annotation or change the type",
            "6 ERROR [UnknownErrorCode] 695 is not a LUSID Identity error code; did you mean 659"
                + " (API_KEY_DISPLAY_NAME_ALREADY_IN_USE)?",
            "7 WARNING [ErrorCodeLiteral] use IdentityErrorCodes.USER_DOES_NOT_EXIST instead of"
                + " 657",
            "10 ERROR [UnhandledErrorCategory] this switch on an Identity error code has no"
                + " default, so codes without a case are silently ignored: REQUEST (4 codes),"
                + " SERVER (3 codes), AUTHORIZATION (3 codes), AUTHENTICATION (4 codes), API_KEY (3"
                + " codes), ROLE (2 codes), APPLICATION (1 code), TOKEN (1 code), IDENTITY_PROVIDER"
                + " (3 codes), USER_STATUS (6 codes), PASSWORD (2 codes); USER: USER_ALREADY_EXISTS,"
                + " ACTION_NOT_VALID_FOR_USER_TYPE, IMPERSONATED_USER_DOES_NOT_EXIST; add cases for"
                + " them or a default"),
        findings(compilation));
  }

  @Test
  void checksKeepTheirDeclaredSeverities() throws IOException {
    // Named without a severity, each check reports at its @BugPattern severity. (Whether they are
    // on by default is proven by the Maven consumer builds in integration-tests/.)
    Compilation compilation =
        compile(
            "-XepDisableAllChecks -Xep:UnknownErrorCode -Xep:ErrorCodeLiteral"
                + " -Xep:ErrorCodeAnnotationMisuse -Xep:UnhandledErrorCategory",
            source("Client", CLIENT));
    assertEquals(
        List.of(
            "3 ERROR [ErrorCodeAnnotationMisuse]",
            "4 ERROR [ErrorCodeAnnotationMisuse]",
            "6 ERROR [UnknownErrorCode]",
            "7 WARNING [ErrorCodeLiteral]",
            "10 WARNING [UnhandledErrorCategory]"),
        findings(compilation).stream()
            .map(finding -> finding.substring(0, finding.indexOf(']') + 1))
            .toList());
    assertEquals(Compilation.Status.FAILURE, compilation.status());
  }

  @Test
  void checksCanBeTurnedOffByName() throws IOException {
    Compilation compilation =
        compile(
            "-Xep:UnknownErrorCode:OFF -Xep:ErrorCodeLiteral:OFF -Xep:ErrorCodeAnnotationMisuse:OFF"
                + " -Xep:UnhandledErrorCategory:OFF",
            source("Client", CLIENT));
    assertEquals(
        List.of(), findings(compilation).stream().filter(f -> f.contains("Error")).toList());
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
  }
}
