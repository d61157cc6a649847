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

  ClientProgramGenerator(long seed) {
    this.random = new Random(seed);
  }

  static ClientProgram generate(long seed) {
    ClientProgramGenerator generator = new ClientProgramGenerator(seed);
    List<Fragment> fragments = new ArrayList<>();
    int count = 3 + generator.random.nextInt(6);
    for (int i = 0; i < count; i++) {
      fragments.add(generator.fragment());
    }
    return new ClientProgram(seed, fragments);
  }

  private Fragment fragment() {
    return switch (random.nextInt(12)) {
      case 0 -> annotatedParameter();
      case 1 -> inferredLocal();
      case 2 -> noise();
      case 3 -> conditionalFallback();
      case 4 -> optionalFallback();
      case 5 -> switchWithDefault();
      case 6 -> switchWithoutDefault();
      case 7 -> httpStatus();
      case 8 -> capturedByLambda();
      case 9 -> privateHelper();
      case 10 -> setOfCodes();
      default -> reassignedLocal();
    };
  }

  private Value value(Kind... kinds) {
    Kind kind = kinds[random.nextInt(kinds.length)];
    return switch (kind) {
      case CONSTANT -> {
        IdentityError error = CODES.get(random.nextInt(CODES.size()));
        yield new Value("IdentityErrorCodes." + error.name(), error.code(), kind);
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
    return switch (random.nextInt(5)) {
      case 0 -> code + " == " + value.text();
      case 1 -> code + " != " + value.text();
      case 2 -> value.text() + " == " + code;
      case 3 -> "Objects.equals(" + code + ", " + value.text() + ")";
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
            "static String METHOD(int raw) {",
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
            "static String METHOD(int raw) {",
            "  int " + local + " = raw + " + (1 + random.nextInt(9000)) + ";",
            "  return String.valueOf(" + comparison(local, value) + ");",
            "}"),
        List.of());
  }

  private Fragment conditionalFallback() {
    Value fallback = value(Kind.CONSTANT, Kind.LITERAL_CODE);
    Value value = anyValue();
    List<Finding> findings = new ArrayList<>(findingAt(2, fallback));
    findings.addAll(findingAt(3, value));
    return new Fragment(
        "?: with a constant fallback",
        List.of(
            "static String METHOD(int raw) {",
            "  LusidProblemDetails problem = new LusidProblemDetails().code(raw % 2 == 0 ? raw : null);",
            "  int code = problem.getCode() != null ? problem.getCode() : " + fallback.text() + ";",
            "  return String.valueOf(" + comparison("code", value) + ");",
            "}"),
        findings);
  }

  private Fragment optionalFallback() {
    Value fallback = value(Kind.CONSTANT, Kind.LITERAL_CODE);
    Value value = anyValue();
    List<Finding> findings = new ArrayList<>(findingAt(2, fallback));
    findings.addAll(findingAt(3, value));
    return new Fragment(
        "Optional.orElse fallback",
        List.of(
            "static String METHOD(int raw) {",
            "  LusidProblemDetails problem = new LusidProblemDetails().code(raw % 3 == 0 ? null : raw);",
            "  int code = Optional.ofNullable(problem.getCode()).orElse(" + fallback.text() + ");",
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
    List<Value> labels = labels(1 + random.nextInt(3));
    List<String> lines = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    lines.add("static String METHOD(@IdentityErrorCode int code) {");
    lines.add("  switch (code) {");
    for (int i = 0; i < labels.size(); i++) {
      findings.addAll(findingAt(lines.size(), labels.get(i)));
      lines.add("    case " + labels.get(i).text() + ":");
      lines.add("      return \"case" + i + "\";");
    }
    lines.add("    default:");
    lines.add("      return \"other\";");
    lines.add("  }");
    lines.add("}");
    return new Fragment("switch with a default", lines, findings);
  }

  private Fragment switchWithoutDefault() {
    List<Value> labels = labels(1 + random.nextInt(3));
    boolean arrows = random.nextBoolean();
    List<String> lines = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    lines.add("static String METHOD(@IdentityErrorCode int code) {");
    lines.add("  String result = \"other\";");
    // A few labels never cover the catalogue: the switch misses codes.
    findings.add(new Finding(lines.size(), UNHANDLED));
    lines.add("  switch (code) {");
    for (int i = 0; i < labels.size(); i++) {
      findings.addAll(findingAt(lines.size(), labels.get(i)));
      if (arrows) {
        lines.add("    case " + labels.get(i).text() + " -> result = \"case" + i + "\";");
      } else {
        lines.add("    case " + labels.get(i).text() + ":");
        lines.add("      result = \"case" + i + "\";");
        lines.add("      break;");
      }
    }
    lines.add("  }");
    lines.add("  return result;");
    lines.add("}");
    return new Fragment("switch without a default", lines, findings);
  }

  /** An HTTP status compared with a catalogue constant (flagged) or with a status (quiet). */
  private Fragment httpStatus() {
    boolean constant = random.nextBoolean();
    Value value =
        constant
            ? value(Kind.CONSTANT)
            : new Value(List.of("404", "500", "0", "401").get(random.nextInt(4)), 0, null);
    return new Fragment(
        "HTTP status of an ApiException",
        List.of(
            "static String METHOD(int raw) {",
            "  ApiException e = new ApiException(raw % 2 == 0 ? 404 : 500, \"failed\");",
            "  return String.valueOf(e.getCode() == " + value.text() + ");",
            "}"),
        constant ? List.of(new Finding(2, STATUS)) : List.of());
  }

  /**
   * A local assigned on two paths: a code both times (inferred, so compared values are judged) or
   * once an unrelated int (not a code: nothing is judged).
   */
  private Fragment reassignedLocal() {
    boolean bothCodes = random.nextBoolean();
    Value value = anyValue();
    String other = bothCodes ? "IdentityErrorCodes.UNKNOWN_ERROR" : "raw * 2";
    return new Fragment(
        bothCodes ? "local, a code on every path" : "local, not a code on one path",
        List.of(
            "static String METHOD(int raw) {",
            "  int code;",
            "  if (raw > 700) {",
            "    code = new LusidProblemDetails().code(raw).getCode();",
            "  } else {",
            "    code = " + other + ";",
            "  }",
            "  return String.valueOf(" + comparison("code", value) + ");",
            "}"),
        bothCodes ? findingAt(7, value) : List.of());
  }

  /** A code local captured by a lambda: compared inside it, still a code. */
  private Fragment capturedByLambda() {
    Value value = anyValue();
    return new Fragment(
        "local captured by a lambda",
        List.of(
            "static String METHOD(int raw) {",
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
            "static String METHOD(int raw) {",
            "  return String.valueOf(" + comparison("METHODCode(raw)", value) + ");",
            "}",
            "private static int METHODCode(int raw) {",
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
}
