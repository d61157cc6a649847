package dev.identityerrors.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.identityerrors.build.CatalogueGenerator.Row;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift command on the published excerpt of the OpenAPI document, and on variants made from the
 * repository's catalogue: a code added, one removed, a title or description changed, JSON,
 * malformed YAML. The catalogue is copied to a temporary folder first; the repository's is never
 * touched.
 */
class CatalogueDriftTest {
  private static final Path CATALOGUE =
      Path.of(System.getProperty("catalogue.dir", "../annotations/src/main/catalogue"));

  @TempDir Path work;

  private Path catalogue;
  private List<Row> rows;
  private String out;
  private String err;

  @BeforeEach
  void copyTheCatalogue() throws Exception {
    catalogue = Files.createDirectories(work.resolve("catalogue"));
    for (String file : List.of("identity-error-codes.tsv", "identity-error-categories.tsv")) {
      Files.copy(CATALOGUE.resolve(file), catalogue.resolve(file));
    }
    rows =
        CatalogueGenerator.readCodes(
            catalogue.resolve("identity-error-codes.tsv"),
            CatalogueGenerator.readCategories(catalogue.resolve("identity-error-categories.tsv")));
  }

  private String codes() throws IOException {
    return Files.readString(catalogue.resolve("identity-error-codes.tsv"));
  }

  private int run(Path spec, String... options) {
    List<String> args =
        new ArrayList<>(List.of(spec.toString(), "--catalogue", catalogue.toString()));
    args.addAll(List.of(options));
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int status =
        CatalogueDrift.run(
            args.toArray(String[]::new),
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8));
    out = stdout.toString(StandardCharsets.UTF_8);
    err = stderr.toString(StandardCharsets.UTF_8);
    return status;
  }

  /** A spec excerpt with the catalogue's codes, each entry rewritten by the given function. */
  private Path spec(UnaryOperator<String> edit, String extra) throws IOException {
    StringBuilder yaml = new StringBuilder("info:\n  x-fbn-error-codes:\n");
    for (Row row : rows) {
      String entry =
          "    '"
              + row.code()
              + "':\n      title: \""
              + row.title()
              + "\"\n"
              + (row.description().isEmpty()
                  ? ""
                  : "      description: \"" + row.description() + "\"\n");
      yaml.append(edit.apply(entry));
    }
    yaml.append(extra);
    Path file = work.resolve("spec.yaml");
    Files.writeString(file, yaml.toString());
    return file;
  }

  @Test
  void thePublishedExcerptIsInStep() {
    String shared = System.getProperty("shared.openapi", "");
    assumeTrue(
        !shared.isEmpty() && Files.exists(Path.of(shared)),
        "the published excerpt (../shared/catalogue) is absent: not compared");
    assertEquals(0, run(Path.of(shared)), out + err);
    assertEquals("in step: 36 codes\n", out);
  }

  @Test
  void aSpecMadeFromTheCatalogueIsInStep() throws IOException {
    String before = codes();
    assertEquals(0, run(spec(entry -> entry, "")), out + err);
    assertEquals("in step: " + rows.size() + " codes\n", out);
    assertEquals(0, run(spec(entry -> entry, ""), "--update"));
    assertEquals(before, codes(), "an update in step writes nothing new");
  }

  @Test
  void jsonIsReadToo() throws IOException {
    StringBuilder json =
        new StringBuilder("{\"openapi\": \"3.0.4\", \"info\": {\"x-fbn-error-codes\": {");
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      json.append(i == 0 ? "" : ", ")
          .append('"')
          .append(row.code())
          .append("\": {\"title\": \"")
          .append(row.title())
          .append('"')
          .append(
              row.description().isEmpty() ? "" : ", \"description\": \"" + row.description() + "\"")
          .append('}');
    }
    json.append("}}}");
    Path file = Files.writeString(work.resolve("spec.json"), json);
    assertEquals(0, run(file), out + err);
  }

  @Test
  void anAddedCodeNeedsACategoryBeforeAnythingIsWritten() throws IOException {
    String before = codes();
    Path spec = spec(entry -> entry, "    '690':\n      title: Tenant Is Frozen\n");
    assertEquals(1, run(spec));
    assertEquals(
        List.of("added: 690 \"Tenant Is Frozen\" is in the spec only", "1 difference(s)"),
        out.lines().map(line -> line.replaceAll(" between .*", "")).toList());

    assertEquals(1, run(spec, "--update"));
    assertTrue(err.contains("new code 690 (TENANT_IS_FROZEN) needs a category"), err);
    assertTrue(err.contains("identity-error-categories.tsv"), err);
    assertTrue(err.contains("nothing written"), err);
    assertEquals(before, codes());

    assertEquals(0, run(spec, "--update", "--category", "690=USER_STATUS"), err);
    assertTrue(codes().contains("\n689\t"), "rows around it kept");
    assertTrue(
        codes().contains("690\tTENANT_IS_FROZEN\tTenant Is Frozen\t\tUSER_STATUS\n692\t"),
        "placed by code: " + codes());
    assertEquals(0, run(spec), "in step after the update: " + out);
  }

  @Test
  void theConstantOfANewCodeCanBeChosen() throws IOException {
    Path spec = spec(entry -> entry, "    '-7':\n      title: Something odd\n");
    assertEquals(
        0, run(spec, "--update", "--category", "-7=SERVER", "--constant", "-7=ODDITY"), err);
    assertTrue(
        codes()
            .endsWith(
                "-1\tUNKNOWN_ERROR\tUnknown error\tAn unexpected error was encountered on our side.\tSERVER\n-7\tODDITY\tSomething odd\t\tSERVER\n"),
        codes());
  }

  @Test
  void aRemovedCodeIsReportedAndDropped() throws IOException {
    Path spec = spec(entry -> entry.startsWith("    '657'") ? "" : entry, "");
    assertEquals(1, run(spec));
    assertTrue(out.contains("removed: 657 USER_DOES_NOT_EXIST is in the catalogue only"), out);
    assertEquals(0, run(spec, "--update"), err);
    assertFalse(codes().contains("\tUSER_DOES_NOT_EXIST\t"), codes());
    assertEquals(rows.size() - 1, codes().lines().count() - 1);
  }

  @Test
  void aChangedTitleOrDescriptionIsReportedAndTaken() throws IOException {
    Path spec =
        spec(
            entry ->
                entry
                    .replace("title: \"User does not exist\"", "title: \"User not found\"")
                    .replace(
                        "description: \"The specified user does not exist\"",
                        "description: \"Gone\""),
            "");
    assertEquals(1, run(spec));
    assertTrue(
        out.contains(
            "changed: 657 USER_DOES_NOT_EXIST title \"User does not exist\" -> \"User not found\""),
        out);
    assertTrue(
        out.contains(
            "changed: 657 USER_DOES_NOT_EXIST description \"The specified user does not exist\""
                + " -> \"Gone\""),
        out);
    assertEquals(0, run(spec, "--update"), err);
    assertTrue(codes().contains("657\tUSER_DOES_NOT_EXIST\tUser not found\tGone\tUSER\n"), codes());
  }

  @Test
  void malformedYamlIsOneClearErrorAndNothingWritten() throws IOException {
    String before = codes();
    Path file =
        Files.writeString(work.resolve("broken.yaml"), "info:\n  x-fbn-error-codes: [\n  '657': {");
    assertEquals(2, run(file, "--update"));
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("catalogue-drift: " + file + " is not YAML or JSON"), err);
    assertEquals(before, codes());
  }

  @Test
  void aDocumentWithoutTheCodesSaysSo() throws IOException {
    Path file =
        Files.writeString(work.resolve("other.yaml"), "openapi: 3.0.4\ninfo:\n  title: x\n");
    assertEquals(2, run(file));
    assertEquals("catalogue-drift: " + file + " has no info.x-fbn-error-codes\n", err);
  }

  @Test
  void constantsComeFromTitles() {
    assertEquals("API_KEY_NOT_FOUND", CatalogueDrift.constantFor("API Key not found"));
    assertEquals("USER_S_ROLE_IS_GONE", CatalogueDrift.constantFor("User's role -- is gone!"));
    assertEquals("CODE_2FA_REQUIRED", CatalogueDrift.constantFor("2FA required"));
  }
}
