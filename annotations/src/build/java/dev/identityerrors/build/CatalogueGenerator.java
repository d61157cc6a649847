package dev.identityerrors.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Generates the Java catalogue ({@code IdentityErrorCodes}, {@code IdentityErrorCategory}, {@code
 * IdentityError}) from the published catalogue file, so that no code, name or title is typed twice.
 *
 * <p>Run by the build as a single-file program ({@code java CatalogueGenerator.java CODES
 * CATEGORIES OUT_DIR}); a malformed row stops the build with a message naming its file and line.
 */
public final class CatalogueGenerator {
  static final String CODES_HEADER = "code\tconstant\ttitle\tdescription\tcategory";
  static final String CATEGORIES_HEADER = "category\tdescription";
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final String PACKAGE = "dev.identityerrors";

  /** One category of the catalogue, in the order of the categories file. */
  public record Category(String name, String description) {}

  /** One error code of the catalogue, in the order of the codes file. */
  public record Row(
      int line, int code, String constant, String title, String description, String category) {}

  /** A malformed catalogue file; the message names the file and line. */
  public static final class CatalogueException extends Exception {
    private static final long serialVersionUID = 1L;

    CatalogueException(Path file, int line, String message) {
      super(file.getFileName() + ":" + line + ": " + message);
    }
  }

  private CatalogueGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println(
          "usage: java CatalogueGenerator.java identity-error-codes.tsv"
              + " identity-error-categories.tsv OUTPUT_DIR");
      System.exit(2);
    }
    try {
      List<Category> categories = readCategories(Path.of(args[1]));
      List<Row> rows = readCodes(Path.of(args[0]), categories);
      Path packageDir = Path.of(args[2]).resolve(PACKAGE.replace('.', '/'));
      Files.createDirectories(packageDir);
      for (Map.Entry<String, String> source : generate(rows, categories).entrySet()) {
        Files.writeString(packageDir.resolve(source.getKey()), source.getValue());
      }
    } catch (CatalogueException e) {
      System.err.println("identity-errors catalogue error: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Reads and validates the categories file. */
  public static List<Category> readCategories(Path file) throws IOException, CatalogueException {
    List<String> lines = readLines(file, CATEGORIES_HEADER);
    List<Category> categories = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      int line = i + 1;
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] fields = split(file, line, lines.get(i), 2);
      String name = fields[0];
      if (!CONSTANT_NAME.matcher(name).matches()) {
        throw new CatalogueException(
            file, line, "category '" + name + "' is not an UPPER_SNAKE_CASE name");
      }
      Integer first = seen.putIfAbsent(name, line);
      if (first != null) {
        throw new CatalogueException(
            file, line, "duplicate category " + name + " (first on line " + first + ")");
      }
      categories.add(new Category(name, fields[1]));
    }
    if (categories.isEmpty()) {
      throw new CatalogueException(file, 1, "no categories");
    }
    return categories;
  }

  /** Reads and validates the codes file against the known categories. */
  public static List<Row> readCodes(Path file, List<Category> categories)
      throws IOException, CatalogueException {
    Set<String> knownCategories = new LinkedHashSet<>();
    categories.forEach(category -> knownCategories.add(category.name()));
    List<String> lines = readLines(file, CODES_HEADER);
    List<Row> rows = new ArrayList<>();
    Map<Integer, Integer> codeLines = new HashMap<>();
    Map<String, Integer> constantLines = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      int line = i + 1;
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] fields = split(file, line, lines.get(i), 5);
      int code;
      try {
        code = Integer.parseInt(fields[0]);
      } catch (NumberFormatException e) {
        throw new CatalogueException(file, line, "code '" + fields[0] + "' is not an int");
      }
      String constant = fields[1];
      if (!CONSTANT_NAME.matcher(constant).matches()) {
        throw new CatalogueException(
            file, line, "constant '" + constant + "' is not an UPPER_SNAKE_CASE Java name");
      }
      if (fields[2].isBlank()) {
        throw new CatalogueException(file, line, "code " + code + " has no title");
      }
      String category = fields[4];
      if (!knownCategories.contains(category)) {
        throw new CatalogueException(
            file,
            line,
            "unknown category '" + category + "'; known categories: " + knownCategories);
      }
      Integer firstCode = codeLines.putIfAbsent(code, line);
      if (firstCode != null) {
        throw new CatalogueException(
            file, line, "duplicate code " + code + " (first on line " + firstCode + ")");
      }
      Integer firstConstant = constantLines.putIfAbsent(constant, line);
      if (firstConstant != null) {
        throw new CatalogueException(
            file,
            line,
            "duplicate constant " + constant + " (first on line " + firstConstant + ")");
      }
      rows.add(new Row(line, code, constant, fields[2], fields[3], category));
    }
    if (rows.isEmpty()) {
      throw new CatalogueException(file, 1, "no error codes");
    }
    return rows;
  }

  private static List<String> readLines(Path file, String header)
      throws IOException, CatalogueException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    if (lines.isEmpty() || !lines.get(0).equals(header)) {
      throw new CatalogueException(
          file, 1, "the header must be '" + header.replace("\t", "<TAB>") + "'");
    }
    return lines;
  }

  private static String[] split(Path file, int line, String text, int columns)
      throws CatalogueException {
    String[] fields = text.split("\t", -1);
    if (fields.length != columns) {
      throw new CatalogueException(
          file, line, "expected " + columns + " tab-separated columns, found " + fields.length);
    }
    return fields;
  }

  /** The generated sources, by file name, in package {@code dev.identityerrors}. */
  public static Map<String, String> generate(List<Row> rows, List<Category> categories) {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("IdentityErrorCodes.java", codesClass(rows));
    sources.put("IdentityErrorCategory.java", categoryEnum(categories));
    sources.put("IdentityError.java", errorEnum(rows));
    return sources;
  }

  private static String codesClass(List<Row> rows) {
    StringBuilder constants = new StringBuilder();
    for (Row row : rows) {
      constants
          .append("\n  /** ")
          .append(row.code())
          .append(": ")
          .append(javadoc(row.title()))
          .append(" (")
          .append(row.category())
          .append("). */\n")
          .append("  @Category(IdentityErrorCategory.")
          .append(row.category())
          .append(")\n  public static final int ")
          .append(row.constant())
          .append(" = ")
          .append(row.code())
          .append(";\n");
    }
    return """
        // Generated from identity-error-codes.tsv by CatalogueGenerator. Do not edit.
        package dev.identityerrors;

        import java.lang.annotation.Documented;
        import java.lang.annotation.ElementType;
        import java.lang.annotation.Retention;
        import java.lang.annotation.RetentionPolicy;
        import java.lang.annotation.Target;

        /**
         * The LUSID Identity API error codes, one compile-time constant per published code: use them
         * in comparisons and as {@code case} labels, or through {@code import static
         * dev.identityerrors.IdentityErrorCodes.*}.
         */
        public final class IdentityErrorCodes {
          /**
           * The category of the code a constant holds. Class-retained: the identity-errors checker
           * reads it from this class on the compile class path.
           */
          @Documented
          @Retention(RetentionPolicy.CLASS)
          @Target(ElementType.FIELD)
          public @interface Category {
            /** The category. */
            IdentityErrorCategory value();
          }
        %s
          private IdentityErrorCodes() {}
        }
        """
        .formatted(constants);
  }

  private static String categoryEnum(List<Category> categories) {
    StringBuilder constants = new StringBuilder();
    for (int i = 0; i < categories.size(); i++) {
      Category category = categories.get(i);
      constants
          .append("  /** ")
          .append(javadoc(category.description()))
          .append(" */\n  ")
          .append(category.name())
          .append(i == categories.size() - 1 ? ";\n" : ",\n\n");
    }
    return """
        // Generated from identity-error-categories.tsv by CatalogueGenerator. Do not edit.
        package dev.identityerrors;

        /** The categories of LUSID Identity API error codes. */
        public enum IdentityErrorCategory {
        %s}
        """
        .formatted(constants);
  }

  private static String errorEnum(List<Row> rows) {
    StringBuilder constants = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      constants
          .append("  /** ")
          .append(row.code())
          .append(": ")
          .append(javadoc(row.title()))
          .append(". */\n  ")
          .append(row.constant())
          .append("(\n      IdentityErrorCodes.")
          .append(row.constant())
          .append(",\n      ")
          .append(javaString(row.title()))
          .append(",\n      ")
          .append(javaString(row.description()))
          .append(",\n      IdentityErrorCategory.")
          .append(row.category())
          .append(i == rows.size() - 1 ? ");\n" : "),\n\n");
    }
    return """
        // Generated from identity-error-codes.tsv by CatalogueGenerator. Do not edit.
        package dev.identityerrors;

        import java.util.HashMap;
        import java.util.Map;
        import java.util.Optional;

        /** Every LUSID Identity API error, with its code, title, description and category. */
        public enum IdentityError {
        %s
          private static final Map<Integer, IdentityError> BY_CODE = new HashMap<>();

          static {
            for (IdentityError error : values()) {
              BY_CODE.put(error.code, error);
            }
          }

          private final int code;
          private final String title;
          private final String description;
          private final IdentityErrorCategory category;

          IdentityError(int code, String title, String description, IdentityErrorCategory category) {
            this.code = code;
            this.title = title;
            this.description = description;
            this.category = category;
          }

          /** The numeric code the Identity API answers with. */
          @IdentityErrorCode
          public int code() {
            return code;
          }

          /** The published title. */
          public String title() {
            return title;
          }

          /** The published description, or the empty string where the catalogue has none. */
          public String description() {
            return description;
          }

          /** The category of the error. */
          public IdentityErrorCategory category() {
            return category;
          }

          /**
           * The error with the given code, or empty for a code the catalogue does not know; never
           * throws.
           */
          public static Optional<IdentityError> fromCode(@IdentityErrorCode int code) {
            return Optional.ofNullable(BY_CODE.get(code));
          }
        }
        """
        .formatted(constants);
  }

  private static String javadoc(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;");
  }

  static String javaString(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
