package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the test libraries do with the values a test writes: one declarative table, as {@link
 * PassThroughCall} is of the calls that give a value back. Tests are where codes are most often
 * written as numbers, and a typo there makes a test that can never see the failure it is about.
 *
 * <p>The annotations that feed a parameterized test's parameter: JUnit 5's {@code @ValueSource}
 * gives each of its {@code ints} or {@code longs} to the test method's first parameter.
 *
 * <p>The assertions that compare a value with what is expected, in three shapes, each a comparison
 * of the value with every expected one ({@link Comparisons} reads them):
 *
 * <ul>
 *   <li>A call given both values: {@code assertEquals} and {@code assertNotEquals} of JUnit 5,
 *       JUnit 4 (and 3) and TestNG. A {@code String} or {@code Supplier} beside them is the
 *       message. TestNG's order, {@code (actual, expected)}, is the reverse of JUnit's; a
 *       comparison does not depend on it.
 *   <li>A fluent subject: AssertJ's and Truth's {@code assertThat(actual)} (also {@code then},
 *       {@code assumeThat}, Truth's {@code that} after {@code assertWithMessage(..)} or on an
 *       {@code Expect}), through any call that gives the subject back (its class's own type
 *       variable: {@code as(..)}, {@code isNotNull()}), compared by {@code isEqualTo} or {@code
 *       isNotEqualTo} with one value, or by {@code isIn}, {@code isNotIn}, {@code isAnyOf}, {@code
 *       isNoneOf} with several.
 *   <li>Hamcrest's {@code assertThat(actual, matcher)} (also {@code assumeThat}, with a reason
 *       first, and JUnit 4's {@code Assert.assertThat}): the values the matcher tests for equality,
 *       through {@code is}, {@code equalTo}, {@code not}, {@code anyOf}, {@code allOf}, {@code
 *       oneOf}, {@code isOneOf}, {@code in} and {@code isIn}.
 * </ul>
 */
public final class TestLibraries {
  private TestLibraries() {}

  /** JUnit 5's source of one value per run of a parameterized test. */
  private static final String VALUE_SOURCE = "org.junit.jupiter.params.provider.ValueSource";

  /** Its elements that give whole numbers. */
  private static final ImmutableSet<String> VALUE_SOURCE_NUMBERS = ImmutableSet.of("ints", "longs");

  /** JUnit 5's source of rows of values, one per run, each value to the parameter at its column. */
  private static final String CSV_SOURCE = "org.junit.jupiter.params.provider.CsvSource";

  /** A number in a row of a {@code @CsvSource}, given to a parameter that holds a code. */
  public record CsvCode(ExpressionTree row, long value, int column) {}

  /**
   * The whole numbers a JUnit 5 {@code @CsvSource} gives to the method's parameters that hold
   * codes: each row of its {@code value} (or each line of its {@code textBlock}, but comments) is
   * split at the delimiter ({@code ','}, or the annotation's {@code delimiter} or {@code
   * delimiterString}), outside quotes ({@code '}, or its {@code quoteCharacter}), each cell trimmed
   * and given to the parameter at its column. Empty for any other annotation.
   *
   * @param holdsCode whether the parameter at an index holds a code
   */
  public static List<CsvCode> csvCodes(
      AnnotationTree annotation, MethodSymbol method, IntPredicate holdsCode) {
    if (!(ASTHelpers.getSymbol(annotation.getAnnotationType()) instanceof Symbol.ClassSymbol type)
        || !type.getQualifiedName().contentEquals(CSV_SOURCE)) {
      return List.of();
    }
    String delimiter = ",";
    char quote = '\'';
    List<ExpressionTree> rows = new ArrayList<>();
    boolean textBlock = false;
    for (ExpressionTree argument : annotation.getArguments()) {
      if (!(argument instanceof AssignmentTree assignment)) {
        continue;
      }
      Symbol named = ASTHelpers.getSymbol(assignment.getVariable());
      String element = named == null ? "" : named.getSimpleName().toString();
      ExpressionTree value = assignment.getExpression();
      Object constant = ASTHelpers.constValue(value);
      switch (element) {
        case "value" -> {
          if (value instanceof NewArrayTree array && array.getInitializers() != null) {
            rows.addAll(array.getInitializers());
          } else {
            rows.add(value);
          }
        }
        case "textBlock" -> {
          rows.add(value);
          textBlock = true;
        }
        case "delimiter" -> {
          Character character = charOf(constant);
          if (character != null && character != '\0') {
            delimiter = String.valueOf(character);
          }
        }
        case "delimiterString" -> {
          if (constant instanceof String text && !text.isEmpty()) {
            delimiter = text;
          }
        }
        case "quoteCharacter" -> {
          Character character = charOf(constant);
          if (character != null) {
            quote = character;
          }
        }
        default -> {}
      }
    }
    List<CsvCode> codes = new ArrayList<>();
    int parameters = method.getParameters().size();
    for (ExpressionTree row : rows) {
      if (!(ASTHelpers.constValue(row) instanceof String text)) {
        continue;
      }
      for (String line : textBlock ? text.split("\n") : new String[] {text}) {
        if (textBlock && line.strip().startsWith("#")) {
          continue;
        }
        List<String> cells = cells(line, delimiter, quote);
        for (int column = 0; column < cells.size() && column < parameters; column++) {
          Long number = wholeNumber(cells.get(column));
          if (number != null && holdsCode.test(column)) {
            codes.add(new CsvCode(row, number, column));
          }
        }
      }
    }
    return codes;
  }

  /** A {@code char} constant, which javac keeps as its {@code Integer} code. */
  private static @Nullable Character charOf(@Nullable Object constant) {
    if (constant instanceof Character character) {
      return character;
    }
    return constant instanceof Integer code ? (char) code.intValue() : null;
  }

  /** The cells of a row: split at the delimiter outside quotes, each trimmed, quotes removed. */
  private static List<String> cells(String row, String delimiter, char quote) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int at = 0; at < row.length(); at++) {
      char next = row.charAt(at);
      if (next == quote) {
        quoted = !quoted;
      } else if (!quoted && row.startsWith(delimiter, at)) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
        at += delimiter.length() - 1;
      } else {
        cell.append(next);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  /** The cell's value as JUnit converts it to an {@code int} or {@code long}, or null. */
  private static @Nullable Long wholeNumber(String cell) {
    if (cell.isEmpty() || cell.length() > 19) {
      return null;
    }
    try {
      return Long.parseLong(cell);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /**
   * Whether the annotation element gives each of its values to the annotated test method's first
   * parameter.
   */
  static boolean feedsFirstParameter(MethodSymbol element) {
    return element.owner.getQualifiedName().contentEquals(VALUE_SOURCE)
        && VALUE_SOURCE_NUMBERS.contains(element.getSimpleName().toString());
  }

  /** The classes whose {@link #TWO_VALUE_ASSERTIONS} compare their two values. */
  private static final ImmutableSet<String> TWO_VALUE_OWNERS =
      ImmutableSet.of(
          "org.junit.jupiter.api.Assertions",
          "org.junit.Assert",
          "junit.framework.Assert",
          "junit.framework.TestCase",
          "org.testng.Assert",
          "org.testng.AssertJUnit",
          "org.testng.asserts.Assertion");

  private static final ImmutableSet<String> TWO_VALUE_ASSERTIONS =
      ImmutableSet.of("assertEquals", "assertNotEquals");

  /** The packages of the fluent libraries, whose subjects' methods compare. */
  private static final ImmutableSet<String> SUBJECT_PACKAGES =
      ImmutableSet.of("org.assertj.core.api", "com.google.common.truth");

  /** The calls that make a subject of their one argument. */
  private static final ImmutableSet<String> SUBJECT_FACTORIES =
      ImmutableSet.of("assertThat", "assertThatObject", "then", "assumeThat", "that");

  /** A subject's comparisons with one value. */
  private static final ImmutableSet<String> SUBJECT_EQUALITY =
      ImmutableSet.of("isEqualTo", "isNotEqualTo");

  /** A subject's comparisons with several: its arguments, or the elements of the one given. */
  private static final ImmutableSet<String> SUBJECT_MEMBERSHIP =
      ImmutableSet.of("isIn", "isNotIn", "isAnyOf", "isNoneOf");

  /** Hamcrest's matcher type: the last parameter of an assertion that applies one. */
  private static final String MATCHER = "org.hamcrest.Matcher";

  private static final String MATCHER_PACKAGE = "org.hamcrest";

  /** The assertions, Hamcrest's and JUnit 4's, that apply a matcher to the value before it. */
  private static final ImmutableSet<String> MATCHER_ASSERTIONS =
      ImmutableSet.of("assertThat", "assumeThat");

  /**
   * Hamcrest's matchers of equality: a value argument is compared with the actual one, a matcher
   * argument is read the same way, an array or collection argument ({@code in}, {@code isIn}) gives
   * its elements.
   */
  private static final ImmutableSet<String> EQUALITY_MATCHERS =
      ImmutableSet.of("is", "equalTo", "not", "anyOf", "allOf", "oneOf", "isOneOf", "in", "isIn");

  /**
   * Every name a comparing assertion has, for the test by name before the owner's: {@link
   * KnownNames} keeps them in the compilation's name table.
   */
  static final ImmutableSet<String> NAMES =
      Stream.of(TWO_VALUE_ASSERTIONS, SUBJECT_EQUALITY, SUBJECT_MEMBERSHIP, MATCHER_ASSERTIONS)
          .flatMap(ImmutableSet::stream)
          .collect(ImmutableSet.toImmutableSet());

  /** Whether the method is one of the calls given both values ({@code assertEquals}). */
  static boolean comparesTwoValues(MethodSymbol method) {
    return TWO_VALUE_ASSERTIONS.contains(method.getSimpleName().toString())
        && TWO_VALUE_OWNERS.contains(method.owner.getQualifiedName().toString());
  }

  /** Whether the parameter takes an assertion's message, not a value. */
  static boolean isMessage(Symbol parameter) {
    String type = parameter.type.tsym.getQualifiedName().toString();
    return type.equals("java.lang.String") || type.equals("java.util.function.Supplier");
  }

  /** Whether the method is a fluent subject's comparison with one value. */
  static boolean isSubjectEquality(MethodSymbol method) {
    return SUBJECT_EQUALITY.contains(method.getSimpleName().toString()) && isFluent(method);
  }

  /** Whether the method is a fluent subject's comparison with several values. */
  static boolean isSubjectMembership(MethodSymbol method) {
    return SUBJECT_MEMBERSHIP.contains(method.getSimpleName().toString()) && isFluent(method);
  }

  /** Whether the call of this method, with this many arguments, makes a subject of its argument. */
  static boolean makesSubject(MethodSymbol method, int arguments) {
    return arguments == 1
        && SUBJECT_FACTORIES.contains(method.getSimpleName().toString())
        && isFluent(method);
  }

  /**
   * Whether a call of this method on a subject gives the same subject back: it is declared to
   * return a type variable of its class (AssertJ's {@code SELF}).
   */
  static boolean givesSubjectBack(MethodSymbol method) {
    Type returned = method.getReturnType();
    return returned.hasTag(TypeTag.TYPEVAR) && returned.tsym.owner instanceof Symbol.ClassSymbol;
  }

  /** Whether the method applies a Hamcrest matcher, its last parameter, to the value before it. */
  static boolean appliesMatcher(MethodSymbol method) {
    var parameters = method.getParameters();
    return parameters.size() >= 2
        && MATCHER_ASSERTIONS.contains(method.getSimpleName().toString())
        && parameters
            .get(parameters.size() - 1)
            .type
            .tsym
            .getQualifiedName()
            .contentEquals(MATCHER);
  }

  /** Whether the method is one of Hamcrest's matchers of equality. */
  static boolean isEqualityMatcher(MethodSymbol method) {
    return EQUALITY_MATCHERS.contains(method.getSimpleName().toString())
        && method.owner.getQualifiedName().toString().startsWith(MATCHER_PACKAGE + ".");
  }

  /**
   * Whether a value of this type is a Hamcrest matcher, or another of Hamcrest's types: never a
   * value a matcher compares with.
   */
  static boolean isMatcherType(@Nullable Type type) {
    return type != null && type.tsym != null && packageOf(type.tsym).startsWith(MATCHER_PACKAGE);
  }

  private static boolean isFluent(MethodSymbol method) {
    return SUBJECT_PACKAGES.contains(packageOf(method.owner));
  }

  /**
   * The package the symbol is in, by its owners. (Not {@code ASTHelpers.enclosingPackage}: its
   * signature changed between the Error Prone releases the checker runs on, and a call compiled
   * against one is a NoSuchMethodError on another.)
   */
  private static String packageOf(Symbol symbol) {
    for (Symbol owner = symbol; owner != null; owner = owner.owner) {
      if (owner instanceof Symbol.PackageSymbol enclosing) {
        return enclosing.getQualifiedName().toString();
      }
    }
    return "";
  }
}
