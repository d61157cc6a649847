package dev.identityerrors.checker.fuzz;

import dev.identityerrors.IdentityError;
import dev.identityerrors.checker.fuzz.ClientProgram.Finding;
import dev.identityerrors.checker.fuzz.ClientProgram.Fragment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates client programs from a grammar of the shapes the docs promise, each fragment knowing
 * the truth by construction: which value each expression holds, what the docs say of the place it
 * meets, and so which lines must be flagged by which check. Nothing here asks the checker.
 *
 * <p>Our own generator on seeds rather than jqwik: a program is reproduced from one number, the
 * truth needs a model of the whole program (which a property's arbitraries would rebuild), and
 * shrinking a program is removing fragments, each independent by construction.
 */
final class ClientProgramGenerator {
  static final String UNKNOWN = "UnknownErrorCode";
  static final String LITERAL = "ErrorCodeLiteral";
  static final String UNHANDLED = "UnhandledErrorCategory";
  static final String STATUS = "HttpStatusAsErrorCode";
  static final String UNANNOTATED = "UnannotatedErrorCode";
  static final String MISUSE = "ErrorCodeAnnotationMisuse";

  /** What a number written where a code is expected is, and what the docs say of it. */
  enum Kind {
    /** {@code IdentityErrorCodes.NAME}: fine. */
    CONSTANT(null),
    /** A catalogue code written as a number: ErrorCodeLiteral. */
    LITERAL_CODE(LITERAL),
    /** A number that is not a catalogue code: UnknownErrorCode. */
    NOT_A_CODE(UNKNOWN);

    final String check;

    Kind(String check) {
      this.check = check;
    }
  }

  /** A value as written, its number, and its kind. */
  record Value(String text, long number, Kind kind) {}

  /** Numbers that are no code: typos a keystroke from one, statuses, and far ones. */
  private static final long[] NOT_CODES = {695, 2135, 665, 6570, 404, 500, 0, 1, 12345, 99999};

  private static final List<IdentityError> CODES = Arrays.asList(IdentityError.values());

  private final Random random;

  /** The program's source level: 11 (no records, no switch with arrows) or 17. */
  private final int release;

  /** Whether the catalogue's constants are imported statically, and so written bare at times. */
  private final boolean staticImports;

  ClientProgramGenerator(long seed) {
    // Consecutive seeds (the test command's) give java.util.Random first draws alike: mixed first,
    // so that thirty consecutive programs differ in their first choices (their source level) too.
    this.random = new Random(new java.util.SplittableRandom(seed).nextLong());
    this.release = random.nextInt(3) == 0 ? 11 : 17;
    this.staticImports = random.nextInt(3) == 0;
  }

  /**
   * A generator for the same program with draws of its own: what it adds leaves the others' alone.
   */
  private ClientProgramGenerator(Random random, int release, boolean staticImports) {
    this.random = random;
    this.release = release;
    this.staticImports = staticImports;
  }

  static ClientProgram generate(long seed) {
    ClientProgramGenerator generator = new ClientProgramGenerator(seed);
    List<Fragment> fragments = new ArrayList<>();
    // The first fragment of every program carries a code from the source and by the carrier its
    // seed names, judged by the use it names: any 34 consecutive seeds (the test command runs 34)
    // meet every code source, every carrier and every use (an assertion of each library among
    // them), so that a mutant of the rule behind any one of them is met by construction.
    Fragment first =
        generator.composed(
            Math.floorMod(seed, CARRIERS),
            generator.codeSource(Math.floorMod(seed, SOURCES)),
            (int) Math.floorMod(seed, (long) USES));
    if (generator.release >= 14 || !first.needsJava14()) {
      fragments.add(first);
    }
    // The first fragment's carrier may hand the code to an annotated parameter, and its use may
    // compare it with a right code: either hides whether the source's code was followed at all.
    // The same source, judged where it is read and compared with a number that is no code, shows
    // it in every program.
    Fragment direct =
        generator.composed(
            Math.floorMod(seed, DIRECT_CARRIERS),
            generator.codeSource(Math.floorMod(seed, SOURCES)),
            COMPARED_WITH_NO_CODE);
    if (generator.release >= 14 || !direct.needsJava14()) {
      fragments.add(direct);
    }
    int count = 3 + generator.random.nextInt(6);
    while (fragments.size() < count) {
      Fragment fragment = generator.fragment();
      if (generator.release >= 14 || !fragment.needsJava14()) {
        fragments.add(fragment);
      }
    }
    // Two lists compared element by element, whose answer rests on a question still open while it
    // is asked (issue 37's order dependence): in every program, from draws of its own, since the
    // family switch alone may not draw it within the test command's programs.
    fragments.add(
        new ClientProgramGenerator(new Random(~seed), generator.release, generator.staticImports)
            .listsComparedElementByElement());
    return new ClientProgram(seed, generator.release, generator.staticImports, fragments);
  }

  /**
   * A catalogue constant as the program writes it: qualified, or bare where imported statically.
   */
  private String constant(IdentityError error) {
    return (staticImports && random.nextBoolean() ? "" : "IdentityErrorCodes.") + error.name();
  }

  private Fragment fragment() {
    // The families whose findings have fixes come more often than one in thirty: the mutants of
    // those fixes must be caught within the test command's thirty programs.
    return switch (random.nextInt(34)) {
      case 29 -> switchWithoutDefault(false);
      case 30 -> statusCompared();
      case 31 -> longCode();
      case 0 -> annotatedParameter();
      case 1 -> inferredLocal();
      case 2 -> noise();
      case 3 -> fallback();
      case 4 -> moreNoise();
      case 5 -> switchWithDefault();
      case 6 -> switchWithoutDefault(false);
      case 7 -> statusCompared();
      case 8 -> capturedByLambda();
      case 9 -> privateHelper();
      case 10 -> setOfCodes();
      case 11 -> switchExpression();
      case 12 -> switchWithoutDefault(true);
      case 13 -> recordComponent();
      case 14 -> annotatedField();
      case 15 -> codeSetter();
      case 16 -> statusTaker();
      case 17 -> failureCallback();
      case 18 -> holderOfCodes();
      case 19 -> mapKeyedByCodes();
      // Four in thirty-two: the code sources (25) and carriers (9) it combines must each come up
      // within the test command's thirty programs.
      case 20, 21, 22, 23 -> composed();
      case 24, 25 -> typoBesideItsCode();
      case 26 -> visibleHelper();
      case 27 -> misplacedAnnotation();
      case 28 -> longCode();
      case 32 -> reassignedLocal();
      case 33 -> cycle();
      default -> throw new AssertionError("no family");
    };
  }

  private Value value(Kind... kinds) {
    Kind kind = kinds[random.nextInt(kinds.length)];
    return switch (kind) {
      case CONSTANT -> {
        IdentityError error = CODES.get(random.nextInt(CODES.size()));
        yield new Value(constant(error), error.code(), kind);
      }
      case LITERAL_CODE -> {
        IdentityError error = CODES.get(random.nextInt(CODES.size()));
        yield new Value(Integer.toString(error.code()), error.code(), kind);
      }
      case NOT_A_CODE -> {
        long number = NOT_CODES[random.nextInt(NOT_CODES.length)];
        yield new Value(Long.toString(number), number, kind);
      }
    };
  }

  private Value anyValue() {
    return value(Kind.values());
  }

  /** {@code code == V} in one of the forms the docs list, in either order. */
  private String comparison(String code, Value value) {
    return switch (random.nextInt(7)) {
      case 0 -> code + " == " + value.text();
      case 1 -> code + " != " + value.text();
      case 2 -> value.text() + " == " + code;
      case 3 -> "Objects.equals(" + code + ", " + value.text() + ")";
      case 4 -> "Objects.equals(" + value.text() + ", " + code + ")";
      case 5 -> "Integer.valueOf(" + value.text() + ").equals(" + code + ")";
      default -> "Integer.valueOf(" + code + ").equals(" + value.text() + ")";
    };
  }

  private static List<Finding> findingAt(int line, Value value) {
    return value.kind().check == null ? List.of() : List.of(new Finding(line, value.kind().check));
  }

  private Fragment annotatedParameter() {
    Value value = anyValue();
    return new Fragment(
        "annotated parameter compared",
        List.of(
            "static String METHOD(@IdentityErrorCode int code) {",
            "  return String.valueOf(" + comparison("code", value) + ");",
            "}"),
        findingAt(1, value));
  }

  private Fragment inferredLocal() {
    Value value = anyValue();
    return new Fragment(
        "local inferred from the problem details",
        List.of(
            "static String METHOD(Integer raw) {",
            "  LusidProblemDetails problem = new LusidProblemDetails().code(raw);",
            "  int code = problem.getCode();",
            "  return String.valueOf(" + comparison("code", value) + ");",
            "}"),
        findingAt(3, value));
  }

  /** Ints that are no code, compared with numbers that would be wrong for one: quiet. */
  private Fragment noise() {
    Value value = anyValue();
    String local = List.of("port", "size", "count", "status").get(random.nextInt(4));
    return new Fragment(
        "noise",
        List.of(
            "static String METHOD(Integer raw) {",
            "  int " + local + " = raw + " + (1 + random.nextInt(9000)) + ";",
            "  return String.valueOf(" + comparison(local, value) + ");",
            "}"),
        List.of());
  }

  /**
   * A code with a constant fallback, in each form the docs list: a conditional, an optional's
   * {@code orElse} and {@code orElseGet}, {@code Objects.requireNonNullElse(Get)}. The fallback
   * meets the code's slot, and the local is a code.
   */
  private Fragment fallback() {
    Value fallback = value(Kind.CONSTANT, Kind.LITERAL_CODE);
    Value value = anyValue();
    String f = fallback.text();
    String[][] forms = {
      {"?:", "problem.getCode() != null ? problem.getCode() : " + f},
      {"Optional.orElse", "Optional.ofNullable(problem.getCode()).orElse(" + f + ")"},
      {"Optional.orElseGet", "Optional.ofNullable(problem.getCode()).orElseGet(() -> " + f + ")"},
      {"Objects.requireNonNullElse", "Objects.requireNonNullElse(problem.getCode(), " + f + ")"},
      {
        "Objects.requireNonNullElseGet",
        "Objects.requireNonNullElseGet(problem.getCode(), () -> " + f + ")"
      },
    };
    String[] form = forms[random.nextInt(forms.length)];
    List<Finding> findings = new ArrayList<>(findingAt(2, fallback));
    findings.addAll(findingAt(3, value));
    return new Fragment(
        "fallback: " + form[0],
        List.of(
            "static String METHOD(Integer raw) {",
            "  LusidProblemDetails problem = new LusidProblemDetails().code(raw % 2 == 0 ? raw : null);",
            "  int code = " + form[1] + ";",
            "  return String.valueOf(" + comparison("code", value) + ");",
            "}"),
        findings);
  }

  /** Distinct values for case labels: two labels of one value do not compile. */
  private List<Value> labels(int count) {
    List<Value> labels = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    while (labels.size() < count) {
      Value value = anyValue();
      if (seen.add(value.number())) {
        labels.add(value);
      }
    }
    return labels;
  }

  private Fragment switchWithDefault() {
    Use use = switchedOn("code");
    List<String> lines = new ArrayList<>();
    lines.add("static String METHOD(@IdentityErrorCode int code) {");
    use.lines().forEach(line -> lines.add("  " + line));
    lines.add("}");
    List<Finding> findings = new ArrayList<>();
    use.findings()
        .forEach(finding -> findings.add(new Finding(1 + finding.line(), finding.check())));
    return new Fragment("switch with a default", lines, findings);
  }

  /**
   * A switch statement on a code without a default. Where a case can complete normally, the codes
   * without a case are silently ignored: UnhandledErrorCategory. Where every case returns, they go
   * on to the statements after it, a chosen default: no finding but the labels'.
   */
  private Fragment switchWithoutDefault(boolean everyCaseReturns) {
    List<Value> labels = labels(1 + random.nextInt(3));
    boolean arrows = random.nextBoolean();
    // A switch in a loop whose cases continue it, or cases that throw: each leaves the switch as a
    // break or a return does, and the switch is judged the same.
    boolean looped = !everyCaseReturns && random.nextBoolean();
    String indent = looped ? "    " : "  ";
    List<String> lines = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    lines.add("static String METHOD(@IdentityErrorCode int code) {");
    if (!everyCaseReturns) {
      lines.add("  String result = \"other\";");
    }
    if (looped) {
      lines.add("  for (int pass = 0; pass < 1; pass++) {");
    }
    int switchLine = lines.size();
    // Whether a case ends in the switch (a break, or an arrow's assignment): then the codes without
    // a case are ignored there. A switch whose every case leaves it (returns, throws, continues the
    // loop) hands them to the statements after it, their chosen default.
    boolean anyCaseStays = false;
    lines.add(indent + "switch (code) {");
    for (int i = 0; i < labels.size(); i++) {
      findings.addAll(findingAt(lines.size(), labels.get(i)));
      String label = indent + "  case " + labels.get(i).text();
      // Not under a typo's label: fixed to the code it guesses, the case would run and throw where
      // the program gave a value before (a guess may change the value, never make it throw).
      boolean throwing = random.nextInt(3) == 0 && labels.get(i).kind() != Kind.NOT_A_CODE;
      String body =
          throwing
              ? "throw new IllegalStateException(\"case" + i + "\");"
              : (everyCaseReturns ? "return" : "result =") + " \"case" + i + "\";";
      String exit = throwing || everyCaseReturns ? null : looped ? "continue;" : "break;";
      anyCaseStays |= "break;".equals(exit);
      if (arrows) {
        String block =
            exit != null && looped
                ? "{ " + body + " " + exit + " }"
                : everyCaseReturns || throwing ? "{ " + body + " }" : body;
        lines.add(label + " -> " + block);
      } else {
        lines.add(label + ":");
        lines.add(indent + "    " + body);
        if (exit != null) {
          lines.add(indent + "    " + exit);
        }
      }
    }
    lines.add(indent + "}");
    if (looped) {
      lines.add("  }");
    }
    if (anyCaseStays) {
      // A few labels never cover the catalogue: the switch misses codes.
      findings.add(0, new Finding(switchLine, UNHANDLED));
    }
    lines.add(everyCaseReturns ? "  return \"other\";" : "  return result;");
    lines.add("}");
    return new Fragment(
        (everyCaseReturns ? "switch whose every case returns" : "switch without a default")
            + (looped ? ", in a loop its cases continue" : ""),
        lines,
        findings);
  }

  /**
   * An HTTP status (an exception's, a response's, the problem details') compared with a code
   * (flagged: the status was taken for one) or with a status (quiet).
   */
  private Fragment statusCompared() {
    Status status = status();
    String[][] forms = {
      {
        "HTTP status of an ApiException",
        "  ApiException failure = new ApiException(raw % 2 == 0 ? 404 : 500, \"failed\");",
        "failure.getCode()"
      },
      {
        "ApiResponse status",
        "  ApiResponse<String> response = new ApiResponse<>(raw % 2 == 0 ? 200 : 404, null, \"body\");",
        "response.getStatusCode()"
      },
      {
        "problem details status",
        "  LusidProblemDetails problem = new LusidProblemDetails().status(raw % 2 == 0 ? 409 : 404);",
        "problem.getStatus()"
      },
      {
        // The one status with a fix: twice as likely.
        "problem details status",
        "  LusidProblemDetails problem = new LusidProblemDetails().status(raw % 2 == 0 ? 409 : 404);",
        "problem.getStatus()"
      },
    };
    String[] form = forms[random.nextInt(forms.length)];
    return new Fragment(
        form[0],
        List.of(
            "static String METHOD(Integer raw) {",
            form[1],
            "  return String.valueOf(" + form[2] + " == " + status.text() + ");",
            "}"),
        status.isCode() ? List.of(new Finding(2, STATUS)) : List.of());
  }

  /**
   * A local assigned on two paths: a code both times (inferred, so compared values are judged) or
   * once an unrelated int (not a code: nothing is judged).
   */
  /**
   * A local joining a code with another value, in one of the forms that must agree (an {@code
   * if}/{@code else}, a {@code ?:}, a sentinel overwritten before use): a catalogue constant, any
   * other constant (judged where it is written) or a value that is no constant (no code at all).
   */
  private Fragment reassignedLocal() {
    int other = random.nextInt(3);
    Value constant = anyValue();
    String otherText =
        switch (other) {
          case 0 -> "IdentityErrorCodes.UNKNOWN_ERROR";
          case 1 -> constant.text();
          default -> "raw * 2";
        };
    Value value = anyValue();
    String code = "new LusidProblemDetails().code(raw).getCode()";
    List<String> lines = new ArrayList<>();
    lines.add("static String METHOD(Integer raw) {");
    int otherLine;
    String form;
    switch (random.nextInt(3)) {
      case 0 -> {
        form = "if/else";
        lines.add("  int code;");
        lines.add("  if (raw > 700) {");
        lines.add("    code = " + code + ";");
        lines.add("  } else {");
        otherLine = lines.size();
        lines.add("    code = " + otherText + ";");
        lines.add("  }");
      }
      case 1 -> {
        form = "?:";
        otherLine = lines.size();
        lines.add("  int code = raw > 700 ? " + code + " : " + otherText + ";");
      }
      default -> {
        form = "a sentinel overwritten";
        otherLine = lines.size();
        lines.add("  int code = " + otherText + ";");
        lines.add("  code = " + code + ";");
      }
    }
    int compared = lines.size();
    lines.add("  return String.valueOf(" + comparison("code", value) + ");");
    lines.add("}");
    List<Finding> findings = new ArrayList<>();
    if (other != 2) {
      findings.addAll(findingAt(compared, value));
    }
    if (other == 1) {
      findings.addAll(findingAt(otherLine, constant));
    }
    String joined =
        switch (other) {
          case 0 -> "a catalogue constant";
          case 1 -> "a constant";
          default -> "no constant";
        };
    return new Fragment("local joining a code and " + joined + ", " + form, lines, findings);
  }

  /**
   * Questions of the analysis that ask each other in a cycle, whose answers may not depend on which
   * member the checks meet first (the program arranged otherwise puts the method before the
   * fields): two lists compared element by element, one of them queried with a code, or a list fed
   * what is read out of it.
   */
  private Fragment cycle() {
    if (random.nextBoolean()) {
      return listsComparedElementByElement();
    }
    Value value = anyValue();
    return new Fragment(
        "cycle: a list fed what is read out of it",
        List.of(
            "private static final List<Integer> METHODSeen = new java.util.ArrayList<>();",
            "static String METHOD(Integer raw) {",
            "  METHODSeen.add(new LusidProblemDetails().code(raw).getCode());",
            "  METHODSeen.add(METHODSeen.get(0));",
            "  return String.valueOf("
                + comparison("METHODSeen.get(METHODSeen.size() - 1)", value)
                + ");",
            "}"),
        findingAt(4, value));
  }

  /** Two lists, one queried with a code, compared element by element. */
  private Fragment listsComparedElementByElement() {
    Value retry = anyValue();
    Value fatal = anyValue();
    // What the second list is compared with is no code: its finding is the one that depends on
    // whether the cycle is answered the same in every member order (the same draws as anyValue).
    Value compared = value(Kind.NOT_A_CODE);
    String query =
        switch (random.nextInt(3)) {
          case 0 -> "c == code";
          case 1 -> "Objects.equals(c, code)";
          default -> "Integer.valueOf(c).equals(code)";
        };
    List<Finding> findings = new ArrayList<>(findingAt(0, retry));
    findings.addAll(findingAt(1, fatal));
    findings.addAll(findingAt(17, compared));
    return new Fragment(
        "cycle: lists compared element by element",
        List.of(
            "private static final List<Integer> METHODRetry = List.of("
                + retry.text()
                + ", "
                + constant(CODES.get(random.nextInt(CODES.size())))
                + ");",
            "private static final List<Integer> METHODFatal = List.of(" + fatal.text() + ");",
            "static String METHOD(Integer raw) {",
            "  Integer code = new LusidProblemDetails().code(raw).getCode();",
            "  for (int c : METHODRetry) {",
            "    for (int d : METHODFatal) {",
            "      if (c == d) {",
            "        return \"both\";",
            "      }",
            "    }",
            "  }",
            "  for (int c : METHODRetry) {",
            "    if (" + query + ") {",
            "      return \"retry\";",
            "    }",
            "  }",
            "  for (int d : METHODFatal) {",
            "    if (" + comparison("d", compared) + ") {",
            "      return \"fatal\";",
            "    }",
            "  }",
            "  return \"none\";",
            "}"),
        findings);
  }

  /** A code local captured by a lambda: compared inside it, still a code. */
  private Fragment capturedByLambda() {
    Value value = anyValue();
    return new Fragment(
        "local captured by a lambda",
        List.of(
            "static String METHOD(Integer raw) {",
            "  int code = new LusidProblemDetails().code(raw).getCode();",
            "  java.util.function.IntPredicate matches = other -> "
                + comparison("code", value)
                + ";",
            "  return String.valueOf(matches.test(raw));",
            "}"),
        findingAt(2, value));
  }

  /** A private helper every return of which is a code: its calls are codes. */
  private Fragment privateHelper() {
    Value value = anyValue();
    return new Fragment(
        "private helper returning a code",
        List.of(
            "static String METHOD(Integer raw) {",
            "  return String.valueOf(" + comparison("METHODCode(raw)", value) + ");",
            "}",
            "private static int METHODCode(Integer raw) {",
            "  Integer code = new LusidProblemDetails().code(raw).getCode();",
            "  return code != null ? code : IdentityErrorCodes.UNKNOWN_ERROR;",
            "}"),
        findingAt(1, value));
  }

  /** A set written in place and queried with a code: its elements are judged. */
  private Fragment setOfCodes() {
    List<Value> elements = labels(2 + random.nextInt(2));
    List<Finding> findings = new ArrayList<>();
    for (Value element : elements) {
      findings.addAll(findingAt(1, element));
    }
    return new Fragment(
        "Set.of queried with a code",
        List.of(
            "static String METHOD(@IdentityErrorCode int code) {",
            "  return String.valueOf(java.util.Set.of("
                + String.join(", ", elements.stream().map(Value::text).toList())
                + ").contains(code));",
            "}"),
        findings);
  }

  /** Ints named like codes that are none, compared with numbers wrong for a code: quiet. */
  private Fragment moreNoise() {
    Value value = anyValue();
    List<String> body =
        switch (random.nextInt(3)) {
          case 0 ->
              List.of(
                  "  int errorCode = raw % 1000;",
                  "  return String.valueOf(" + comparison("errorCode", value) + ");");
          case 1 ->
              List.of(
                  "  int length = String.valueOf(raw).length();",
                  "  return String.valueOf(" + comparison("length", value) + ");");
          default ->
              List.of(
                  "  int[] codes = {raw, raw + 1};",
                  "  return String.valueOf(" + comparison("codes[1]", value) + ");");
        };
    List<String> lines = new ArrayList<>();
    lines.add("static String METHOD(Integer raw) {");
    lines.addAll(body);
    lines.add("}");
    return new Fragment("noise: ints that are no code", lines, List.of());
  }

  /** A switch expression on a code, with a default (an int switch expression needs one). */
  private Fragment switchExpression() {
    List<Value> labels = labels(1 + random.nextInt(3));
    boolean yields = random.nextBoolean();
    List<String> lines = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    lines.add("static String METHOD(@IdentityErrorCode int code) {");
    lines.add("  return switch (code) {");
    for (int i = 0; i < labels.size(); i++) {
      findings.addAll(findingAt(lines.size(), labels.get(i)));
      lines.add(
          "    case "
              + labels.get(i).text()
              + (yields ? " -> { yield \"case" + i + "\"; }" : " -> \"case" + i + "\";"));
    }
    lines.add("    default -> \"other\";");
    lines.add("  };");
    lines.add("}");
    return new Fragment("switch expression", lines, findings);
  }

  /** A record with an annotated component: what it is built with, and what it gives, are codes. */
  private Fragment recordComponent() {
    Value built = anyValue();
    Value value = anyValue();
    List<Finding> findings = new ArrayList<>(findingAt(3, built));
    findings.addAll(findingAt(4, value));
    return new Fragment(
        "record component",
        List.of(
            "record METHODFailure(@IdentityErrorCode int code, String login) {}",
            "static String METHOD(Integer raw) {",
            "  METHODFailure failure = new METHODFailure(raw, \"login\");",
            "  METHODFailure known = new METHODFailure(" + built.text() + ", \"login\");",
            "  return String.valueOf("
                + comparison("failure.code()", value)
                + ") + (known.code() == raw);",
            "}"),
        findings);
  }

  /** An annotated private field: its initialiser meets a code. */
  private Fragment annotatedField() {
    Value value = anyValue();
    return new Fragment(
        "annotated field",
        List.of(
            "@IdentityErrorCode private static final int METHODExpected = " + value.text() + ";",
            "static String METHOD(Integer raw) {",
            "  return String.valueOf(raw == METHODExpected);",
            "}"),
        findingAt(0, value));
  }

  /** The problem details' code setters, which tests use to fake a failure, take a code. */
  private Fragment codeSetter() {
    Value value = anyValue();
    boolean fluent = random.nextBoolean();
    return new Fragment(
        fluent ? "code setter, fluent" : "code setter, bean",
        List.of(
            "static String METHOD(Integer raw) {",
            "  LusidProblemDetails problem = new LusidProblemDetails();",
            fluent
                ? "  problem.code(" + value.text() + ");"
                : "  problem.setCode(" + value.text() + ");",
            "  return String.valueOf(Objects.equals(problem.getCode(), raw));",
            "}"),
        findingAt(2, value));
  }

  /**
   * Where the SDK takes an HTTP status (the problem details' status, an exception's constructor): a
   * catalogue constant, or a catalogue code written as a number that cannot be a status, is a code
   * where a status belongs; a status is fine.
   */
  private Fragment statusTaker() {
    Status status = status();
    boolean exception = random.nextBoolean();
    return new Fragment(
        exception ? "status taken: ApiException" : "status taken: problem details",
        List.of(
            "static String METHOD(Integer raw) {",
            exception
                ? "  ApiException e = new ApiException(" + status.text() + ", \"failed\");"
                : "  LusidProblemDetails e = new LusidProblemDetails().status("
                    + status.text()
                    + ");",
            exception
                ? "  return String.valueOf(e.getCode() == raw);"
                : "  return String.valueOf(Objects.equals(e.getStatus(), raw));",
            "}"),
        status.isCode() ? List.of(new Finding(1, STATUS)) : List.of());
  }

  /** An asynchronous call's failure callback is handed a status, not a code. */
  private Fragment failureCallback() {
    Status status = status();
    return new Fragment(
        "failure callback status",
        List.of(
            "static String METHOD(Integer raw) {",
            "  boolean[] matched = {false};",
            "  ApiCallback<String> callback =",
            "      new ApiCallback<>() {",
            "        @Override",
            "        public void onFailure(ApiException e, int statusCode, Map<String, List<String>> headers) {",
            "          matched[0] = statusCode == " + status.text() + ";",
            "        }",
            "",
            "        @Override",
            "        public void onSuccess(String result, int statusCode, Map<String, List<String>> headers) {}",
            "",
            "        @Override",
            "        public void onUploadProgress(long written, long length, boolean done) {}",
            "",
            "        @Override",
            "        public void onDownloadProgress(long read, long length, boolean done) {}",
            "      };",
            "  callback.onFailure(new ApiException(raw, \"failed\"), raw % 600, null);",
            "  return String.valueOf(matched[0]);",
            "}"),
        status.isCode() ? List.of(new Finding(6, STATUS)) : List.of());
  }

  /**
   * Codes read out of an optional or a stream, through a lambda or a method reference: the lambda's
   * parameter is a code.
   */
  private Fragment holderOfCodes() {
    Value value = anyValue();
    String[][] forms = {
      {
        "stream mapped by a method reference",
        "java.util.stream.Stream.of(new LusidProblemDetails().code(raw))"
            + ".map(LusidProblemDetails::getCode).anyMatch(c -> "
            + comparison("c", value)
            + ")"
      },
      {
        "optional filtered",
        "Optional.ofNullable(new LusidProblemDetails().code(raw).getCode()).filter(c -> "
            + comparison("c", value)
            + ").isPresent()"
      },
      {
        "optional mapped by a lambda",
        "Optional.of(new LusidProblemDetails().code(raw)).map(p -> p.getCode())"
            + ".map(c -> "
            + comparison("c", value)
            + ").orElse(false)"
      },
    };
    String[] form = forms[random.nextInt(forms.length)];
    return new Fragment(
        "holder: " + form[0],
        List.of(
            "static String METHOD(Integer raw) {",
            "  return String.valueOf(" + form[1] + ");",
            "}"),
        findingAt(1, value));
  }

  /** A map keyed by codes, queried with one: its keys meet a code, one per line. */
  private Fragment mapKeyedByCodes() {
    List<Value> keys = labels(2);
    List<Finding> findings = new ArrayList<>(findingAt(2, keys.get(0)));
    findings.addAll(findingAt(3, keys.get(1)));
    return new Fragment(
        "map keyed by codes",
        List.of(
            "private static final Map<Integer, String> METHODMessages =",
            "    Map.of(",
            "        " + keys.get(0).text() + ", \"first\",",
            "        " + keys.get(1).text() + ", \"second\");",
            "static String METHOD(@IdentityErrorCode int code) {",
            "  return String.valueOf(METHODMessages.get(code));",
            "}"),
        findings);
  }

  /** Typos one keystroke from a catalogue code, and that code: what UnknownErrorCode suggests. */
  private static final long[][] TYPOS = {{695, 659}, {6570, 657}, {2135, 2153}, {1870, 187}};

  /**
   * A typo beside the very code it is a typo of, in one collection or chain: its fix (the nearest
   * code) would write that code twice (a duplicate key or element that throws, two identical
   * operands, two equal case labels), so the finding has none; the patched program must compile
   * with Error Prone's defaults and no new diagnostic of theirs.
   */
  private Fragment typoBesideItsCode() {
    long[] typo = TYPOS[random.nextInt(TYPOS.length)];
    IdentityError meant = IdentityError.fromCode((int) typo[1]).orElseThrow();
    Value code =
        random.nextBoolean()
            ? new Value(constant(meant), typo[1], Kind.CONSTANT)
            : new Value(Long.toString(typo[1]), typo[1], Kind.LITERAL_CODE);
    Value wrong = new Value(Long.toString(typo[0]), typo[0], Kind.NOT_A_CODE);
    List<Value> pair = random.nextBoolean() ? List.of(code, wrong) : List.of(wrong, code);
    String a = pair.get(0).text();
    String b = pair.get(1).text();
    String[][] forms = {
      {"Set.of", "java.util.Set.of(" + a + ", " + b + ").contains(code)"},
      {"List.of", "List.of(" + a + ", " + b + ").contains(code)"},
      {"Arrays.asList", "java.util.Arrays.asList(" + a + ", " + b + ").contains(code)"},
      {
        "Map.ofEntries",
        "Map.ofEntries(Map.entry(" + a + ", \"a\"), Map.entry(" + b + ", \"b\")).get(code)"
      },
      {"Map.of", "Map.of(" + a + ", \"a\", " + b + ", \"b\").get(code)"},
      {"== chain", "code == " + a + " || code == " + b},
      {"!= chain", "code != " + a + " && " + b + " != code"},
      {
        "equals chain",
        "Integer.valueOf(" + a + ").equals(code) || Integer.valueOf(code).equals(" + b + ")"
      },
      {
        "Objects.equals chain", "Objects.equals(code, " + a + ") || Objects.equals(" + b + ", code)"
      },
      {
        "negated equals chain",
        "!Objects.equals(code, " + a + ") && !Objects.equals(code, " + b + ")"
      },
    };
    int shape = random.nextInt(forms.length + 3) - forms.length;
    List<Finding> findings = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    lines.add("static String METHOD(@IdentityErrorCode int code) {");
    String family;
    if (shape == 1) {
      family = "if/else branches";
      lines.add("  @IdentityErrorCode int expected;");
      lines.add("  if (code > 1000) {");
      findings.addAll(findingAt(lines.size(), pair.get(0)));
      lines.add("    expected = " + a + ";");
      lines.add("  } else {");
      findings.addAll(findingAt(lines.size(), pair.get(1)));
      lines.add("    expected = " + b + ";");
      lines.add("  }");
      lines.add("  return String.valueOf(code == expected);");
    } else if (shape == 2) {
      family = "?: arms";
      findings.addAll(findingAt(1, code));
      findings.addAll(findingAt(1, wrong));
      lines.add("  return String.valueOf(code == (code > 1000 ? " + a + " : " + b + "));");
    } else if (shape == 0) {
      family = "case labels";
      lines.add("  switch (code) {");
      for (Value label : pair) {
        findings.addAll(findingAt(lines.size(), label));
        lines.add("    case " + label.text() + ":");
        lines.add("      return \"" + label.text() + "\";");
      }
      lines.add("    default:");
      lines.add("      return \"other\";");
      lines.add("  }");
    } else {
      String[] form = forms[random.nextInt(forms.length)];
      family = form[0];
      findings.addAll(findingAt(1, code));
      findings.addAll(findingAt(1, wrong));
      lines.add("  return String.valueOf(" + form[1] + ");");
    }
    lines.add("}");
    return new Fragment("typo beside its code: " + family, lines, findings);
  }

  /**
   * A helper or a final field other compilation units can see (package-private, in the program's
   * class or in a nested class) whose every value is a code: its reads are codes, and it should say
   * so (UnannotatedErrorCode, whose fix only annotates it; a field declared together with a status,
   * whose annotation would make the status a code too, gets no fix).
   */
  private Fragment visibleHelper() {
    Value value = anyValue();
    List<String> lines = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    String family;
    String read;
    switch (random.nextInt(4)) {
      case 0 -> {
        family = "visible helper in a nested class";
        lines.add("static final class METHODCodes {");
        findings.add(new Finding(lines.size(), UNANNOTATED));
        lines.add("  static int of(Integer raw) {");
        lines.add("    return new LusidProblemDetails().code(raw).getCode();");
        lines.add("  }");
        lines.add("}");
        read = "METHODCodes.of(raw)";
      }
      case 1 -> {
        family = "visible final field declared with a status";
        findings.add(new Finding(0, UNANNOTATED));
        lines.add(
            "static final Integer METHODCode = new LusidProblemDetails().code(Integer.valueOf(\"657\")).getCode(),");
        lines.add("    METHODStatus = new ApiException(404, \"failed\").getCode();");
        read = "(METHODCode + raw - METHODStatus)";
        // Not a code once raw is added: nothing is judged in the comparison.
        value = null;
      }
      case 2 -> {
        family = "visible final field";
        findings.add(new Finding(0, UNANNOTATED));
        lines.add(
            "static final Integer METHODCode = new LusidProblemDetails().code(Integer.valueOf(\"657\")).getCode();");
        read = "METHODCode";
      }
      default -> {
        family = "visible helper";
        findings.add(new Finding(0, UNANNOTATED));
        lines.add("static int METHODCodeOf(Integer raw) {");
        lines.add("  Integer code = new LusidProblemDetails().code(raw).getCode();");
        lines.add("  return code != null ? code : IdentityErrorCodes.UNKNOWN_ERROR;");
        lines.add("}");
        read = "METHODCodeOf(raw)";
      }
    }
    lines.add("static String METHOD(Integer raw) {");
    if (value == null) {
      lines.add("  return String.valueOf(" + read + " == 0);");
    } else {
      findings.addAll(findingAt(lines.size(), value));
      lines.add("  return String.valueOf(" + comparison(read, value) + ");");
    }
    lines.add("}");
    return new Fragment(family, lines, findings);
  }

  /**
   * {@code @IdentityErrorCode} on what cannot hold a code (a string, a boolean, a double, an
   * array), on a local, a {@code var}, a field, a method or locals declared together: its fix
   * removes the annotation and nothing else.
   */
  private Fragment misplacedAnnotation() {
    String[][] types = {
      {"String", "String.valueOf(raw)"},
      {"boolean", "raw == null"},
      {"double", "raw == null ? 0.5 : raw / 2.0"},
      {"int[]", "new int[] {raw == null ? 0 : raw}"},
    };
    String[] type = types[random.nextInt(types.length)];
    String shown = type[0].equals("int[]") ? "java.util.Arrays.toString(misplaced)" : "misplaced";
    List<String> lines = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    String family;
    switch (random.nextInt(4)) {
      case 0 -> {
        family = "a local";
        lines.add("static String METHOD(Integer raw) {");
        findings.add(new Finding(lines.size(), MISUSE));
        lines.add("  @IdentityErrorCode " + type[0] + " misplaced = " + type[1] + ";");
        lines.add("  return String.valueOf(" + shown + ");");
      }
      case 1 -> {
        family = "a var";
        lines.add("static String METHOD(Integer raw) {");
        findings.add(new Finding(lines.size(), MISUSE));
        lines.add("  @IdentityErrorCode var misplaced = " + type[1] + ";");
        lines.add("  return String.valueOf(" + shown + ");");
      }
      case 2 -> {
        family = "a method";
        findings.add(new Finding(0, MISUSE));
        lines.add("@IdentityErrorCode");
        lines.add("static " + type[0] + " METHODValue(Integer raw) {");
        lines.add("  return " + type[1] + ";");
        lines.add("}");
        lines.add("static String METHOD(Integer raw) {");
        lines.add("  " + type[0] + " misplaced = METHODValue(raw);");
        lines.add("  return String.valueOf(" + shown + ");");
      }
      default -> {
        family = "a field";
        lines.add("private static final Integer METHODSeed = Integer.valueOf(\"7\");");
        findings.add(new Finding(lines.size(), MISUSE));
        lines.add(
            "@IdentityErrorCode private static final "
                + type[0]
                + " METHODMisplaced = "
                + type[1].replace("raw", "METHODSeed")
                + ";");
        lines.add("static String METHOD(Integer raw) {");
        lines.add("  " + type[0] + " misplaced = METHODMisplaced;");
        lines.add("  return String.valueOf(" + shown + ");");
      }
    }
    lines.add("}");
    return new Fragment("misplaced annotation on " + type[0] + ", " + family, lines, findings);
  }

  /**
   * A code held as a {@code long}, a {@code Long} or a {@code var} of either, compared with a value
   * written as an int or a long: judged as an int code is, and its fix keeps the type.
   */
  private Fragment longCode() {
    Value value = anyValue();
    String text =
        value.kind() != Kind.CONSTANT && random.nextBoolean() ? value.text() + "L" : value.text();
    String[] declarations = {
      "long code = new LusidProblemDetails().code(raw).getCode();",
      "Long code = Long.valueOf(new LusidProblemDetails().code(raw).getCode());",
      "var code = (long) new LusidProblemDetails().code(raw).getCode();",
    };
    String[] comparisons = {
      "code == " + text,
      text + " != code",
      "Long.compare(code, " + text + ") == 0",
      "Long.valueOf(" + text + ").equals(code)",
    };
    String comparison = comparisons[random.nextInt(comparisons.length)];
    if (random.nextBoolean()) {
      // A var given a long catalogue code first, then a code: the var stays a long (Long boxed).
      Value first = value(Kind.CONSTANT, Kind.LITERAL_CODE);
      List<Finding> findings = new ArrayList<>(findingAt(1, first));
      findings.addAll(findingAt(4, value));
      return new Fragment(
          "long code: a var given a long first",
          List.of(
              "static String METHOD(Integer raw) {",
              "  var code = "
                  + (first.kind() == Kind.CONSTANT ? "(long) " + first.text() : first.text() + "L")
                  + ";",
              "  code = new LusidProblemDetails().code(raw).getCode();",
              "  Long boxed = code;",
              "  return String.valueOf(" + comparison + ") + boxed;",
              "}"),
          findings);
    }
    return new Fragment(
        "long code",
        List.of(
            "static String METHOD(Integer raw) {",
            "  " + declarations[random.nextInt(declarations.length)],
            "  return String.valueOf(" + comparison + ");",
            "}"),
        findingAt(2, value));
  }

  /** A value written where an HTTP status is, and whether the docs call it a code there. */
  record Status(String text, boolean isCode) {}

  /** Statuses that are no catalogue code. */
  private static final List<String> STATUSES =
      Stream.of("200", "404", "500", "401", "0")
          .filter(
              status -> CODES.stream().noneMatch(e -> Integer.toString(e.code()).equals(status)))
          .toList();

  /**
   * A catalogue constant (a code where a status belongs), a catalogue code written as a number (one
   * only where it cannot be a status: below 100 or above 599), or a status.
   */
  private Status status() {
    return switch (random.nextInt(3)) {
      case 0 -> {
        Value constant = value(Kind.CONSTANT);
        yield new Status(constant.text(), true);
      }
      case 1 -> {
        Value literal = value(Kind.LITERAL_CODE);
        yield new Status(literal.text(), literal.number() < 100 || literal.number() > 599);
      }
      default -> new Status(STATUSES.get(random.nextInt(STATUSES.size())), false);
    };
  }

  /** Where a code comes from: members and statements it needs, and the expression giving it. */
  record CodeSource(String name, List<String> members, List<String> prelude, String expression) {}

  private static final String PROBLEM =
      "LusidProblemDetails problem = new LusidProblemDetails().code(raw);";

  /** The code of a problem made from {@code raw}, as a holder family puts it in. */
  private static final String NEW_CODE = "new LusidProblemDetails().code(raw).getCode()";

  /**
   * Each way the docs say a code arrives, declared or inferred. Cases 18 to 32 are one family of
   * equivalent forms: the same code kept in a holder (a List, a Set, a Deque, an array, an
   * OptionalInt, a generic holder of the JDK's or a generated Box, an atomic, a function, a holder
   * of holders: a map's entries, a map of lists, a list of entries) and read back by what the
   * holder's signature (or the table of holders without a type argument) returns; each must be
   * judged as the code itself.
   */
  private CodeSource codeSource() {
    return codeSource(random.nextInt(SOURCES));
  }

  /**
   * How many ways a code arrives ({@link #codeSource(int)}): at most the test command's 34, whose
   * consecutive seeds each give the first fragment one.
   */
  private static final int SOURCES = 34;

  /** How many ways a code is carried to where it is judged ({@link #composed(int, CodeSource)}). */
  private static final int CARRIERS = 9;

  private CodeSource codeSource(int which) {
    return switch (which) {
      case 33 ->
          new CodeSource(
              "a pattern binding of an Object given a code",
              List.of(),
              List.of(
                  "Object held = " + NEW_CODE + ";",
                  "int bound = IdentityErrorCodes.UNKNOWN_ERROR;",
                  "if (held instanceof Integer heldCode) {",
                  "  bound = heldCode;",
                  "}"),
              "bound");
      case 30 ->
          new CodeSource(
              "a TreeMap's entry read through entrySet().iterator().next()",
              List.of(),
              List.of(
                  "java.util.TreeMap<String, Integer> held = new java.util.TreeMap<>();",
                  "held.put(\"k\", " + NEW_CODE + ");"),
              "held.entrySet().iterator().next().getValue()");
      case 31 ->
          new CodeSource(
              "a map of lists filled through computeIfAbsent",
              List.of(),
              List.of(
                  "java.util.Map<String, java.util.List<Integer>> held = new java.util.HashMap<>();",
                  "held.computeIfAbsent(\"k\", heldKey -> new java.util.ArrayList<>()).add("
                      + NEW_CODE
                      + ");"),
              "held.get(\"k\").get(0)");
      case 32 ->
          new CodeSource(
              "a list of map entries",
              List.of(),
              List.of(
                  "java.util.List<java.util.Map.Entry<String, Integer>> held ="
                      + " new java.util.ArrayList<>();",
                  "held.add(java.util.Map.entry(\"k\", " + NEW_CODE + "));"),
              "held.get(0).getValue()");
      case 25 ->
          new CodeSource(
              "an ArrayList fed what is read out of it",
              List.of(),
              List.of(
                  "java.util.List<Integer> held = new java.util.ArrayList<>();",
                  "held.add(" + NEW_CODE + ");",
                  "held.add(held.get(0));"),
              "held.get(1)");
      case 26 ->
          new CodeSource(
              "a HashSet's iterator().next()",
              List.of(),
              List.of(
                  "java.util.Set<Integer> held = new java.util.HashSet<>();",
                  "held.add(" + NEW_CODE + ");"),
              "held.iterator().next()");
      case 27 ->
          new CodeSource(
              "an int[]'s element",
              List.of(),
              List.of("int[] held = new int[1];", "held[0] = " + NEW_CODE + ";"),
              "held[0]");
      case 28 ->
          new CodeSource(
              "an OptionalInt's getAsInt()",
              List.of(),
              List.of("java.util.OptionalInt held = java.util.OptionalInt.of(" + NEW_CODE + ");"),
              "held.getAsInt()");
      case 29 ->
          new CodeSource(
              "an IntUnaryOperator applied to a code",
              List.of(),
              List.of("java.util.function.IntUnaryOperator held = c -> c;"),
              "held.applyAsInt(" + NEW_CODE + ")");
      case 24 ->
          new CodeSource(
              "an AtomicInteger's get()",
              List.of(),
              List.of(
                  "java.util.concurrent.atomic.AtomicInteger held ="
                      + " new java.util.concurrent.atomic.AtomicInteger();",
                  "held.set(" + NEW_CODE + ");"),
              "held.get()");
      case 18 ->
          new CodeSource(
              "a TreeSet's first()",
              List.of(),
              List.of(
                  "java.util.TreeSet<Integer> held = new java.util.TreeSet<>();",
                  "held.add(" + NEW_CODE + ");"),
              "held.first()");
      case 19 ->
          new CodeSource(
              "an EnumMap's get",
              List.of(),
              List.of(
                  "java.util.Map<java.util.concurrent.TimeUnit, Integer> held ="
                      + " new java.util.EnumMap<>(java.util.concurrent.TimeUnit.class);",
                  "held.put(java.util.concurrent.TimeUnit.SECONDS, " + NEW_CODE + ");"),
              "held.get(java.util.concurrent.TimeUnit.SECONDS)");
      case 20 ->
          new CodeSource(
              "a Deque's iterator",
              List.of(),
              List.of(
                  "java.util.Deque<Integer> held = new java.util.ArrayDeque<>();",
                  "held.push(" + NEW_CODE + ");",
                  "java.util.Iterator<Integer> heldIterator = held.iterator();"),
              "heldIterator.next()");
      case 21 ->
          new CodeSource(
              "a generated generic holder's get()",
              List.of(
                  "static final class METHODBox<T> {",
                  "  private final T value;",
                  "  METHODBox(T value) {",
                  "    this.value = value;",
                  "  }",
                  "  T get() {",
                  "    return value;",
                  "  }",
                  "}"),
              List.of("METHODBox<Integer> held = new METHODBox<>(" + NEW_CODE + ");"),
              "held.get()");
      case 22 ->
          new CodeSource(
              "a completed future's join()",
              List.of(),
              List.of(
                  "java.util.concurrent.CompletableFuture<Integer> held ="
                      + " java.util.concurrent.CompletableFuture.completedFuture("
                      + NEW_CODE
                      + ");"),
              "held.join()");
      case 23 ->
          new CodeSource(
              "a Supplier's get()",
              List.of(),
              List.of("java.util.function.Supplier<Integer> held = () -> " + NEW_CODE + ";"),
              "held.get()");
      case 16 ->
          new CodeSource(
              "a var local",
              List.of(),
              List.of("var code = new LusidProblemDetails().code(raw).getCode();"),
              "code");
      case 17 ->
          new CodeSource(
              "a local declared beside another",
              List.of(),
              List.of(
                  "int count = 0, code = new LusidProblemDetails().code(raw).getCode(), last = count;"),
              "code");
      case 14 ->
          new CodeSource(
              "a local given a code in try and a constant in catch",
              List.of(),
              List.of(
                  "int code;",
                  "try {",
                  "  code = new LusidProblemDetails().code(raw).getCode();",
                  "} catch (RuntimeException failure) {",
                  "  code = IdentityErrorCodes.UNKNOWN_ERROR;",
                  "}"),
              "code");
      case 15 ->
          new CodeSource(
              "a generic helper every call of which passes codes",
              List.of(
                  "private static <T> T METHODFirstNonNull(T a, T b) {",
                  "  return a != null ? a : b;",
                  "}"),
              List.of(PROBLEM),
              "METHODFirstNonNull(problem.getCode(), new LusidProblemDetails().code(raw + 1).getCode())");
      case 0 ->
          new CodeSource(
              "the problem details' getCode()", List.of(), List.of(PROBLEM), "problem.getCode()");
      case 1 ->
          new CodeSource(
              "an inferred local",
              List.of(),
              List.of("int code = new LusidProblemDetails().code(raw).getCode();"),
              "code");
      case 2 ->
          new CodeSource(
              "a record component's accessor",
              List.of("record METHODFailure(@IdentityErrorCode int code) {}"),
              List.of(),
              "new METHODFailure(raw).code()");
      case 3 ->
          new CodeSource(
              "a private helper's return",
              List.of(
                  "private static int METHODCodeOf(Integer raw) {",
                  "  return new LusidProblemDetails().code(raw).getCode();",
                  "}"),
              List.of(),
              "METHODCodeOf(raw)");
      case 4 ->
          new CodeSource(
              "boxing", List.of(), List.of(PROBLEM), "Integer.valueOf(problem.getCode())");
      case 5 ->
          new CodeSource("unboxing", List.of(), List.of(PROBLEM), "problem.getCode().intValue()");
      case 6 ->
          new CodeSource(
              "Objects.requireNonNull",
              List.of(),
              List.of(PROBLEM),
              "Objects.requireNonNull(problem.getCode())");
      case 7 ->
          new CodeSource(
              "Optional.get",
              List.of(),
              List.of(PROBLEM),
              "Optional.ofNullable(problem.getCode()).get()");
      case 8 ->
          new CodeSource(
              "Optional.orElseThrow",
              List.of(),
              List.of(PROBLEM),
              "Optional.of(problem).map(LusidProblemDetails::getCode).orElseThrow()");
      case 9 ->
          new CodeSource(
              "a ?: of a code and a constant",
              List.of(),
              List.of(PROBLEM),
              "raw > 0 ? problem.getCode() : IdentityErrorCodes.UNKNOWN_ERROR");
      case 10 ->
          new CodeSource(
              "a switch expression of a code and a constant",
              List.of(),
              List.of(PROBLEM),
              "switch (raw % 2) { case 0 -> problem.getCode(); default -> IdentityErrorCodes.UNKNOWN_ERROR; }");
      case 11 ->
          new CodeSource(
              "an assignment expression",
              List.of(),
              List.of(PROBLEM, "int code;"),
              "code = problem.getCode()");
      case 12 ->
          new CodeSource(
              "IdentityError.fromCode(..).map(IdentityError::code)",
              List.of(),
              List.of(),
              "IdentityError.fromCode(raw).map(IdentityError::code).orElse(IdentityErrorCodes.UNKNOWN_ERROR)");
      default ->
          new CodeSource(
              "a private field given only codes",
              List.of("private static int METHODLast;"),
              List.of("METHODLast = new LusidProblemDetails().code(raw).getCode();"),
              "METHODLast");
    };
  }

  /** Statements judging a code: the lines (the last returns a String) and what they must give. */
  record Use(String name, List<String> lines, List<Finding> findings) {}

  /** Each way the docs say a code is judged, applied to the expression of a code. */
  private Use use(String code) {
    return use(code, random.nextInt(USES));
  }

  /** The number of ways {@link #use(String, int)} judges a code. */
  private static final int USES = 17;

  /** The use that compares the code with a number that is no code: a finding, always. */
  private static final int COMPARED_WITH_NO_CODE = -1;

  /** The carriers that judge the code where it is read (0 to 3), not through a parameter. */
  private static final int DIRECT_CARRIERS = 4;

  private Use use(String code, int choice) {
    if (choice >= 11 && choice <= 13 && code.contains("switch (")) {
      // A switch expression alone is a poly expression, for which an overloaded assertion
      // (AssertJ's assertThat(long) and <T> assertThat(T)) chooses no method: boxed, it is one.
      code = "(Integer) (" + code + ")";
    }
    switch (choice) {
      case 15 -> {
        // A lambda in a collector is handed the stream's elements, by the signatures of collect
        // and partitioningBy.
        Value value = anyValue();
        return new Use(
            "compared in a collector's lambda",
            List.of(
                "return String.valueOf(java.util.stream.Stream.of((Integer) (" + code + "))",
                "    .collect(java.util.stream.Collectors.partitioningBy(c -> "
                    + comparison("c", value)
                    + "))",
                "    .get(true).size());"),
            findingAt(1, value));
      }
      case 16 -> {
        // A lambda kept in a local is handed what every call of its function passes.
        Value value = anyValue();
        return new Use(
            "compared in a lambda kept as an IntPredicate",
            List.of(
                "java.util.function.IntPredicate retryable = c -> " + comparison("c", value) + ";",
                "return String.valueOf(retryable.test(" + code + "));"),
            findingAt(0, value));
      }
      case 10 -> {
        Value value = anyValue();
        String assertion = random.nextBoolean() ? "assertEquals" : "assertNotEquals";
        // The code boxed: JUnit's overloads (int, Integer), (Integer, int), ... take it whatever
        // its form (a switch expression alone is a poly expression no overload is chosen for).
        String boxed = "(Integer) " + code;
        String arguments =
            random.nextBoolean() ? value.text() + ", " + boxed : boxed + ", " + value.text();
        String message = random.nextBoolean() ? ", \"message\"" : "";
        return asserted(
            "asserted by JUnit 5",
            "org.junit.jupiter.api.Assertions." + assertion + "(" + arguments + message + ");",
            value);
      }
      case 11 -> {
        Value value = anyValue();
        // AssertJ's subject given back by isNotNull(), Truth's made with a message.
        String subject =
            switch (random.nextInt(4)) {
              case 0 -> "org.assertj.core.api.Assertions.assertThat(" + code + ")";
              case 1 -> "org.assertj.core.api.Assertions.assertThat(" + code + ").isNotNull()";
              case 2 -> "com.google.common.truth.Truth.assertThat(" + code + ")";
              default ->
                  "com.google.common.truth.Truth.assertWithMessage(\"message\").that(" + code + ")";
            };
        String compared = random.nextBoolean() ? ".isEqualTo(" : ".isNotEqualTo(";
        return asserted(
            "asserted by a fluent subject", subject + compared + value.text() + ");", value);
      }
      case 12 -> {
        List<Value> expected = labels(2);
        String written = expected.get(0).text() + ", " + expected.get(1).text();
        String assertion =
            switch (random.nextInt(3)) {
              case 0 -> "org.assertj.core.api.Assertions.assertThat(" + code + ").isIn(" + written;
              case 1 -> "com.google.common.truth.Truth.assertThat(" + code + ").isAnyOf(" + written;
              default ->
                  "org.hamcrest.MatcherAssert.assertThat("
                      + code
                      + ", org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is("
                      + expected.get(0).text()
                      + "), org.hamcrest.Matchers.equalTo("
                      + expected.get(1).text()
                      + "))";
            };
        List<Finding> findings = new ArrayList<>();
        expected.forEach(element -> findings.addAll(findingAt(1, element)));
        return new Use("asserted to be one of several", assertionLines(assertion + ");"), findings);
      }
      case 13 -> {
        Value value = anyValue();
        String matcher =
            switch (random.nextInt(3)) {
              case 0 -> "org.hamcrest.Matchers.is(" + value.text() + ")";
              case 1 -> "org.hamcrest.Matchers.equalTo(" + value.text() + ")";
              default -> "org.hamcrest.Matchers.not(" + value.text() + ")";
            };
        return asserted(
            "asserted by a Hamcrest matcher",
            "org.hamcrest.MatcherAssert.assertThat(" + code + ", " + matcher + ");",
            value);
      }
      case 14 -> {
        // A collection one of whose elements meets the code where it is read out: its elements
        // are judged, as every comparison is read.
        List<Value> elements = labels(2);
        String compared =
            switch (random.nextInt(3)) {
              case 0 -> "Objects.equals(element, " + code + ")";
              case 1 -> "element.equals(" + code + ")";
              default -> "Integer.compare(element, " + code + ") == 0";
            };
        List<Finding> findings = new ArrayList<>();
        elements.forEach(element -> findings.addAll(findingAt(0, element)));
        return new Use(
            "met by an element of a list read out",
            List.of(
                "List<Integer> metElements = List.of("
                    + elements.get(0).text()
                    + ", "
                    + elements.get(1).text()
                    + ");",
                "for (Integer element : metElements) {",
                "  if (" + compared + ") {",
                "    return \"met\";",
                "  }",
                "}",
                "return \"none\";"),
            findings);
      }
      case 5 -> {
        return collectionAsked(
            "searched for in an int[]",
            "java.util.Arrays.binarySearch(new int[] {ELEMENTS}, " + code + ") >= 0");
      }
      case 8 -> {
        // The same elements passed on by calls only their signatures tell about; beside them, a
        // function that may make other elements: what went into it is no element of the array.
        List<Value> mapped = labels(2);
        return collectionAsked(
            "searched for in a sorted IntStream's array",
            "java.util.Arrays.binarySearch(java.util.stream.IntStream.of(ELEMENTS).sorted()"
                + ".toArray(), "
                + code
                + ") >= 0 || java.util.Arrays.binarySearch(java.util.stream.IntStream.of("
                + mapped.get(0).text()
                + ", "
                + mapped.get(1).text()
                + ").map(mapped -> mapped + 1).sorted().toArray(), "
                + code
                + ") >= 0");
      }
      case 9 -> {
        return collectionAsked(
            "asked of a sub-list of an unmodifiable copy of a list",
            "java.util.Collections.unmodifiableList(new java.util.ArrayList<>("
                + "java.util.Arrays.asList(ELEMENTS))).subList(0, 2).contains("
                + code
                + ")");
      }
      case 6 -> {
        return labelledSwitch(code, Form.EXPRESSION);
      }
      case 7 -> {
        return labelledSwitch(code, Form.ARROWS);
      }
      case 0, COMPARED_WITH_NO_CODE -> {
        Value value = choice == 0 ? anyValue() : value(Kind.NOT_A_CODE);
        return new Use(
            "compared",
            List.of("return String.valueOf(" + comparison(code, value) + ");"),
            findingAt(0, value));
      }
      case 1 -> {
        return switchedOn(code);
      }
      case 2 -> {
        return collectionAsked(
            "asked of a Set.of", "java.util.Set.of(ELEMENTS).contains(" + code + ")");
      }
      case 3 -> {
        return collectionAsked(
            "looked up in a List.of", "List.of(ELEMENTS).indexOf(" + code + ") >= 0");
      }
      default -> {
        Value value = anyValue();
        return new Use(
            "Integer.compare",
            List.of(
                "return String.valueOf(Integer.compare(" + code + ", " + value.text() + ") == 0);"),
            findingAt(0, value));
      }
    }
  }

  /**
   * An assertion of a test library comparing the code with one value, as {@code ==} does; its
   * outcome is the use's result (the program is run, before and after its fixes).
   */
  private static Use asserted(String name, String assertion, Value value) {
    return new Use(name, assertionLines(assertion), findingAt(1, value));
  }

  private static List<String> assertionLines(String assertion) {
    // The first line names the use, so that its findings are counted from it and not from a
    // code source's own try.
    return List.of(
        "try { // asserted",
        "  " + assertion,
        "} catch (AssertionError failed) {",
        "  return \"failed\";",
        "}",
        "return \"asserted\";");
  }

  /** The forms of a switch on a code with a default. */
  enum Form {
    COLONS,
    ARROWS,
    EXPRESSION
  }

  /** A switch statement with a default on a code, every case returning: each label meets it. */
  private Use switchedOn(String code) {
    return labelledSwitch(code, Form.COLONS);
  }

  /**
   * A switch with a default on a code, in one form, every case giving a string: each label meets
   * it.
   */
  private Use labelledSwitch(String code, Form form) {
    List<Value> labels = labels(1 + random.nextInt(3));
    List<String> lines = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    lines.add((form == Form.EXPRESSION ? "return switch (" : "switch (") + code + ") {");
    for (int i = 0; i < labels.size(); i++) {
      findings.addAll(findingAt(lines.size(), labels.get(i)));
      String label = "  case " + labels.get(i).text();
      switch (form) {
        case COLONS -> {
          lines.add(label + ":");
          lines.add("    return \"case" + i + "\";");
        }
        case ARROWS -> lines.add(label + " -> { return \"case" + i + "\"; }");
        case EXPRESSION -> lines.add(label + " -> \"case" + i + "\";");
      }
    }
    switch (form) {
      case COLONS -> {
        lines.add("  default:");
        lines.add("    return \"other\";");
      }
      case ARROWS -> lines.add("  default -> { return \"other\"; }");
      case EXPRESSION -> lines.add("  default -> \"other\";");
    }
    lines.add(form == Form.EXPRESSION ? "};" : "}");
    return new Use(
        "switched on, " + form.name().toLowerCase(java.util.Locale.ROOT), lines, findings);
  }

  /** A collection written in place, asked about a code: each element meets a code. */
  private Use collectionAsked(String name, String query) {
    List<Value> elements = labels(2);
    List<Finding> findings = new ArrayList<>();
    elements.forEach(element -> findings.addAll(findingAt(0, element)));
    String written = elements.get(0).text() + ", " + elements.get(1).text();
    return new Use(
        name,
        List.of("return String.valueOf(" + query.replace("ELEMENTS", written) + ");"),
        findings);
  }

  /**
   * A code from one of the ways the docs say it arrives, judged in one of the ways they say it is
   * judged: where it arrives, or carried to the judging by a private helper's parameter, a lambda's
   * or an anonymous class's parameter for an annotated one, or a for-each over annotated varargs.
   */
  private Fragment composed() {
    return composed(random.nextInt(CARRIERS), codeSource(), random.nextInt(USES));
  }

  private Fragment composed(int chosenCarrier, CodeSource source, int chosenUse) {
    int carrier = chosenCarrier;
    // Carrier 8 is carrier 5's lambda written as a method reference.
    boolean referred = carrier == 8;
    if (referred) {
      carrier = 5;
    }
    String code = "(" + source.expression() + ")";
    Use use = use(carrier < 4 ? code : "judged", chosenUse);
    List<String> lines = new ArrayList<>(source.members());
    List<String> judging = new ArrayList<>();
    String via = "";
    switch (carrier) {
      case 4 -> {
        via = ", through a private helper";
        judging.add("return METHODJudge(" + code + ");");
        judging.add("}");
        judging.add("private static String METHODJudge(int judged) {");
        use.lines().forEach(line -> judging.add("  " + line));
      }
      case 5 -> {
        lines.add("interface METHODJudge {");
        lines.add("  String on(@IdentityErrorCode int judged);");
        lines.add("}");
        if (referred) {
          // The same as a lambda: a method reference, whose method is given what the function is.
          via = ", through a method reference for an annotated parameter";
          judging.add("METHODJudge judge = OWNER::METHODJudged;");
          judging.add("return judge.on(" + code + ");");
          judging.add("}");
          judging.add("private static String METHODJudged(int judged) {");
          use.lines().forEach(line -> judging.add("  " + line));
        } else {
          via = ", through a lambda for an annotated parameter";
          judging.add("METHODJudge judge = judged -> {");
          use.lines().forEach(line -> judging.add("  " + line));
          judging.add("};");
          judging.add("return judge.on(" + code + ");");
        }
      }
      case 6 -> {
        via = ", through an anonymous class for an annotated parameter";
        lines.add("interface METHODJudge {");
        lines.add("  String on(@IdentityErrorCode int judged);");
        lines.add("}");
        judging.add("METHODJudge judge = new METHODJudge() {");
        judging.add("  @Override");
        judging.add("  public String on(int judged) {");
        use.lines().forEach(line -> judging.add("    " + line));
        judging.add("  }");
        judging.add("};");
        judging.add("return judge.on(" + code + ");");
      }
      case 7 -> {
        via = ", through annotated varargs";
        judging.add("return METHODEach(" + code + ");");
        judging.add("}");
        judging.add("private static String METHODEach(@IdentityErrorCode int... codes) {");
        judging.add("  for (int judged : codes) {");
        use.lines().forEach(line -> judging.add("    " + line));
        judging.add("  }");
        judging.add("  return \"none\";");
      }
      default -> judging.addAll(use.lines());
    }
    // Where the judging method lives: the program's class, a static nested class, or (when it
    // declares no method of its own, which an anonymous class below Java 16 cannot hold) an
    // anonymous class. The checks see through each alike.
    List<String> body = new ArrayList<>();
    source.prelude().forEach(body::add);
    body.addAll(judging);
    int placement = random.nextInt(carrier == 4 || carrier == 7 || referred ? 2 : 3);
    lines.add("static String METHOD(Integer raw) {");
    int header = lines.size();
    switch (placement) {
      case 1 -> {
        via += ", in a nested class";
        lines.add("  return METHODNested.judge(raw);");
        lines.add("}");
        lines.add("static final class METHODNested {");
        lines.add("  static String judge(Integer raw) {");
        body.forEach(line -> lines.add("    " + line));
        lines.add("  }");
      }
      case 2 -> {
        via += ", in an anonymous class";
        lines.add("  return new java.util.function.Function<Integer, String>() {");
        lines.add("    @Override");
        lines.add("    public String apply(Integer raw) {");
        body.forEach(line -> lines.add("      " + line));
        lines.add("    }");
        lines.add("  }.apply(raw);");
      }
      default -> body.forEach(line -> lines.add("  " + line));
    }
    lines.add("}");
    String owner = placement == 1 ? "METHODNested" : ClientProgram.CLASS;
    lines.replaceAll(line -> line.replace("OWNER::", owner + "::"));
    // The use's first line, where its findings are counted from.
    int first = header;
    while (!lines.get(first).endsWith(use.lines().get(0))) {
      first++;
    }
    int start = first;
    List<Finding> findings = new ArrayList<>();
    use.findings()
        .forEach(finding -> findings.add(new Finding(start + finding.line(), finding.check())));
    return new Fragment("code from " + source.name() + via, lines, findings);
  }
}
