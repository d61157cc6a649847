package dev.identityerrors.checker.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated client program: independent fragments (one method each), a {@code main} that prints
 * what each decides for every code of the catalogue, and the findings the docs promise, by line.
 */
record ClientProgram(long seed, List<Fragment> fragments) {
  static final String CLASS = "Client";

  /** One check expected on one line of a fragment (0 is the fragment's first line). */
  record Finding(int line, String check) {}

  /** A method of the program and the findings its lines must give, no more, no fewer. */
  record Fragment(String family, List<String> lines, List<Finding> findings) {
    String method(int index) {
      return "f" + index;
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
    return new ClientProgram(seed, fewer);
  }

  private static List<String> header() {
    return List.of(
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

  private List<String> mainMethod() {
    List<String> main = new ArrayList<>();
    main.add("  public static void main(String[] args) {");
    main.add("    for (IdentityError error : IdentityError.values()) {");
    main.add("      StringBuilder out = new StringBuilder().append(error.code());");
    for (int i = 0; i < fragments.size(); i++) {
      main.add("      out.append(' ').append(" + fragments.get(i).method(i) + "(error.code()));");
    }
    main.add("      System.out.println(out);");
    main.add("    }");
    main.add("  }");
    return main;
  }
}
