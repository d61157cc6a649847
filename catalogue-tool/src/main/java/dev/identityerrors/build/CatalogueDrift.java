package dev.identityerrors.build;

import dev.identityerrors.build.CatalogueGenerator.CatalogueException;
import dev.identityerrors.build.CatalogueGenerator.Category;
import dev.identityerrors.build.CatalogueGenerator.Row;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Keeps the catalogue in step with the Identity API's own OpenAPI document, which publishes it as
 * {@code info.x-fbn-error-codes} (code to {@code title} and optional {@code description}).
 *
 * <pre>
 * catalogue-drift SPEC [--catalogue DIR] [--update] [--constant CODE=NAME]... [--category CODE=NAME]...
 * </pre>
 *
 * <p>SPEC is YAML or JSON, the whole document or that part of it. Without {@code --update}: one
 * line per difference (a code added, removed, a title or description changed) and exit status 0
 * only when in step. With it: the codes file is rewritten with the spec's titles and descriptions,
 * constants and categories kept; a new code gets a constant derived from its title ({@code
 * --constant} overrides) and must be given a category ({@code --category}), else nothing is
 * written. Exit status: 0 in step or updated, 1 drift or an update that cannot be made, 2 bad
 * input.
 */
public final class CatalogueDrift {
  private static final Pattern NOT_NAME_CHARACTERS = Pattern.compile("[^A-Z0-9]+");

  /** One code of the spec. */
  record SpecEntry(int code, String title, String description) {}

  /** Input that cannot be used, or an update that cannot be made: the message says why. */
  static final class DriftException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    DriftException(String message) {
      this(2, message);
    }

    DriftException(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private CatalogueDrift() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** The command, with its exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Options options = Options.parse(args);
      Path codesFile = options.catalogue.resolve("identity-error-codes.tsv");
      Path categoriesFile = options.catalogue.resolve("identity-error-categories.tsv");
      List<Category> categories = CatalogueGenerator.readCategories(categoriesFile);
      List<Row> rows = CatalogueGenerator.readCodes(codesFile, categories);
      Map<Integer, SpecEntry> spec = readSpec(options.spec);
      List<String> drift = drift(rows, spec);
      if (!options.update) {
        drift.forEach(out::println);
        out.println(
            drift.isEmpty()
                ? "in step: " + rows.size() + " codes"
                : drift.size() + " difference(s) between " + codesFile + " and " + options.spec);
        return drift.isEmpty() ? 0 : 1;
      }
      if (drift.isEmpty()) {
        out.println("in step: " + rows.size() + " codes; nothing to update");
        return 0;
      }
      String updated =
          update(rows, spec, categories, categoriesFile, options.constants, options.categories);
      write(codesFile, updated, categories);
      drift.forEach(out::println);
      out.println("updated " + codesFile + ": " + drift.size() + " difference(s)");
      return 0;
    } catch (DriftException e) {
      err.println("catalogue-drift: " + e.getMessage());
      return e.status;
    } catch (CatalogueException e) {
      err.println("catalogue-drift: the catalogue is malformed: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("catalogue-drift: " + e);
      return 2;
    }
  }

  /** The spec's codes, by code. */
  static Map<Integer, SpecEntry> readSpec(Path spec) throws IOException, DriftException {
    Object document;
    try {
      document =
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .load(Files.readString(spec, StandardCharsets.UTF_8));
    } catch (YAMLException e) {
      throw new DriftException(
          spec + " is not YAML or JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    Object info = document instanceof Map<?, ?> root ? root.get("info") : null;
    Object codes = info instanceof Map<?, ?> infoMap ? infoMap.get("x-fbn-error-codes") : null;
    if (!(codes instanceof Map<?, ?> codeMap) || codeMap.isEmpty()) {
      throw new DriftException(spec + " has no info.x-fbn-error-codes");
    }
    Map<Integer, SpecEntry> entries = new TreeMap<>();
    for (Map.Entry<?, ?> entry : codeMap.entrySet()) {
      int code;
      try {
        code = Integer.parseInt(String.valueOf(entry.getKey()).strip());
      } catch (NumberFormatException e) {
        throw new DriftException(spec + ": error code '" + entry.getKey() + "' is not an int");
      }
      if (!(entry.getValue() instanceof Map<?, ?> fields)
          || !(fields.get("title") instanceof String title)
          || title.isBlank()) {
        throw new DriftException(spec + ": error code " + code + " has no title");
      }
      Object description = fields.get("description");
      if (description != null && !(description instanceof String)) {
        throw new DriftException(spec + ": the description of " + code + " is not text");
      }
      if (entries.put(
              code, new SpecEntry(code, title, description == null ? "" : (String) description))
          != null) {
        throw new DriftException(spec + ": error code " + code + " appears twice");
      }
    }
    return entries;
  }

  /** One line per difference, in code order: added, removed, title or description changed. */
  static List<String> drift(List<Row> rows, Map<Integer, SpecEntry> spec) {
    Map<Integer, Row> catalogue = new TreeMap<>();
    rows.forEach(row -> catalogue.put(row.code(), row));
    List<String> lines = new ArrayList<>();
    for (SpecEntry entry : spec.values()) {
      Row row = catalogue.get(entry.code());
      if (row == null) {
        lines.add("added: " + entry.code() + " \"" + entry.title() + "\" is in the spec only");
        continue;
      }
      if (!row.title().equals(entry.title())) {
        lines.add(changed(row, "title", row.title(), entry.title()));
      }
      if (!row.description().equals(entry.description())) {
        lines.add(changed(row, "description", row.description(), entry.description()));
      }
    }
    for (Row row : catalogue.values()) {
      if (!spec.containsKey(row.code())) {
        lines.add("removed: " + row.code() + " " + row.constant() + " is in the catalogue only");
      }
    }
    return lines;
  }

  private static String changed(Row row, String what, String before, String after) {
    return "changed: "
        + row.code()
        + " "
        + row.constant()
        + " "
        + what
        + " \""
        + before
        + "\" -> \""
        + after
        + "\"";
  }

  /**
   * The codes file in step with the spec, in the catalogue's order (by code, negative codes last,
   * -1 first among them): those gone from the spec dropped, new ones in their place.
   */
  static String update(
      List<Row> rows,
      Map<Integer, SpecEntry> spec,
      List<Category> categories,
      Path categoriesFile,
      Map<Integer, String> constants,
      Map<Integer, String> categoryOf)
      throws DriftException {
    List<String> known = categories.stream().map(Category::name).toList();
    Map<Integer, String[]> kept = new LinkedHashMap<>();
    for (Row row : rows) {
      SpecEntry entry = spec.get(row.code());
      if (entry != null) {
        kept.put(
            row.code(),
            new String[] {
              String.valueOf(row.code()),
              row.constant(),
              entry.title(),
              entry.description(),
              row.category()
            });
      }
    }
    List<String> lacking = new ArrayList<>();
    for (SpecEntry entry : spec.values()) {
      if (kept.containsKey(entry.code())) {
        continue;
      }
      String constant = constants.getOrDefault(entry.code(), constantFor(entry.title()));
      String category = categoryOf.get(entry.code());
      if (category == null || !known.contains(category)) {
        lacking.add(
            entry.code()
                + " ("
                + constant
                + (category == null ? "" : ", unknown category " + category)
                + ")");
        continue;
      }
      kept.put(
          entry.code(),
          new String[] {
            String.valueOf(entry.code()), constant, entry.title(), entry.description(), category
          });
    }
    if (!lacking.isEmpty()) {
      throw new DriftException(
          1,
          "new code "
              + String.join(", ", lacking)
              + " needs a category: give --category CODE=NAME with a category of "
              + categoriesFile
              + " "
              + known
              + "; nothing written");
    }
    List<String[]> ordered = new ArrayList<>(kept.values());
    ordered.sort(
        (a, b) -> {
          int x = Integer.parseInt(a[0]);
          int y = Integer.parseInt(b[0]);
          return (x < 0) != (y < 0)
              ? Boolean.compare(x < 0, y < 0)
              : Integer.compare(Math.abs(x), Math.abs(y));
        });
    StringBuilder text = new StringBuilder(CatalogueGenerator.CODES_HEADER).append('\n');
    for (String[] fields : ordered) {
      for (String field : fields) {
        if (field.contains("\t") || field.contains("\n") || field.contains("\r")) {
          throw new DriftException(
              "code " + fields[0] + ": a tab or line break in '" + field + "' cannot go in a TSV");
        }
      }
      text.append(String.join("\t", fields)).append('\n');
    }
    return text.toString();
  }

  /** A constant name from a title: "API Key not found" becomes API_KEY_NOT_FOUND. */
  static String constantFor(String title) {
    String name =
        NOT_NAME_CHARACTERS
            .matcher(title.toUpperCase(Locale.ROOT))
            .replaceAll("_")
            .replaceAll("^_+|_+$", "");
    return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "CODE_" + name : name;
  }

  /** Writes the codes file only once the new text reads back as a valid catalogue. */
  private static void write(Path codesFile, String text, List<Category> categories)
      throws IOException, DriftException {
    Path candidate = Files.createTempFile(codesFile.getParent(), "identity-error-codes", ".tsv");
    try {
      Files.writeString(candidate, text, StandardCharsets.UTF_8);
      try {
        CatalogueGenerator.readCodes(candidate, categories);
      } catch (CatalogueException e) {
        throw new DriftException("the updated catalogue would be malformed: " + e.getMessage());
      }
      Files.move(candidate, codesFile, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(candidate);
    }
  }

  /** The command line. */
  private record Options(
      Path spec,
      Path catalogue,
      boolean update,
      Map<Integer, String> constants,
      Map<Integer, String> categories) {
    static Options parse(String[] args) throws DriftException {
      Path spec = null;
      Path catalogue = Path.of("annotations/src/main/catalogue");
      boolean update = false;
      Map<Integer, String> constants = new TreeMap<>();
      Map<Integer, String> categories = new TreeMap<>();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--update" -> update = true;
          case "--catalogue" -> catalogue = Path.of(value(args, ++i, "--catalogue"));
          case "--constant" -> assignment(value(args, ++i, "--constant"), constants);
          case "--category" -> assignment(value(args, ++i, "--category"), categories);
          default -> {
            if (args[i].startsWith("--") || spec != null) {
              throw new DriftException("unexpected argument '" + args[i] + "'; " + USAGE);
            }
            spec = Path.of(args[i]);
          }
        }
      }
      if (spec == null) {
        throw new DriftException("no spec given; " + USAGE);
      }
      return new Options(spec, catalogue, update, constants, categories);
    }

    private static String value(String[] args, int i, String option) throws DriftException {
      if (i >= args.length) {
        throw new DriftException(option + " needs a value; " + USAGE);
      }
      return args[i];
    }

    private static void assignment(String text, Map<Integer, String> into) throws DriftException {
      int equals = text.indexOf('=');
      try {
        into.put(
            Integer.parseInt(text.substring(0, Math.max(equals, 0))), text.substring(equals + 1));
      } catch (NumberFormatException e) {
        throw new DriftException("'" + text + "' is not CODE=NAME; " + USAGE);
      }
    }
  }

  private static final String USAGE =
      "usage: catalogue-drift SPEC [--catalogue DIR] [--update] [--constant CODE=NAME]..."
          + " [--category CODE=NAME]...";
}
