package dev.identityerrors.checker;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.testing.compile.Compilation;
import dev.identityerrors.IdentityError;
import dev.identityerrors.IdentityErrorCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
  /** One finding of every check; the malformed option is IdentityErrorsSetup's, on line 1. */
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
    "  boolean missing(com.finbourne.identity.ApiException e) {",
    "    return e.getCode() == dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
    "  }",
    "  public int last(com.finbourne.identity.model.LusidProblemDetails p) { return p.getCode(); }",
    "}"
  };

  /**
   * UnhandledErrorCategory's message for a switch whose one case is {@code handled}, derived from
   * the catalogue on the class path (so that a catalogue update does not break this test): every
   * other category with its size, in the order of its first code, then the codes of the handled
   * one's category that have no case.
   */
  private static String missingAllCodesBut(IdentityError handled) {
    Map<IdentityErrorCategory, List<IdentityError>> byCategory = new LinkedHashMap<>();
    for (IdentityError error : IdentityError.values()) {
      byCategory.computeIfAbsent(error.category(), category -> new ArrayList<>()).add(error);
    }
    List<String> wholly = new ArrayList<>();
    byCategory.forEach(
        (category, errors) -> {
          if (category != handled.category()) {
            int size = errors.size();
            wholly.add(category + " (" + size + (size == 1 ? " code)" : " codes)"));
          }
        });
    String partly =
        byCategory.get(handled.category()).stream()
            .filter(error -> error != handled)
            .map(IdentityError::name)
            .collect(joining(", "));
    return "this switch on an Identity error code has no default, so codes without a case are"
        + " silently ignored: "
        + String.join(", ", wholly)
        + (partly.isEmpty() ? "" : "; " + handled.category() + ": " + partly)
        + "; add cases for them or a default";
  }

  private static final String MALFORMED_OPTION = "-XepOpt:IdentityErrorCode:CodeSources=Gateway";

  /** Every check turned on by name, each with the given suffix ("" or ":ERROR", ":OFF"). */
  private static String everyCheck(String suffix) {
    return AllChecks.NAMES.stream().map(name -> "-Xep:" + name + suffix).collect(joining(" "));
  }

  @TempDir Path sources;

  /**
   * A source file on disk: Error Prone's own checks (PackageInfo) need a file URI, which in-memory
   * sources lack.
   */
  private JavaFileObject source(String name, String... lines) throws IOException {
    Path file = sources.resolve(name + ".java");
    Files.write(file, List.of(lines));
    return RealJavac.onDisk(file);
  }

  /**
   * Error Prone looks for plugin checks only on the processor path, as users' builds put them there
   * (Maven's annotationProcessorPaths).
   */
  private static Compilation compile(String errorProneOptions, JavaFileObject source) {
    return RealJavac.compile(errorProneOptions, List.of(source));
  }

  private static List<String> findings(Compilation compilation) {
    return compilation.diagnostics().stream()
        // javac's own notes left out; a SUGGESTION is a note too, and kept.
        .filter(
            diagnostic ->
                diagnostic.getKind() != Diagnostic.Kind.NOTE
                    || diagnostic.getMessage(Locale.ROOT).startsWith("["))
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
            "-XepDisableAllChecks "
                + everyCheck("")
                + " -Xep:ErrorCodeLiteral:WARN -Xep:UnhandledErrorCategory:ERROR "
                + MALFORMED_OPTION,
            source("Client", CLIENT));
    assertEquals(
        List.of(
            "1 ERROR [IdentityErrorsSetup] identity-errors set-up:"
                + " -XepOpt:IdentityErrorCode:CodeSources entry 'Gateway' is not"
                + " fully.qualified.Class#member (for example com.acme.Gateway#lastFailure) and is"
                + " ignored",
            "3 ERROR [ErrorCodeAnnotationMisuse] @IdentityErrorCode on String: an Identity error"
                + " code is an int, long, Integer or Long; remove the annotation or change the type",
            "4 ERROR [ErrorCodeAnnotationMisuse] @IdentityErrorCode on String: an Identity error"
                + " code is an int, long, Integer or Long; remove the annotation or change the type",
            "6 ERROR [UnknownErrorCode] 695 is not a LUSID Identity error code; did you mean 659"
                + " (API_KEY_DISPLAY_NAME_ALREADY_IN_USE)?",
            "7 WARNING [ErrorCodeLiteral] use IdentityErrorCodes.USER_DOES_NOT_EXIST instead of"
                + " 657",
            "10 ERROR [UnhandledErrorCategory] "
                + missingAllCodesBut(IdentityError.USER_DOES_NOT_EXIST),
            "15 ERROR [HttpStatusAsErrorCode] e.getCode() is an HTTP status, not a LUSID Identity"
                + " error code; the code is in the problem details:"
                + " LusidProblemDetails.fromJson(e.getResponseBody()).getCode()",
            "17 NOTE [UnannotatedErrorCode] last returns a LUSID Identity error code: annotate it"
                + " @IdentityErrorCode so that callers in other modules are checked"),
        findings(compilation));
    assertEquals(
        ImmutableSortedSet.copyOf(AllChecks.NAMES),
        findings(compilation).stream()
            .map(finding -> finding.substring(finding.indexOf('[') + 1, finding.indexOf(']')))
            .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder())),
        "every check of META-INF/services loads and reports");
  }

  @Test
  void checksKeepTheirDeclaredSeverities() throws IOException {
    // Named without a severity, each check reports at its @BugPattern severity. (Whether they are
    // on by default is proven by the Maven consumer builds in integration-tests/.)
    Compilation compilation =
        compile(
            "-XepDisableAllChecks " + everyCheck("") + " " + MALFORMED_OPTION,
            source("Client", CLIENT));
    Map<String, Diagnostic.Kind> declared = new TreeMap<>();
    for (Class<? extends BugChecker> check : AllChecks.CLASSES) {
      declared.put(
          AllChecks.name(check),
          switch (AllChecks.bugPattern(check).severity()) {
            case ERROR -> Diagnostic.Kind.ERROR;
            case WARNING -> Diagnostic.Kind.WARNING;
            case SUGGESTION -> Diagnostic.Kind.NOTE;
          });
    }
    Map<String, Diagnostic.Kind> reported = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (message.startsWith("[") && declared.containsKey(checkOf(message))) {
        reported.put(checkOf(message), diagnostic.getKind());
      }
    }
    assertEquals(declared, reported);
    assertEquals(Compilation.Status.FAILURE, compilation.status());
  }

  private static String checkOf(String message) {
    return message.substring(1, message.indexOf(']'));
  }

  @Test
  void checksCanBeTurnedOffByName() throws IOException {
    Compilation compilation =
        compile(everyCheck(":OFF") + " " + MALFORMED_OPTION, source("Client", CLIENT));
    assertEquals(
        List.of(),
        findings(compilation).stream()
            .filter(finding -> AllChecks.NAMES.stream().anyMatch(finding::contains))
            .toList());
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
  }
}
