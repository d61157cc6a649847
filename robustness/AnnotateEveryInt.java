import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stresses the checks: adds {@code @IdentityErrorCode} to every {@code int} parameter, field and
 * local of the Java sources under a folder, in place. Mechanical, by regular expression: {@code int}
 * followed by a name and then {@code ,} {@code )} {@code ;} {@code =} or {@code :}.
 *
 * <p>Usage: {@code java AnnotateEveryInt.java DIR}; prints how many declarations it annotated.
 */
public final class AnnotateEveryInt {
  private static final Pattern INT_DECLARATION =
      Pattern.compile("(?<=[(,;{]|^|\\s)(final\\s+)?int(\\s+[A-Za-z_$][\\w$]*\\s*[,);=:])");
  private static final String ANNOTATION = "@dev.identityerrors.IdentityErrorCode ";

  public static void main(String[] args) throws IOException {
    int annotated = 0;
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        annotated += annotate(file);
      }
    }
    System.out.println(annotated);
  }

  private static int annotate(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int count = 0;
    boolean inComment = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.trim();
      if (inComment || trimmed.startsWith("/*") || trimmed.startsWith("*") || trimmed.startsWith("//")) {
        inComment = !trimmed.contains("*/") && (inComment || trimmed.startsWith("/*"));
        continue;
      }
      Matcher matcher = INT_DECLARATION.matcher(line);
      StringBuilder out = new StringBuilder();
      while (matcher.find()) {
        count++;
        String modifier = matcher.group(1) == null ? "" : matcher.group(1);
        matcher.appendReplacement(
            out, Matcher.quoteReplacement(modifier + ANNOTATION + "int" + matcher.group(2)));
      }
      matcher.appendTail(out);
      lines.set(i, out.toString());
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    return count;
  }
}
