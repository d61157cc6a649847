package dev.identityerrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.identityerrors.build.CatalogueGenerator;
import dev.identityerrors.build.CatalogueGenerator.Category;
import dev.identityerrors.build.CatalogueGenerator.Row;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated Java catalogue says exactly what the catalogue file says. */
class CatalogueRoundTripTest {
  private static Path catalogueDir;
  private static List<Category> categories;
  private static List<Row> rows;

  @BeforeAll
  static void readCatalogueFile() throws Exception {
    catalogueDir = Path.of(System.getProperty("catalogue.dir", "src/main/catalogue"));
    categories =
        CatalogueGenerator.readCategories(catalogueDir.resolve("identity-error-categories.tsv"));
    rows =
        CatalogueGenerator.readCodes(catalogueDir.resolve("identity-error-codes.tsv"), categories);
  }

  @Test
  void everyRowRoundTripsThroughConstantsAndEnum() throws Exception {
    for (Row row : rows) {
      Field field = IdentityErrorCodes.class.getField(row.constant());
      int modifiers = field.getModifiers();
      assertTrue(Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers), row.constant());
      assertTrue(Modifier.isFinal(modifiers), row.constant());
      assertEquals(int.class, field.getType(), row.constant());
      assertEquals(row.code(), field.getInt(null), row.constant());

      IdentityError error = IdentityError.valueOf(row.constant());
      assertEquals(row.code(), error.code());
      assertEquals(row.title(), error.title());
      assertEquals(row.description(), error.description());
      assertEquals(row.category(), error.category().name());
      assertEquals(Optional.of(error), IdentityError.fromCode(row.code()));
      assertEquals(row.constant(), IdentityError.fromCode(error.code()).orElseThrow().name());
    }
  }

  @Test
  void catalogueHasNothingBeyondTheFile() {
    assertEquals(rows.size(), IdentityError.values().length);
    long constants =
        Arrays.stream(IdentityErrorCodes.class.getDeclaredFields())
            .filter(field -> Modifier.isStatic(field.getModifiers()))
            .count();
    assertEquals(rows.size(), constants);
  }

  @Test
  void publishedCatalogueHasThirtySixCodesInTwelveCategories() {
    assertEquals(36, IdentityError.values().length);
    assertEquals(12, IdentityErrorCategory.values().length);
    assertEquals(657, IdentityErrorCodes.USER_DOES_NOT_EXIST);
    assertEquals(-1, IdentityErrorCodes.UNKNOWN_ERROR);
    assertEquals(
        IdentityErrorCategory.API_KEY, IdentityError.fromCode(659).orElseThrow().category());
  }

  @Test
  void categoriesFollowTheCategoriesFile() {
    assertEquals(
        categories.stream().map(Category::name).toList(),
        Arrays.stream(IdentityErrorCategory.values()).map(Enum::name).toList());
  }

  @Test
  void emptyDescriptionIsTheEmptyString() {
    assertEquals("", IdentityError.DUPLICATE_IN_PARAMETER_SET.description());
    assertEquals(
        "The specified user does not exist", IdentityError.USER_DOES_NOT_EXIST.description());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 695, 2155, 404, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void unknownCodeGivesEmpty(int code) {
    assertFalse(IdentityError.fromCode(code).isPresent());
  }

  @Test
  void constantsClassIsNotInstantiable() {
    assertTrue(Modifier.isFinal(IdentityErrorCodes.class.getModifiers()));
    Constructor<?>[] constructors = IdentityErrorCodes.class.getDeclaredConstructors();
    assertEquals(1, constructors.length);
    assertTrue(Modifier.isPrivate(constructors[0].getModifiers()));
  }

  @Test
  void constantsAreCompileTimeConstantsUsableAsCaseLabels() {
    int code = 659;
    String name =
        switch (code) {
          case IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE -> "in use";
          case IdentityErrorCodes.UNKNOWN_ERROR -> "unknown";
          default -> "other";
        };
    assertEquals("in use", name);
  }

  /**
   * The published catalogue lives beside the repository ({@code ../shared}), not in it. Where it is
   * absent (a clone on its own) the comparison cannot run: the build log says so in words, not only
   * as a skipped-test count, and {@code -Dshared.catalogue.required=true} makes it a failure.
   */
  @Test
  void repositoryCopyFollowsTheSharedCatalogue() throws Exception {
    String shared = System.getProperty("shared.catalogue", "");
    boolean present = !shared.isEmpty() && Files.exists(Path.of(shared));
    if (!present) {
      String why =
          "the published catalogue "
              + (shared.isEmpty() ? "(-Dshared.catalogue)" : shared)
              + " is absent, so the repository's copy is NOT compared with it";
      assertFalse(Boolean.getBoolean("shared.catalogue.required"), why);
      System.err.println("[WARNING] CatalogueRoundTripTest: " + why + "; skipped");
    }
    assumeTrue(present, "no ../shared beside the repository");
    assertEquals(
        Files.readString(Path.of(shared)),
        Files.readString(catalogueDir.resolve("identity-error-codes.tsv")),
        "annotations/src/main/catalogue/identity-error-codes.tsv differs from " + shared);
  }
}
