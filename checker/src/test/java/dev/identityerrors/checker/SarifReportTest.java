package dev.identityerrors.checker;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The SARIF report ({@code -XepOpt:IdentityErrorCode:Sarif=FOLDER}) end to end, on real javac with
 * the plugin: what a finding becomes, with a baseline and severity flags, in a build of several
 * compilations; every log checked against the SARIF 2.1.0 JSON schema (the copy in the tests'
 * resources is the one Microsoft's SARIF Multitool ships, npm's {@code
 * @microsoft/sarif-multitool-linux} 5.7.0).
 */
class SarifReportTest {
  @TempDir Path project;

  private static final String[] CLIENT = {
    "package com.acme;",
    "import dev.identityerrors.IdentityErrorCode;",
    "class Client {",
    "  boolean missing(@IdentityErrorCode int code) {",
    "    return code == 695;",
    "  }",
    "  boolean user(@IdentityErrorCode int code) {",
    "    return code == 657;",
    "  }",
    "}"
  };

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try (InputStream schema =
        SarifReportTest.class.getResourceAsStream("/sarif/sarif-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(schema);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String relative, String... lines) throws IOException {
    return RealJavac.write(project, relative, lines);
  }

  private Path reports() {
    return project.resolve("reports");
  }

  private Compilation compile(String options, Path... sources) {
    return RealJavac.compileOnDisk(
        "-XepOpt:IdentityErrorCode:Sarif="
            + reports()
            + " -XepOpt:IdentityErrorCode:SarifRoot="
            + project
            + " "
            + options,
        sources);
  }

  /** The folder's one report, checked against the schema. */
  private JsonNode onlyReport() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(reports())) {
      files = list.filter(file -> file.toString().endsWith(".sarif")).toList();
    }
    assertEquals(1, files.size(), files.toString());
    return valid(files.get(0));
  }

  private static JsonNode valid(Path report) throws IOException {
    String text = Files.readString(report, UTF_8);
    assertEquals(List.of(), SCHEMA.validate(text, InputFormat.JSON), text);
    return JSON.readTree(text);
  }

  private static List<JsonNode> results(JsonNode log) {
    List<JsonNode> results = new ArrayList<>();
    log.get("runs").get(0).get("results").forEach(results::add);
    return results;
  }

  @Test
  void aFindingIsAResultWithItsRuleLevelLocationFixAndFingerprint() throws IOException {
    compile("", write("src/main/java/com/acme/Client.java", CLIENT));
    JsonNode log = onlyReport();
    assertEquals("2.1.0", log.get("version").asString());
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertEquals("identity-errors", driver.get("name").asString());
    List<String> rules = new ArrayList<>();
    driver.get("rules").forEach(rule -> rules.add(rule.get("id").asString()));
    assertEquals(
        List.of(
            "ErrorCodeAnnotationMisuse",
            "ErrorCodeLiteral",
            "HttpStatusAsErrorCode",
            "IdentityErrorsSetup",
            "UnannotatedErrorCode",
            "UnhandledErrorCategory",
            "UnknownErrorCode"),
        rules);
    JsonNode unknownRule = driver.get("rules").get(rules.indexOf("UnknownErrorCode"));
    assertTrue(unknownRule.get("helpUri").asString().endsWith("/docs/checks/UnknownErrorCode.md"));
    assertEquals("error", unknownRule.get("defaultConfiguration").get("level").asString());

    List<JsonNode> results = results(log);
    assertEquals(2, results.size(), results.toString());
    JsonNode typo = results.get(0);
    assertEquals("UnknownErrorCode", typo.get("ruleId").asString());
    assertEquals(rules.indexOf("UnknownErrorCode"), typo.get("ruleIndex").asInt());
    assertEquals("error", typo.get("level").asString());
    assertTrue(typo.get("message").get("text").asString().startsWith("695 is not a LUSID"));
    JsonNode location = typo.get("locations").get(0).get("physicalLocation");
    assertEquals(
        "src/main/java/com/acme/Client.java",
        location.get("artifactLocation").get("uri").asString());
    assertEquals("%SRCROOT%", location.get("artifactLocation").get("uriBaseId").asString());
    JsonNode region = location.get("region");
    // "    return code == 695;": 695 from column 20 to 23 (end exclusive).
    assertEquals(List.of(5, 20, 5, 23), regionOf(region));
    assertEquals(
        project.toUri().toString(),
        run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString());

    JsonNode fix = typo.get("fixes").get(0).get("artifactChanges").get(0);
    List<String> inserted = new ArrayList<>();
    fix.get("replacements")
        .forEach(
            replacement -> inserted.add(replacement.get("insertedContent").get("text").asString()));
    assertTrue(
        inserted.contains("IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE"),
        inserted.toString());
    assertTrue(
        inserted.stream()
            .anyMatch(text -> text.contains("import dev.identityerrors.IdentityErrorCodes;")),
        inserted.toString());

    JsonNode literal = results.get(1);
    assertEquals("ErrorCodeLiteral", literal.get("ruleId").asString());
    assertEquals(
        List.of(8, 20, 8, 23),
        regionOf(literal.get("locations").get(0).get("physicalLocation").get("region")));
    String fingerprint = typo.get("partialFingerprints").get("identityErrorsKey/v1").asString();
    assertTrue(fingerprint.matches("[0-9a-f]{32}:1"), fingerprint);
    // No baseline: no baseline state, no suppression.
    assertFalse(typo.has("baselineState"));
    assertFalse(typo.has("suppressions"));
  }

  private static List<Integer> regionOf(JsonNode region) {
    return List.of(
        region.get("startLine").asInt(),
        region.get("startColumn").asInt(),
        region.get("endLine").asInt(),
        region.get("endColumn").asInt());
  }

  @Test
  void theSameFindingsGiveTheSameBytesAndAFingerprintThatIgnoresLines() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    compile("", client);
    Path report;
    try (Stream<Path> list = Files.list(reports())) {
      report = list.findFirst().orElseThrow();
    }
    String first = Files.readString(report, UTF_8);
    compile("", client);
    assertEquals(first, Files.readString(report, UTF_8));
    String before = results(JSON.readTree(first)).get(0).get("partialFingerprints").toString();
    List<String> moved = new ArrayList<>(List.of(CLIENT));
    moved.add(3, "  // a new line above: every finding moves down");
    write("src/main/java/com/acme/Client.java", moved.toArray(String[]::new));
    compile("", client);
    JsonNode after = onlyReport();
    assertEquals(
        6,
        regionOf(
                results(after).get(0).get("locations").get(0).get("physicalLocation").get("region"))
            .get(0));
    assertEquals(before, results(after).get(0).get("partialFingerprints").toString());
  }

  @Test
  void levelsAreAsTheBuildReportedThem() throws IOException {
    compile(
        "-Xep:UnknownErrorCode:WARN -Xep:ErrorCodeLiteral:OFF",
        write("src/main/java/com/acme/Client.java", CLIENT));
    List<JsonNode> results = results(onlyReport());
    assertEquals(1, results.size(), results.toString());
    assertEquals("warning", results.get(0).get("level").asString());
  }

  @Test
  void withABaselineTheRecordedFindingIsSuppressedAndTheOtherNew() throws IOException {
    Path client = write("src/main/java/com/acme/Client.java", CLIENT);
    Path baseline = project.resolve("identity-errors-baseline.txt");
    compile(
        "-XepOpt:IdentityErrorCode:Baseline="
            + baseline
            + " -XepOpt:IdentityErrorCode:UpdateBaseline=true -Xep:ErrorCodeLiteral:OFF",
        client);
    compile("-XepOpt:IdentityErrorCode:Baseline=" + baseline, client);
    List<JsonNode> results = results(onlyReport());
    assertEquals(2, results.size(), results.toString());
    JsonNode old = results.get(0);
    assertEquals("UnknownErrorCode", old.get("ruleId").asString());
    assertEquals("unchanged", old.get("baselineState").asString());
    assertEquals("external", old.get("suppressions").get(0).get("kind").asString());
    JsonNode added = results.get(1);
    assertEquals("ErrorCodeLiteral", added.get("ruleId").asString());
    assertEquals("new", added.get("baselineState").asString());
    assertFalse(added.has("suppressions"));
  }

  @Test
  void aSetUpProblemIsANotificationOfTheRun() throws IOException {
    compile(
        "-XepOpt:IdentityErrorCode:UpdateBaseline=maybe",
        write("src/main/java/com/acme/Client.java", CLIENT));
    JsonNode notifications =
        onlyReport().get("runs").get(0).get("invocations").get(0).get("toolExecutionNotifications");
    assertEquals(1, notifications.size(), notifications.toString());
    assertTrue(
        notifications.get(0).get("message").get("text").asString().contains("UpdateBaseline=maybe"),
        notifications.toString());
  }

  /**
   * A build's main and test compilations, each with its class folder, leave one report each in the
   * folder; compiled again, a compilation replaces its own.
   */
  @Test
  void eachCompilationOfABuildLeavesItsOwnReport() throws IOException {
    Path main = write("app/src/main/java/com/acme/Client.java", CLIENT);
    Path test =
        write(
            "app/src/test/java/com/acme/ClientTest.java",
            "package com.acme;",
            "class ClientTest {",
            "  boolean expired(com.finbourne.identity.model.LusidProblemDetails problem) {",
            "    return problem.getCode() == 2135;",
            "  }",
            "}");
    assertEquals(0, javac(project.resolve("app/target/classes"), main), "main");
    assertEquals(0, javac(project.resolve("app/target/test-classes"), test), "test");
    List<String> names;
    try (Stream<Path> list = Files.list(reports())) {
      names = list.map(file -> file.getFileName().toString()).sorted().toList();
    }
    assertEquals(List.of("app-target-classes.sarif", "app-target-test-classes.sarif"), names);
    assertEquals(2, results(valid(reports().resolve("app-target-classes.sarif"))).size());
    assertEquals(1, results(valid(reports().resolve("app-target-test-classes.sarif"))).size());
    String category =
        valid(reports().resolve("app-target-test-classes.sarif"))
            .get("runs")
            .get(0)
            .get("automationDetails")
            .get("id")
            .asString();
    assertEquals("identity-errors/app-target-test-classes/", category);

    // The main sources fixed: their report is replaced, the test's left as it was.
    write("app/src/main/java/com/acme/Client.java", "package com.acme;", "class Client {}");
    assertEquals(0, javac(project.resolve("app/target/classes"), main), "main again");
    assertEquals(0, results(valid(reports().resolve("app-target-classes.sarif"))).size());
    assertEquals(1, results(valid(reports().resolve("app-target-test-classes.sarif"))).size());
  }

  /** The system javac with a class folder, the checks at WARN so that the compilation passes. */
  private int javac(Path classes, Path source) throws IOException {
    Files.createDirectories(classes);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int status =
        compiler.run(
            null,
            new PrintStream(log, true, UTF_8),
            new PrintStream(log, true, UTF_8),
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            "-processorpath",
            System.getProperty("java.class.path"),
            "-cp",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString(),
            "-Xplugin:ErrorProne -XepAllErrorsAsWarnings -XepOpt:IdentityErrorCode:Sarif="
                + reports()
                + " -XepOpt:IdentityErrorCode:SarifRoot="
                + project,
            source.toString());
    assertTrue(status == 0, log.toString(UTF_8));
    return status;
  }
}
