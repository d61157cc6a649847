package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.scanner.ScannerSupplier;
import dev.identityerrors.checker.ErrorCodeLiteral;
import dev.identityerrors.checker.UnknownErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of a unit's members changes no finding ({@link OpenQuestions}): questions that ask each
 * other in a cycle get the answers they get when asked first, whichever member the checks meet
 * first. Each case is compiled with its members in both orders, with the same expected findings.
 */
class MemberOrderTest {
  private final ScannerSupplier checks =
      ScannerSupplier.fromBugCheckerClasses(UnknownErrorCode.class, ErrorCodeLiteral.class);

  @Test
  void collectionsComparedElementByElement() {
    inEitherOrder(
        List.of(
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Set;",
            "class Retries {"),
        List.of(
            "  static boolean query(LusidProblemDetails p) {",
            "    for (int c : RETRY) {",
            "      for (int d : FATAL) {",
            "        if (c == d) return true;",
            "      }",
            "    }",
            "    for (int c : RETRY) if (c == p.getCode()) return true;",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    for (int d : FATAL) if (d == 695) return false;",
            "    return false;",
            "  }"),
        List.of(
            "  static final Set<Integer> RETRY =",
            "      // BUG: Diagnostic contains: INVALID_AUTHENTICATION_TOKEN",
            "      Set.of(IdentityErrorCodes.USER_DOES_NOT_EXIST, 2153);",
            "  static final Set<Integer> FATAL =",
            "      // BUG: Diagnostic contains: INVALID_AUTHENTICATION_TOKEN",
            "      Set.of(2153,",
            "          // BUG: Diagnostic contains: USER_DOES_NOT_EXIST",
            "          657);"));
  }

  @Test
  void fieldsAndHoldersAssignedEachOther() {
    inEitherOrder(
        List.of(
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "class Shifts {",
            "  private int last;",
            "  private int previous;",
            "  private final List<Integer> seen = new ArrayList<>();",
            "  private final List<Integer> kept = new ArrayList<>();"),
        List.of(
            "  boolean late() {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    return previous == 695",
            "        // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "        || kept.get(0) == 2135;",
            "  }"),
        List.of(
            "  void shift() {",
            "    previous = last;",
            "    last = previous;",
            "    kept.add(seen.get(0));",
            "    seen.add(kept.get(0));",
            "  }",
            "  void record(LusidProblemDetails p) {",
            "    last = p.getCode();",
            "    seen.add(p.getCode());",
            "  }"));
  }

  @Test
  void aCycleOfValuesOfAnotherKindStaysQuietInEitherOrder() {
    inEitherOrder(
        List.of(
            "import java.util.ArrayList;",
            "import java.util.List;",
            "class Ports {",
            "  private int last;",
            "  private int previous;",
            "  private final List<Integer> seen = new ArrayList<>();"),
        List.of("  boolean late() {", "    return previous == 695 || seen.get(0) == 2135;", "  }"),
        List.of(
            "  void shift(int port) {",
            "    previous = last;",
            "    last = previous;",
            "    seen.add(seen.get(0));",
            "    last = port;",
            "    seen.add(port);",
            "  }"));
  }

  /** Compiles the unit with {@code first} before {@code second}, then after it. */
  private void inEitherOrder(List<String> header, List<String> first, List<String> second) {
    compile(header, first, second);
    compile(header, second, first);
  }

  private void compile(List<String> header, List<String> first, List<String> second) {
    List<String> lines = new ArrayList<>(header);
    lines.addAll(first);
    lines.addAll(second);
    lines.add("}");
    String unit =
        header.stream()
            .filter(line -> line.startsWith("class "))
            .findFirst()
            .orElseThrow()
            .replaceAll("class (\\w+).*", "$1");
    CompilationTestHelper.newInstance(checks, getClass())
        .addSourceLines(unit + ".java", lines.toArray(String[]::new))
        .doTest();
  }
}
