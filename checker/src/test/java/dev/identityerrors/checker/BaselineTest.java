package dev.identityerrors.checker;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline end to end, on real javac with the plugin and sources on disk: what is recorded,
 * what stays quiet, what is reported, and the notes and errors of the set-up.
 */
class BaselineTest {
  @TempDir Path project;

  private static final String HEADER =
      String.join(
          "\n",
          "# identity-errors baseline: known findings, not reported while they stay as they are.",
          "# Written by -XepOpt:IdentityErrorCode:UpdateBaseline=true; update it the same way.",
          "# A line removed is reported again (see docs/baseline.md in the identity-errors"
              + " repository).",
          "# file\tcheck\tcount\tflagged\tmessage",
          "");

  private static final String[] CLIENT = {
    "package com.acme;",
    "import dev.identityerrors.IdentityErrorCode;",
    "class Client {",
    "  boolean missing(@IdentityErrorCode int code) {",
    "    return code == 695;",
    "  }",
    "  boolean user(@IdentityErrorCode int code) {",
    "    return code == 657 || code == 695;",
    "  }",
    "}"
  };

  private Path write(String relative, String... lines) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines), UTF_8);
    return file;
  }

  private Path baseline() {
    return project.resolve("identity-errors-baseline.txt");
  }

  private Compilation compile(String options, Path... files) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(RealJavac.onDisk(file));
    }
    return RealJavac.compile(
        "-XepOpt:IdentityErrorCode:Baseline=" + baseline() + " " + options, sources);
  }

  private Compilation update(Path... files) {
    return compile("-XepOpt:IdentityErrorCode:UpdateBaseline=true", files);
  }

  /** The findings of our checks, as {@code [Check] message} lines. */
  private static List<String> findings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith("[") && !m.startsWith("[IdentityErrorsSetup]"))
        .map(m -> m.lines().findFirst().orElse(m))
        .toList();
  }

  private static List<String> notes(Compilation compilation) {
    return compilation.notes().stream()
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.contains("identity-errors baseline"))
        .toList();
  }

  @Test
  void updateRecordsEveryFindingInsteadOfReportingIt() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);

    Compilation compilation = update(client);

    assertEquals(List.of(), findings(compilation));
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    assertEquals(
        List.of(
            "[IdentityErrorsSetup] identity-errors baseline: 3 findings of 1 file compiled"
                + " recorded in "
                + baseline()),
        notes(compilation));
    assertEquals(
        HEADER
            + "src/main/java/com/acme/Client.java\tErrorCodeLiteral\t1\t657\tuse"
            + " IdentityErrorCodes.USER_DOES_NOT_EXIST instead of 657\n"
            + "src/main/java/com/acme/Client.java\tUnknownErrorCode\t2\t695\t695 is not a LUSID"
            + " Identity error code; did you mean 659 (API_KEY_DISPLAY_NAME_ALREADY_IN_USE)?\n",
        Files.readString(baseline(), UTF_8));
  }

  @Test
  void recordedFindingsStayQuietWhenLinesMoveAndTheLayoutChanges() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    update(client);
    write(
        "src/main/java/com/acme/Client.java",
        "package com.acme;",
        "import dev.identityerrors.IdentityErrorCode;",
        "class Client {",
        "  // A new comment, and the methods swapped.",
        "  boolean user(@IdentityErrorCode int code) {",
        "    return code == 657",
        "        || code ==   695;",
        "  }",
        "",
        "  boolean missing(@IdentityErrorCode int code) { return code == 695; }",
        "}");

    Compilation compilation = compile("", client);

    assertEquals(List.of(), findings(compilation));
    assertEquals(List.of(), notes(compilation));
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
  }

  @Test
  void oneMoreCopyOrAnEditIsReported() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    update(client);
    write(
        "src/main/java/com/acme/Client.java",
        "package com.acme;",
        "import dev.identityerrors.IdentityErrorCode;",
        "class Client {",
        "  boolean missing(@IdentityErrorCode int code) {",
        "    return code == 695;",
        "  }",
        "  boolean copy(@IdentityErrorCode int code) {",
        "    return code == 695;",
        "  }",
        "  boolean user(@IdentityErrorCode int code) {",
        "    return code == 657 || code == 659 || code == 2135 || code == 695;",
        "  }",
        "}");

    Compilation compilation = compile("", client);

    assertEquals(
        List.of(
            "[ErrorCodeLiteral] use IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE"
                + " instead of 659",
            "[UnknownErrorCode] 2135 is not a LUSID Identity error code; did you mean 2153"
                + " (INVALID_AUTHENTICATION_TOKEN)?",
            "[UnknownErrorCode] 695 is not a LUSID Identity error code; did you mean 659"
                + " (API_KEY_DISPLAY_NAME_ALREADY_IN_USE)?"),
        findings(compilation).stream().sorted().toList());
    assertEquals(Compilation.Status.FAILURE, compilation.status());
  }

  @Test
  void aFixedFindingGivesOneNoteAndAnUpdateDropsItsEntry() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    update(client);
    String[] fixed = CLIENT.clone();
    fixed[1] =
        "import dev.identityerrors.IdentityErrorCode; import dev.identityerrors.IdentityErrorCodes;";
    fixed[4] = "    return code == 659;";
    fixed[7] = "    return code == IdentityErrorCodes.USER_DOES_NOT_EXIST || code == 695;";
    write("src/main/java/com/acme/Client.java", fixed);

    Compilation stale = compile("", client);

    assertEquals(
        List.of(
            "[ErrorCodeLiteral] use IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE"
                + " instead of 659"),
        findings(stale));
    assertEquals(
        List.of(
            "[IdentityErrorsSetup] identity-errors baseline: 2 findings recorded in "
                + baseline()
                + " for the files compiled are gone;"
                + " -XepOpt:IdentityErrorCode:UpdateBaseline=true drops them"),
        notes(stale));

    update(client);
    assertEquals(
        HEADER
            + "src/main/java/com/acme/Client.java\tErrorCodeLiteral\t1\t659\tuse"
            + " IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE instead of 659\n"
            + "src/main/java/com/acme/Client.java\tUnknownErrorCode\t1\t695\t695 is not a LUSID"
            + " Identity error code; did you mean 659 (API_KEY_DISPLAY_NAME_ALREADY_IN_USE)?\n",
        Files.readString(baseline(), UTF_8));
  }

  @Test
  void anUpdateKeepsTheEntriesOfFilesItDidNotCompile() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    Path other =
        write(
            "src/test/java/com/acme/ClientTest.java",
            "package com.acme;",
            "class ClientTest {",
            "  boolean typo(@dev.identityerrors.IdentityErrorCode int code) { return code == 2135; }",
            "}");
    update(other);
    update(client);

    String text = Files.readString(baseline(), UTF_8);
    assertTrue(
        text.contains("src/test/java/com/acme/ClientTest.java\tUnknownErrorCode\t1\t2135\t"), text);
    assertTrue(
        text.contains("src/main/java/com/acme/Client.java\tUnknownErrorCode\t2\t695\t"), text);
    assertEquals(List.of(), findings(compile("", client, other)));

    Files.delete(other);
    update(client);
    assertTrue(
        !Files.readString(baseline(), UTF_8).contains("ClientTest"), "a deleted file's entries go");
  }

  @Test
  void theSameFindingsGiveTheSameBytes() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    update(client);
    byte[] first = Files.readAllBytes(baseline());
    Files.delete(baseline());
    update(client);
    assertEquals(new String(first, UTF_8), Files.readString(baseline(), UTF_8));
    assertTrue(!new String(first, UTF_8).contains(project.toString()), "no absolute path");
  }

  @Test
  void aMissingBaselineIsOneSetupErrorAndEveryFindingIsReported() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);

    Compilation compilation = compile("", client);

    List<String> setup =
        compilation.errors().stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .filter(m -> m.startsWith("[IdentityErrorsSetup]"))
            .toList();
    assertEquals(1, setup.size(), setup.toString());
    assertTrue(
        setup
            .get(0)
            .contains(
                "the baseline file "
                    + baseline()
                    + " does not exist; -XepOpt:IdentityErrorCode:UpdateBaseline=true writes it"),
        setup.get(0));
    assertEquals(3, findings(compilation).size());
  }

  @Test
  void aMalformedBaselineNamesItsLine() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    Files.writeString(
        baseline(),
        HEADER + "src/main/java/com/acme/Client.java\tUnknownErrorCode\tmany\t695\tx\n");

    Compilation compilation = compile("", client);

    String setup =
        compilation.errors().stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .filter(m -> m.startsWith("[IdentityErrorsSetup]"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        setup.contains(
            "the baseline file is malformed at "
                + baseline()
                + ":5: the count 'many' is not a positive number"),
        setup);
    assertEquals(3, findings(compilation).size());
  }

  @Test
  void aSuppressedFindingIsNeitherReportedNorRecorded() throws IOException {
    Path client =
        write(
            "src/main/java/com/acme/Client.java",
            "package com.acme;",
            "class Client {",
            "  @SuppressWarnings(\"UnknownErrorCode\")",
            "  boolean missing(@dev.identityerrors.IdentityErrorCode int code) { return code == 695; }",
            "}");
    update(client);
    assertEquals(HEADER, Files.readString(baseline(), UTF_8));
    assertEquals(List.of(), findings(compile("", client)));
  }

  @Test
  void patchModeLeavesRecordedFindingsAsTheyAre() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    update(client);
    List<String> lines = new ArrayList<>(List.of(CLIENT));
    lines.add(9, "  boolean more(@IdentityErrorCode int code) { return code == 657; }");
    write("src/main/java/com/acme/Client.java", lines.toArray(String[]::new));

    Compilation compilation =
        compile("-XepPatchChecks:ErrorCodeLiteral -XepPatchLocation:IN_PLACE", client);

    assertEquals(List.of(), compilation.errors());
    String patched = Files.readString(client, UTF_8);
    assertTrue(patched.contains("return code == 657 || code == 695;"), patched);
    assertTrue(
        patched.contains("return code == IdentityErrorCodes.USER_DOES_NOT_EXIST; }")
            || patched.contains("return code == USER_DOES_NOT_EXIST; }"),
        patched);
  }

  @Test
  void updateWithoutABaselineIsASetupError() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    Compilation compilation =
        RealJavac.compile(
            "-XepOpt:IdentityErrorCode:UpdateBaseline=true", List.of(RealJavac.onDisk(client)));
    assertTrue(
        compilation.errors().stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .anyMatch(
                m ->
                    m.contains(
                        "-XepOpt:IdentityErrorCode:UpdateBaseline=true needs"
                            + " -XepOpt:IdentityErrorCode:Baseline=PATH")),
        compilation.errors().toString());
    try (Stream<Path> files = Files.list(project)) {
      assertEquals(List.of(project.resolve("src")), files.toList());
    }
  }
}
