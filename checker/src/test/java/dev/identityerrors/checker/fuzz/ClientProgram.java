package dev.identityerrors.checker.fuzz;

import java.util.ArrayList;
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

  /** Inputs beside the catalogue's codes: no code, an HTTP status, a typo and null. */
  static final String OTHER_INPUTS = "0 -1 404 695 null";

  /** One check expected on one line of a fragment (0 is the fragment's first line). */
  record Finding(int line, String check) {}

  /** A method of the program and the findings its lines must give, no more, no fewer. */
  record Fragment(String family, List<String> lines, List<Finding> findings) {
    String method(int index) {
      return "f" + index;
    }

    /**
     * Whether the fragment needs Java 14 or later: a record, a switch with arrows, a switch
     * expression. Read from its lines, so that no family can forget to say it.
     */
    boolean needsJava14() {
      return lines.stream()
          .anyMatch(
              line ->
                  line.matches(".*\\brecord \\w+\\(.*")
                      || line.matches(".*\\b(case .*|default) ->.*")
                      || line.matches(".*(return|=|\\() *switch \\(.*")
                      || line.contains("yield "));
    }
  }

  /** The program's source. */
  String source() {
    List<String> lines = new ArrayList<>(header());
    for (int i = 0; i < fragments.size(); i++) {
      for (String line : fragments.get(i).lines()) {
        lines.add("  " + line.replace("METHOD", fragments.get(i).method(i)));
      }
    }
    lines.addAll(mainMethod());
    lines.add("}");
    return lines.stream().collect(Collectors.joining("\n", "", "\n"));
  }

  /** Every expected finding, as {@code line [Check]} with lines counted from 1. */
  List<String> expected() {
    List<String> expected = new ArrayList<>();
    int line = header().size() + 1;
    for (Fragment fragment : fragments) {
      for (Finding finding : fragment.findings()) {
        expected.add((line + finding.line()) + " [" + finding.check() + "]");
      }
      line += fragment.lines().size();
    }
    return expected.stream().sorted().toList();
  }

  /** The same program without one fragment: a step of shrinking. */
  ClientProgram without(int index) {
    List<Fragment> fewer = new ArrayList<>(fragments);
    fewer.remove(index);
    return new ClientProgram(seed, release, staticImports, fewer);
  }

  private List<String> header() {
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
        "public class " + CLASS + " {");
  }

  /**
   * Prints, for every input, what each fragment gives or (after a {@code !}) the exception it
   * throws. The inputs are read from text, so that the analysis sees no code in them.
   */
  private List<String> mainMethod() {
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
