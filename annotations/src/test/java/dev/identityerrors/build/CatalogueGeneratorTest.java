package dev.identityerrors.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.identityerrors.build.CatalogueGenerator.CatalogueException;
import dev.identityerrors.build.CatalogueGenerator.Category;
import dev.identityerrors.build.CatalogueGenerator.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed catalogue stops generation with a message naming the file and line. */
class CatalogueGeneratorTest {
  private static final List<Category> CATEGORIES =
      List.of(new Category("USER", "Users."), new Category("SERVER", "Server."));

  @TempDir Path dir;

  private Path codes(String... rows) throws Exception {
    Path file = dir.resolve("codes.tsv");
    Files.writeString(
        file, CatalogueGenerator.CODES_HEADER + "\n" + String.join("\n", rows) + "\n");
    return file;
  }

  private String failure(Path file) {
    return assertThrows(
            CatalogueException.class, () -> CatalogueGenerator.readCodes(file, CATEGORIES))
        .getMessage();
  }

  @Test
  void readsWellFormedRows() throws Exception {
    List<Row> rows =
        CatalogueGenerator.readCodes(
            codes(
                "657\tUSER_DOES_NOT_EXIST\tUser does not exist\tNo such user\tUSER",
                "-1\tUNKNOWN_ERROR\tUnknown error\t\tSERVER"),
            CATEGORIES);
    assertEquals(
        List.of(
            new Row(2, 657, "USER_DOES_NOT_EXIST", "User does not exist", "No such user", "USER"),
            new Row(3, -1, "UNKNOWN_ERROR", "Unknown error", "", "SERVER")),
        rows);
  }

  @Test
  void duplicateCodeNamesBothLines() throws Exception {
    String message =
        failure(codes("657\tA\tA title\t\tUSER", "658\tB\tB title\t\tUSER", "657\tC\tC\t\tUSER"));
    assertEquals("codes.tsv:4: duplicate code 657 (first on line 2)", message);
  }

  @Test
  void duplicateConstantNamesBothLines() throws Exception {
    String message = failure(codes("657\tA\tA title\t\tUSER", "658\tA\tB title\t\tUSER"));
    assertEquals("codes.tsv:3: duplicate constant A (first on line 2)", message);
  }

  @Test
  void unknownCategoryIsNamed() throws Exception {
    String message = failure(codes("657\tA\tA title\t\tUSRE"));
    assertTrue(message.startsWith("codes.tsv:2: unknown category 'USRE'"), message);
  }

  @Test
  void badNumberIsNamed() throws Exception {
    assertEquals("codes.tsv:2: code '65x' is not an int", failure(codes("65x\tA\tA\t\tUSER")));
    assertEquals(
        "codes.tsv:2: code '99999999999' is not an int",
        failure(codes("99999999999\tA\tA\t\tUSER")));
    assertEquals("codes.tsv:2: code '' is not an int", failure(codes("\tA\tA\t\tUSER")));
  }

  @Test
  void wrongColumnCountIsNamed() throws Exception {
    assertEquals(
        "codes.tsv:2: expected 5 tab-separated columns, found 4",
        failure(codes("657\tA\tA title\tUSER")));
  }

  @Test
  void constantMustBeAJavaConstantName() throws Exception {
    assertEquals(
        "codes.tsv:2: constant 'user-missing' is not an UPPER_SNAKE_CASE Java name",
        failure(codes("657\tuser-missing\tA\t\tUSER")));
  }

  @Test
  void missingTitleIsNamed() throws Exception {
    assertEquals("codes.tsv:2: code 657 has no title", failure(codes("657\tA\t\t\tUSER")));
  }

  @Test
  void wrongHeaderIsNamed() throws Exception {
    Path file = dir.resolve("codes.tsv");
    Files.writeString(file, "code,constant\n657\tA\tA\t\tUSER\n");
    assertTrue(failure(file).startsWith("codes.tsv:1: the header must be"));
  }

  @Test
  void emptyCatalogueIsRejected() throws Exception {
    assertEquals("codes.tsv:1: no error codes", failure(codes()));
  }

  @Test
  void duplicateCategoryIsNamed() throws Exception {
    Path file = dir.resolve("categories.tsv");
    Files.writeString(
        file, CatalogueGenerator.CATEGORIES_HEADER + "\nUSER\tUsers\nROLE\tRoles\nUSER\tAgain\n");
    CatalogueException e =
        assertThrows(CatalogueException.class, () -> CatalogueGenerator.readCategories(file));
    assertEquals("categories.tsv:4: duplicate category USER (first on line 2)", e.getMessage());
  }

  @Test
  void generatedSourcesEscapeTextAndCarryCategories() throws Exception {
    List<Row> rows =
        CatalogueGenerator.readCodes(
            codes("657\tA\tSay \"hi\" \\ <b>\tDesc */ é\tUSER"), CATEGORIES);
    Map<String, String> sources = CatalogueGenerator.generate(rows, CATEGORIES);
    assertEquals(
        List.of("IdentityErrorCodes.java", "IdentityErrorCategory.java", "IdentityError.java"),
        List.copyOf(sources.keySet()));
    String codesClass = sources.get("IdentityErrorCodes.java");
    assertTrue(
        codesClass.contains(
            "@Category(IdentityErrorCategory.USER)\n  public static final int A = 657;"),
        codesClass);
    assertTrue(codesClass.contains("/** 657: Say \"hi\" \\ &lt;b&gt; (USER). */"), codesClass);
    String errorEnum = sources.get("IdentityError.java");
    assertTrue(errorEnum.contains("\"Say \\\"hi\\\" \\\\ <b>\""), errorEnum);
    assertTrue(errorEnum.contains("\"Desc */ \\u00e9\""), errorEnum);
  }
}
