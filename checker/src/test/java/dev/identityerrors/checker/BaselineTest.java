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
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
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
          "# identity-errors baseline, format 2: known findings, not reported while they stay as"
              + " they are.",
          "# Written by -XepOpt:IdentityErrorCode:UpdateBaseline=true, and shrunk by =prune; see"
              + " docs/baseline.md.",
          "# An entry is matched by file, check and flagged code; a key written twice counts at its"
              + " smaller count.",
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
    return RealJavac.write(project, relative, lines);
  }

  private Path baseline() {
    return project.resolve("identity-errors-baseline.txt");
  }

  private Compilation compile(String options, Path... files) {
    return RealJavac.compileOnDisk(
        "-XepOpt:IdentityErrorCode:Baseline=" + baseline() + " " + options, files);
  }

  private Compilation update(Path... files) {
    return compile("-XepOpt:IdentityErrorCode:UpdateBaseline=true", files);
  }

  /** The findings of our checks, as {@code [Check] message} lines. */
  /** The checks a finding may come from: Error Prone's own (which vary by release) are not ours. */
  private static final Set<String> OURS =
      Set.of(
          "[UnknownErrorCode]",
          "[ErrorCodeLiteral]",
          "[UnhandledErrorCategory]",
          "[HttpStatusAsErrorCode]",
          "[ErrorCodeAnnotationMisuse]",
          "[UnannotatedErrorCode]");

  private static List<String> findings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.indexOf(']') > 0 && OURS.contains(m.substring(0, m.indexOf(']') + 1)))
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
                + baseline()
                + "\n    added   1 of src/main/java/com/acme/Client.java ErrorCodeLiteral 657 (0 -> 1)"
                + "\n    added   2 of src/main/java/com/acme/Client.java UnknownErrorCode 695 (0 -> 2)"),
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
                + " are gone; -XepOpt:IdentityErrorCode:UpdateBaseline=prune drops them"
                + "\n    src/main/java/com/acme/Client.java ErrorCodeLiteral 657: recorded 1, found 0"
                + "\n    src/main/java/com/acme/Client.java UnknownErrorCode 695: recorded 2,"
                + " found 1"),
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

  /** A class with one typo of a code in it, or none. */
  private Path oneTypo(String name, String code) throws IOException {
    return write(
        "src/main/java/com/acme/" + name + ".java",
        "package com.acme;",
        "class " + name + " {",
        "  boolean failed(@dev.identityerrors.IdentityErrorCode int code) {",
        "    return code == " + code + ";",
        "  }",
        "}");
  }

  /** How a strict build's error begins. */
  private static final String STRICT =
      "[IdentityErrorsSetup] identity-errors baseline:"
          + " -XepOpt:IdentityErrorCode:StrictBaseline=true holds the file to what is true: ";

  /** The first line of a stale note or error about one finding. */
  private String oneGone() {
    return "1 finding recorded in "
        + baseline()
        + " is gone; -XepOpt:IdentityErrorCode:UpdateBaseline=prune drops it";
  }

  private Compilation strict(Path... files) {
    return compile("-XepOpt:IdentityErrorCode:StrictBaseline=true", files);
  }

  private Compilation prune(Path... files) {
    return compile("-XepOpt:IdentityErrorCode:UpdateBaseline=prune", files);
  }

  private static List<String> setupErrors(Compilation compilation) {
    return compilation.errors().stream()
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith("[IdentityErrorsSetup]"))
        .toList();
  }

  private List<String> entries() throws IOException {
    return Files.readAllLines(baseline(), UTF_8).stream()
        .filter(line -> !line.startsWith("#"))
        .map(line -> String.join(" ", List.of(line.split("\t")).subList(0, 4)))
        .toList();
  }

  @Test
  void aFileFixedInTheMiddleOrLastIsSeenWhateverTheOrderOfTheFiles() throws IOException {
    Path quiet =
        oneTypo(
            "Quiet",
            "IdentityErrorCodes.USER_DOES_NOT_EXIST"
                .replace("Identity", "dev.identityerrors.Identity"));
    Path first = oneTypo("First", "695");
    Path fixed = oneTypo("Fixed", "2135");
    Path last = oneTypo("Last", "6590");
    update(first, fixed, last);
    oneTypo("Fixed", "dev.identityerrors.IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN");
    String stale =
        oneGone()
            + "\n    src/main/java/com/acme/Fixed.java UnknownErrorCode 2135: recorded 1, found 0";
    String note = "[IdentityErrorsSetup] identity-errors baseline: " + stale;

    for (Path[] order :
        List.of(
            new Path[] {first, fixed, last},
            new Path[] {first, last, fixed},
            new Path[] {quiet, fixed},
            new Path[] {fixed})) {
      Compilation compilation = compile("", order);
      assertEquals(List.of(), findings(compilation), List.of(order).toString());
      assertEquals(List.of(note), notes(compilation), List.of(order).toString());
      assertEquals(List.of(STRICT + stale), setupErrors(strict(order)), List.of(order).toString());
    }

    update(first, fixed, last);
    assertEquals(
        List.of(
            "src/main/java/com/acme/First.java UnknownErrorCode 1 695",
            "src/main/java/com/acme/Last.java UnknownErrorCode 1 6590"),
        entries());
    assertEquals(Compilation.Status.SUCCESS, strict(quiet, first, fixed, last).status());
  }

  @Test
  void aCheckThatIsOffLeavesItsEntriesAlone() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    update(client);
    List<String> recorded = entries();

    for (String off :
        List.of(
            "-Xep:UnknownErrorCode:OFF -XepOpt:IdentityErrorCode:UpdateBaseline=true",
            "-Xep:UnknownErrorCode:OFF -XepOpt:IdentityErrorCode:UpdateBaseline=prune",
            "-XepPatchChecks:ErrorCodeLiteral -XepPatchLocation:"
                + project.resolve("patches")
                + " -XepOpt:IdentityErrorCode:UpdateBaseline=prune")) {
      compile(off, client);
      assertEquals(recorded, entries(), off);
    }
    Compilation strict =
        compile("-Xep:UnknownErrorCode:OFF -XepOpt:IdentityErrorCode:StrictBaseline=true", client);
    assertEquals(List.of(), notes(strict));
    assertEquals(Compilation.Status.SUCCESS, strict.status());
  }

  @Test
  void anUpdateNamesEachEntryItAddsAndDrops() throws IOException {
    Path client = oneTypo("Client", "695");
    update(client);
    oneTypo("Client", "2135");

    Compilation swapped = update(client);

    assertEquals(
        List.of(
            "[IdentityErrorsSetup] identity-errors baseline: 1 finding of 1 file compiled recorded"
                + " in "
                + baseline()
                + "\n    added   1 of src/main/java/com/acme/Client.java UnknownErrorCode 2135 (0 -> 1)"
                + "\n    dropped 1 of src/main/java/com/acme/Client.java UnknownErrorCode 695 (1 -> 0)"),
        notes(swapped));
  }

  @Test
  void aPruneDropsWhatIsGoneAndReportsWhatIsNewWithoutRecordingIt() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    update(client);
    String[] changed = CLIENT.clone();
    changed[4] = "    return code == 2135;";
    write("src/main/java/com/acme/Client.java", changed);

    Compilation pruned = prune(client);

    assertEquals(
        List.of(
            "[UnknownErrorCode] 2135 is not a LUSID Identity error code; did you mean 2153"
                + " (INVALID_AUTHENTICATION_TOKEN)?"),
        findings(pruned));
    assertEquals(Compilation.Status.FAILURE, pruned.status());
    assertEquals(
        List.of(
            "[IdentityErrorsSetup] identity-errors baseline: pruned "
                + baseline()
                + " to the findings still there"
                + "\n    dropped 1 of src/main/java/com/acme/Client.java UnknownErrorCode 695 (2 -> 1)"),
        notes(pruned));
    assertEquals(
        List.of(
            "src/main/java/com/acme/Client.java ErrorCodeLiteral 1 657",
            "src/main/java/com/acme/Client.java UnknownErrorCode 1 695"),
        entries());
    assertEquals(1, findings(compile("", client)).size(), "the new finding is still reported");
  }

  @Test
  void aStrictBaselineFailsOnACountAboveTodaysAndPassesWhenExact() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    update(client);
    assertEquals(Compilation.Status.SUCCESS, strict(client).status());
    String[] fixed = CLIENT.clone();
    fixed[7] = "    return code == 695;";
    write("src/main/java/com/acme/Client.java", fixed);

    Compilation inflated = strict(client);

    assertEquals(Compilation.Status.FAILURE, inflated.status());
    assertEquals(
        List.of(
            STRICT
                + oneGone()
                + "\n    src/main/java/com/acme/Client.java ErrorCodeLiteral 657: recorded 1, found 0"),
        setupErrors(inflated));
    prune(client);
    assertEquals(Compilation.Status.SUCCESS, strict(client).status());
  }

  @Test
  void keysSurviveEditsThatDoNotChangeTheFinding() throws IOException {
    String[] sdk = {
      "package com.acme;",
      "import com.finbourne.identity.ApiException;",
      "import com.finbourne.identity.ApiResponse;",
      "import dev.identityerrors.IdentityErrorCode;",
      "import dev.identityerrors.IdentityErrorCodes;",
      "class Sdk {",
      "  boolean missing(ApiResponse<?> response) {",
      "    return response.getStatusCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST;",
      "  }",
      "  interface Call { void run() throws ApiException; }",
      "  boolean gone(Call call) {",
      "    try {",
      "      call.run();",
      "      return false;",
      "    } catch (ApiException e) {",
      "      return e.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST;",
      "    }",
      "  }",
      "  String describe(@IdentityErrorCode int code) {",
      "    String description = \"other\";",
      "    switch (code) {",
      "      case IdentityErrorCodes.USER_DOES_NOT_EXIST:",
      "        description = \"no such user\";",
      "        break;",
      "    }",
      "    return description;",
      "  }",
      "}"
    };
    Path client = write("src/main/java/com/acme/Sdk.java", sdk);
    update(client);
    List<String> recorded = entries();
    assertEquals(3, recorded.size(), recorded.toString());

    // google-java-format wraps a long call chain: the flagged code's layout, and its message.
    String[] wrapped = sdk.clone();
    wrapped[7] =
        "    return response\n        .getStatusCode()\n        == IdentityErrorCodes.USER_DOES_NOT_EXIST;";
    // One more case in the baselined switch: its message lists fewer missing codes.
    String[] oneMoreCase = sdk.clone();
    oneMoreCase[23] =
        "        break;\n      case IdentityErrorCodes.USER_ALREADY_EXISTS:\n        break;";
    for (String[] edited : List.of(wrapped, oneMoreCase)) {
      write("src/main/java/com/acme/Sdk.java", edited);
      Compilation compilation = strict(client);
      assertEquals(List.of(), findings(compilation), String.join("\n", edited));
      assertEquals(Compilation.Status.SUCCESS, compilation.status(), String.join("\n", edited));
    }
    update(client);
    assertEquals(recorded, entries(), "the update after those edits keeps every key");
  }

  @Test
  void aRenameTheMessageNamesOutsideTheFlaggedCodeKeepsTheKey() throws IOException {
    String[] sdk = {
      "package com.acme;",
      "import com.finbourne.identity.model.LusidProblemDetails;",
      "import dev.identityerrors.IdentityErrorCodes;",
      "class Problems {",
      "  boolean missing(LusidProblemDetails problem) {",
      "    Integer status = problem.getStatus();",
      "    return status == IdentityErrorCodes.USER_DOES_NOT_EXIST;",
      "  }",
      "}"
    };
    Path client = write("src/main/java/com/acme/Problems.java", sdk);
    update(client);
    List<String> recorded = entries();
    String message = Files.readString(baseline(), UTF_8);
    assertEquals(1, recorded.size(), message);
    String[] renamed = sdk.clone();
    renamed[4] = "  boolean missing(LusidProblemDetails details) {";
    renamed[5] = "    Integer status = details.getStatus();";
    write("src/main/java/com/acme/Problems.java", renamed);

    Compilation compilation = strict(client);

    assertEquals(List.of(), findings(compilation));
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
  }

  @Test
  void aMergeOfTwoBranchesNeverAllowsMoreThanEitherAndStrictHoldsItToTheTruth()
      throws IOException, InterruptedException {
    String[] base = {
      "package com.acme;",
      "import dev.identityerrors.IdentityErrorCode;",
      "class Client {",
      "  boolean one(@IdentityErrorCode int code) {",
      "    return code == 695;",
      "  }",
      "  boolean two(@IdentityErrorCode int code) {",
      "    return code == 695;",
      "  }",
      "  boolean three(@IdentityErrorCode int code) {",
      "    return code == 695;",
      "  }",
      "}"
    };
    Path client = write("src/main/java/com/acme/Client.java", base);
    write(".gitattributes", "identity-errors-baseline.txt merge=union");
    git("init", "-q");
    git("checkout", "-q", "-b", "main");
    update(client);
    git("add", "-A");
    git("commit", "-q", "-m", "adopt");

    // One developer fixes the first copy of 695 (3 -> 2)...
    git("checkout", "-q", "-b", "fix-one");
    String[] fixOne = base.clone();
    fixOne[4] = "    return code == 659;";
    write("src/main/java/com/acme/Client.java", fixOne);
    prune(client);
    git("commit", "-q", "-am", "fix one");

    // ... the other the second and the third (3 -> 1): the same line, changed two ways.
    git("checkout", "-q", "main");
    git("checkout", "-q", "-b", "fix-two");
    String[] fixTwo = base.clone();
    fixTwo[7] = "    return code == 659;";
    fixTwo[10] = "    return code == 659;";
    write("src/main/java/com/acme/Client.java", fixTwo);
    prune(client);
    git("commit", "-q", "-am", "fix two");

    git("merge", "-q", "--no-edit", "fix-one");
    String mergedCode = Files.readString(client, UTF_8);
    assertTrue(!mergedCode.contains("695"), mergedCode);
    assertEquals(
        List.of(
            "src/main/java/com/acme/Client.java UnknownErrorCode 1 695",
            "src/main/java/com/acme/Client.java UnknownErrorCode 2 695"),
        entries().stream().sorted().toList(),
        "git's union merge keeps both sides' lines");

    // Not inflated: with two new copies, the merged file allows one (the smaller count), not three.
    String[] twoNewCopies = mergedCode.split("\n");
    twoNewCopies[4] = "    return code == 695;";
    twoNewCopies[7] = "    return code == 695;";
    write("src/main/java/com/acme/Client.java", twoNewCopies);
    assertEquals(
        List.of(
            "[UnknownErrorCode] 695 is not a LUSID Identity error code; did you mean 659"
                + " (API_KEY_DISPLAY_NAME_ALREADY_IN_USE)?"),
        findings(compile("", client)).stream()
            .filter(finding -> finding.startsWith("[UnknownErrorCode]"))
            .toList(),
        "one of the two new copies is reported");
    write("src/main/java/com/acme/Client.java", mergedCode.split("\n"));

    // The strict build names what the merge left; a prune makes the file exact.
    assertEquals(
        List.of(
            STRICT
                + oneGone()
                + "\n    src/main/java/com/acme/Client.java UnknownErrorCode 695: recorded 1, found 0"
                + "\n  "
                + baseline()
                + " writes a key twice (a merge's leftovers; each counts at its smaller count)"
                + "\n    src/main/java/com/acme/Client.java UnknownErrorCode 695"),
        setupErrors(strict(client)));
    prune(client);
    assertEquals(List.of(), entries());
    assertEquals(Compilation.Status.SUCCESS, strict(client).status());
  }

  private void git(String... arguments) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=Dev",
                "-c",
                "user.email=dev@example.com",
                "-c",
                "commit.gpgsign=false"));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
  }
}
