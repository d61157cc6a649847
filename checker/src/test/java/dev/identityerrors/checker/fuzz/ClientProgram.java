package dev.identityerrors.checker.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated client program: independent fragments (one method each), a {@code main} that prints
 * what each decides for every input (each code of the catalogue and values that are none: 0, -1,
 * 404, 695 and null), and the findings the docs promise, by line. Written for one source level
 * ({@code --release 11} or 17), with or without the catalogue's constants imported statically.
 */
record ClientProgram(long seed, int release, boolean staticImports, List<Fragment> fragments) {
  static final String CLASS = "Client";

  /** The class of the second file of a program arranged otherwise ({@link #rearranged}). */
  static final String SECOND_CLASS = "ClientMore";

  /** Inputs beside the catalogue's codes: no code, an HTTP status, a typo and null. */
  static final String OTHER_INPUTS = "0 -1 404 695 null";

  /** One check expected on one line of a fragment (0 is the fragment's first line). */
  record Finding(int line, String check) {}

  /** One file of a program: its name, its source, the findings expected in it by line. */
  record SourceFile(String name, String source, List<String> expected) {}

  /** A method of the program and the findings its lines must give, no more, no fewer. */
  record Fragment(String family, List<String> lines, List<Finding> findings) {
    String method(int index) {
      return "f" + index;
    }

    /**
     * The same members in another order: the methods and types first, the last first, then the
     * fields in their order (a field's initialiser may name a field before it, never one after). A
     * member starts at a line written at the left margin (a closing brace aside), its annotation
     * lines with it; findings move with their lines.
     */
    Fragment membersReordered() {
      List<Integer> starts = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        boolean margin = !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
        boolean afterAnnotation = i > 0 && lines.get(i - 1).matches("@\\w+(\\(.*\\))?");
        if (i == 0 || (margin && !line.startsWith("}") && !afterAnnotation)) {
          starts.add(i);
        }
      }
      starts.add(lines.size());
      List<Integer> movable = new ArrayList<>();
      List<Integer> fields = new ArrayList<>();
      for (int m = 0; m < starts.size() - 1; m++) {
        int declaration = starts.get(m);
        while (lines.get(declaration).startsWith("@") && declaration + 1 < starts.get(m + 1)) {
          declaration++;
        }
        String line = lines.get(declaration).strip();
        (line.endsWith("{") || line.endsWith("{}") ? movable : fields).add(m);
      }
      List<Integer> order = new ArrayList<>(movable);
      Collections.reverse(order);
      order.addAll(fields);
      List<String> reordered = new ArrayList<>();
      int[] movedTo = new int[lines.size()];
      for (int m : order) {
        for (int i = starts.get(m); i < starts.get(m + 1); i++) {
          movedTo[i] = reordered.size();
          reordered.add(lines.get(i));
        }
      }
      List<Finding> moved = new ArrayList<>();
      findings.forEach(finding -> moved.add(new Finding(movedTo[finding.line()], finding.check())));
      return new Fragment(family, reordered, moved);
    }

    /**
     * Whether the fragment needs more than Java 11 (the generator's other level is 17): a record, a
     * switch with arrows, a switch expression, an {@code instanceof} pattern. Read from its lines,
     * so that no family can forget to say it.
     */
    boolean needsJava14() {
      return lines.stream()
          .anyMatch(
              line ->
                  line.matches(".*\\brecord \\w+\\(.*")
                      || line.matches(".*\\b(case .*|default) ->.*")
                      || line.matches(".*(return|=|\\() *switch \\(.*")
                      || line.contains("yield ")
                      || line.matches(".*\\binstanceof \\w+ \\w+\\).*"));
    }
  }

  /** The program's source. */
  String source() {
    return files(false).get(0).source();
  }

  /** Every expected finding, as {@code line [Check]} with lines counted from 1. */
  List<String> expected() {
    return files(false).get(0).expected();
  }

  /**
   * The same program arranged otherwise, which must get the same findings where their lines moved:
   * the fragments in reverse order, each one's members reordered ({@link
   * Fragment#membersReordered}), and every second fragment in a second file ({@link
   * #SECOND_CLASS}), compiled with the first.
   */
  List<SourceFile> rearranged() {
    return files(true);
  }

  private List<SourceFile> files(boolean rearranged) {
    List<List<String>> lines = List.of(new ArrayList<>(header(CLASS)), new ArrayList<>());
    List<List<String>> expected = List.of(new ArrayList<>(), new ArrayList<>());
    if (rearranged) {
      lines.get(1).addAll(header(SECOND_CLASS));
    }
    boolean[] second = new boolean[fragments.size()];
    for (int k = 0; k < fragments.size(); k++) {
      int index = rearranged ? fragments.size() - 1 - k : k;
      Fragment fragment =
          rearranged ? fragments.get(index).membersReordered() : fragments.get(index);
      second[index] = rearranged && k % 2 == 1;
      int file = second[index] ? 1 : 0;
      int first = lines.get(file).size() + 1;
      for (Finding finding : fragment.findings()) {
        expected.get(file).add((first + finding.line()) + " [" + finding.check() + "]");
      }
      String owner = second[index] ? SECOND_CLASS : CLASS;
      for (String line : fragment.lines()) {
        lines
            .get(file)
            .add(
                "  "
                    + line.replace("METHOD", fragment.method(index))
                        .replace(CLASS + "::", owner + "::"));
      }
    }
    lines.get(0).addAll(mainMethod(second));
    List<SourceFile> files = new ArrayList<>();
    for (int file = 0; file < (rearranged ? 2 : 1); file++) {
      lines.get(file).add("}");
      files.add(
          new SourceFile(
              (file == 0 ? CLASS : SECOND_CLASS) + ".java",
              lines.get(file).stream().collect(Collectors.joining("\n", "", "\n")),
              expected.get(file).stream().sorted().toList()));
    }
    return files;
  }

  /** The same program without one fragment: a step of shrinking. */
  ClientProgram without(int index) {
    List<Fragment> fewer = new ArrayList<>(fragments);
    fewer.remove(index);
    return new ClientProgram(seed, release, staticImports, fewer);
  }

  private List<String> header(String className) {
    return List.of(
        "// --release " + release,
        staticImports ? "import static dev.identityerrors.IdentityErrorCodes.*;" : "",
        "import com.finbourne.identity.ApiCallback;",
        "import com.finbourne.identity.ApiException;",
        "import com.finbourne.identity.ApiResponse;",
        "import com.finbourne.identity.model.LusidProblemDetails;",
        "import dev.identityerrors.IdentityError;",
        "import dev.identityerrors.IdentityErrorCode;",
        "import dev.identityerrors.IdentityErrorCodes;",
        "import java.util.List;",
        "import java.util.Map;",
        "import java.util.Objects;",
        "import java.util.Optional;",
        "",
        (className.equals(CLASS) ? "public class " : "final class ") + className + " {");
  }

  /**
   * Prints, for every input, what each fragment gives or (after a {@code !}) the exception it
   * throws. The inputs are read from text, so that the analysis sees no code in them.
   */
  private List<String> mainMethod(boolean[] inSecondFile) {
    List<String> main = new ArrayList<>();
    main.add("  public static void main(String[] args) {");
    main.add("    List<Integer> inputs = new java.util.ArrayList<>();");
    main.add("    for (IdentityError error : IdentityError.values()) {");
    main.add("      inputs.add(Integer.valueOf(String.valueOf(error.code())));");
    main.add("    }");
    main.add("    for (String other : \"" + OTHER_INPUTS + "\".split(\" \")) {");
    main.add("      inputs.add(other.equals(\"null\") ? null : Integer.valueOf(other));");
    main.add("    }");
    main.add("    for (Integer input : inputs) {");
    main.add("      StringBuilder out = new StringBuilder().append(input);");
    for (int i = 0; i < fragments.size(); i++) {
      main.add(
          "      out.append(' ').append(outcome(() -> "
              + (inSecondFile[i] ? SECOND_CLASS + "." : "")
              + fragments.get(i).method(i)
              + "(input)));");
    }
    main.add("      System.out.println(out);");
    main.add("    }");
    main.add("  }");
    main.add("");
    main.add("  private static String outcome(java.util.function.Supplier<String> fragment) {");
    main.add("    try {");
    main.add("      return fragment.get();");
    main.add("    } catch (RuntimeException e) {");
    main.add("      return \"!\" + e.getClass().getSimpleName();");
    main.add("    }");
    main.add("  }");
    return main;
  }
}
