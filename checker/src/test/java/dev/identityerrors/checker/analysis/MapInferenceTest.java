package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Maps of codes: a map (a local or a private field) whose every value put in it is a code holds
 * codes in its values, read by {@code get}, {@code values()} and its entries; the entries of a map
 * keyed by codes have codes as keys.
 */
class MapInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());

  @Test
  void valuesOfAMapFilledWithCodes() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Client {",
            "  private final Map<String, Integer> lastCode = new HashMap<>();",
            "  void record(String login, LusidProblemDetails problem) {",
            "    lastCode.put(login, problem.getCode());",
            "  }",
            "  void report(String login) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    if (lastCode.get(login) == 695) {}",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    if (lastCode.getOrDefault(login, 657) == 6577) {}",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    lastCode.values().stream().filter(c -> c == 2135).count();",
            "    for (int c : lastCode.values()) {",
            "      // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "      if (c == 15) {}",
            "    }",
            "    for (Map.Entry<String, Integer> e : lastCode.entrySet()) {",
            "      // BUG: Diagnostic contains: 7 is not a LUSID Identity error code",
            "      if (e.getValue() == 7) {}",
            "    }",
            "    lastCode.forEach((who, c) -> {",
            "      // BUG: Diagnostic contains: 8 is not a LUSID Identity error code",
            "      if (c == 8) {}",
            "    });",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void mapsWhoseValuesMayComeFromElsewhereStayQuiet() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Client {",
            "  private final Map<String, Integer> ports = new HashMap<>();",
            "  private final Map<String, Integer> mixed = new HashMap<>();",
            "  private final Map<String, Integer> passed = new HashMap<>();",
            "  final Map<String, Integer> visible = new HashMap<>();",
            "  private final Map<String, Integer> loaded = load();",
            "  static Map<String, Integer> load() { return new HashMap<>(); }",
            "  static void fill(Map<String, Integer> m) { m.put(\"x\", 8080); }",
            "  void record(String login, LusidProblemDetails problem) {",
            "    ports.put(login, 8080);",
            "    mixed.put(login, problem.getCode());",
            "    mixed.put(login, 8080);",
            "    passed.put(login, problem.getCode());",
            "    fill(passed);",
            "    visible.put(login, problem.getCode());",
            "    loaded.put(login, problem.getCode());",
            "    Map<String, Integer> local = new HashMap<>();",
            "    local.put(login, problem.getCode());",
            "    local.merge(login, 1, Integer::sum);",
            "    if (ports.get(login) == 695 || mixed.get(login) == 695 || passed.get(login) == 695",
            "        || visible.get(login) == 695 || loaded.get(login) == 695",
            "        || local.get(login) == 695) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void entriesOfAMapKeyedByCodes() {
    unknown
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Map;",
            "class Client {",
            "  private static final Map<Integer, String> NAMES =",
            "      Map.of(IdentityErrorCodes.ACCESS_DENIED, \"denied\");",
            "  String name(@IdentityErrorCode int code) {",
            "    for (Map.Entry<Integer, String> e : NAMES.entrySet()) {",
            "      // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "      if (e.getKey() == 695) {}",
            "    }",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    NAMES.entrySet().stream().filter(e -> e.getKey() == 6577).count();",
            "    NAMES.forEach((c, name) -> {",
            "      // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "      if (c == 2135) {}",
            "    });",
            "    return NAMES.get(code);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void anyMapImplementationIsReadAsAMap() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.EnumMap;",
            "import java.util.Map;",
            "import java.util.TreeMap;",
            "import java.util.concurrent.ConcurrentSkipListMap;",
            "class Client {",
            "  enum Operation { CREATE, DELETE }",
            "  void record(LusidProblemDetails problem) {",
            "    Map<Operation, Integer> byOperation = new EnumMap<>(Operation.class);",
            "    byOperation.put(Operation.DELETE, problem.getCode());",
            "    for (Map.Entry<Operation, Integer> e : byOperation.entrySet()) {",
            "      // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "      if (e.getValue() == 695) {}",
            "    }",
            "    byOperation.forEach((operation, code) -> {",
            "      // BUG: Diagnostic contains: 696 is not a LUSID Identity error code",
            "      if (code == 696) {}",
            "    });",
            "    TreeMap<String, Integer> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);",
            "    sorted.put(\"login\", problem.getCode());",
            "    for (int code : sorted.values()) {",
            "      // BUG: Diagnostic contains: 697 is not a LUSID Identity error code",
            "      if (code == 697) {}",
            "    }",
            "    Map<String, Integer> copied = new ConcurrentSkipListMap<>(elsewhere());",
            "    for (int code : copied.values()) {",
            "      if (code == 698) {}",
            "    }",
            "  }",
            "  Map<String, Integer> elsewhere() { return Map.of(); }",
            "}")
        .doTest();
  }
}
