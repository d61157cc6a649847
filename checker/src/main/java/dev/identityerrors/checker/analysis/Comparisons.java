package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.util.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What a call that compares values compares: the one definition that the readers of contexts and
 * the fixes' duplicate guard ask. {@code Objects.equals(a, b)}, {@code Integer.compare(a, b)} and
 * {@code Long.compare(a, b)}: both arguments; {@code a.equals(b)}: the receiver and the argument; a
 * test library's assertion ({@link TestLibraries}): the actual value and the expected one, or,
 * where several are expected ({@code assertThat(code).isIn(657, 659)}), the actual value and each
 * of them: one {@link Compared} answer. ({@code a == b} and {@code a != b} are trees of their own.)
 */
public final class Comparisons {
  private Comparisons() {}

  /** How deep Hamcrest matchers nest inside one another before the rest is not read. */
  private static final int MAX_MATCHER_DEPTH = 8;

  /**
   * What a comparing call compares: a value with one other, either way as {@code ==} compares
   * ({@code several} false: {@code Objects.equals(a, b)}, {@code assertEquals(695, code)}), or the
   * subject with each of several ({@code assertThat(code).isIn(657, 659)}, Hamcrest's {@code
   * anyOf(..)}): the one reading every reader of a comparison asks.
   */
  record Compared(ExpressionTree subject, ImmutableList<ExpressionTree> others, boolean several) {
    /**
     * What one side of the comparison is compared with: the other operand of a pair; for several,
     * the subject where the side is one of them, and null where the side is the subject (it is
     * compared with each).
     */
    @Nullable ExpressionTree counterpart(ExpressionTree side) {
      if (!several) {
        return side == subject ? others.get(0) : subject;
      }
      return side == subject ? null : subject;
    }
  }

  /**
   * Whether the call compares two values as {@code ==} does (not an assertion against several), as
   * the analysis reads comparisons.
   */
  public static boolean compares(MethodInvocationTree call, VisitorState state) {
    Compared compared = compared(call, KnownNames.instance(state));
    return compared != null && !compared.several();
  }

  /** What the call compares, or null where it is no comparison. */
  static @Nullable Compared compared(MethodInvocationTree call, KnownNames names) {
    return ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method
        ? compared(call, method, names)
        : null;
  }

  /** As {@link #compared(MethodInvocationTree, KnownNames)}, names compared by identity. */
  static @Nullable Compared compared(
      MethodInvocationTree call, MethodSymbol method, KnownNames names) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    Name name = method.getSimpleName();
    if (names.mayAssert(name)) {
      return asserted(call, method);
    }
    if (name != names.equals() && name != names.compare()) {
      return null;
    }
    Name owner = method.owner.getQualifiedName();
    if (method.isStatic() && arguments.size() == 2) {
      if ((name == names.equals() && owner == names.objects())
          || (name == names.compare()
              && (owner == names.integer() || owner == names.longClass()))) {
        return pair(arguments.get(0), arguments.get(1));
      }
      return null;
    }
    if (!method.isStatic() && name == names.equals() && arguments.size() == 1) {
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      return receiver == null ? null : pair(receiver, arguments.get(0));
    }
    return null;
  }

  private static Compared pair(ExpressionTree first, ExpressionTree second) {
    return new Compared(first, ImmutableList.of(second), false);
  }

  /**
   * Whether an expression an assertion may compare that is not its own argument passes the cheap
   * test: one inside the matchers of a Hamcrest assertion, or inside a collection written in place
   * ({@code isIn(List.of(..))}). Read from the trees alone, before any symbol is looked up, and the
   * name last: a superset of what {@link #compared} gives.
   */
  static boolean nestedInAssertionMayMeet(
      MethodInvocationTree call, Predicate<ExpressionTree> worthJudging) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    return !arguments.isEmpty()
        && arguments.get(arguments.size() - 1) instanceof MethodInvocationTree last
        && mayBeAssertion(call)
        && anyNestedPasses(last, worthJudging, 0);
  }

  /** The lengths of the assertions' names: a test that rules out most calls without a string. */
  private static final ImmutableSet<Integer> ASSERTION_NAME_LENGTHS =
      TestLibraries.NAMES.stream().map(String::length).collect(ImmutableSet.toImmutableSet());

  private static boolean mayBeAssertion(MethodInvocationTree call) {
    javax.lang.model.element.Name called = Trees.calledName(call);
    return called != null
        && ASSERTION_NAME_LENGTHS.contains(called.length())
        && TestLibraries.NAMES.contains(called.toString());
  }

  private static boolean anyNestedPasses(
      MethodInvocationTree call, Predicate<ExpressionTree> worthJudging, int depth) {
    for (ExpressionTree argument : call.getArguments()) {
      if (worthJudging.test(argument)
          || (argument instanceof MethodInvocationTree inner
              && depth < MAX_MATCHER_DEPTH
              && anyNestedPasses(inner, worthJudging, depth + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one reading of a comparing assertion, or null where the call is none: the actual value as
   * the subject, the expected one or several as the others.
   */
  private static @Nullable Compared asserted(MethodInvocationTree call, MethodSymbol method) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    if (TestLibraries.comparesTwoValues(method)) {
      // The first two arguments that are not the message (JUnit 4's comes first, JUnit 5's and
      // TestNG's last); a delta after them is not compared.
      List<VarSymbol> parameters = method.getParameters();
      if (method.isVarArgs() || parameters.size() != arguments.size()) {
        return null;
      }
      ExpressionTree first = null;
      for (int i = 0; i < arguments.size(); i++) {
        if (TestLibraries.isMessage(parameters.get(i))) {
          continue;
        }
        if (first == null) {
          first = arguments.get(i);
        } else {
          return pair(first, arguments.get(i));
        }
      }
      return null;
    }
    boolean equality = TestLibraries.isSubjectEquality(method) && arguments.size() == 1;
    if (equality || (TestLibraries.isSubjectMembership(method) && !arguments.isEmpty())) {
      ExpressionTree subject = subjectOf(ASTHelpers.getReceiver(call));
      if (subject == null) {
        return null;
      }
      if (equality) {
        return pair(subject, arguments.get(0));
      }
      List<ExpressionTree> values = new ArrayList<>();
      for (ExpressionTree argument : arguments) {
        addValueOrElements(argument, values);
      }
      return new Compared(subject, ImmutableList.copyOf(values), true);
    }
    if (TestLibraries.appliesMatcher(method) && arguments.size() >= 2) {
      List<ExpressionTree> values = matcherValues(arguments.get(arguments.size() - 1));
      return values.isEmpty()
          ? null
          : new Compared(
              arguments.get(arguments.size() - 2), ImmutableList.copyOf(values), values.size() > 1);
    }
    return null;
  }

  /**
   * The actual value of a fluent assertion: the argument of the call that made the subject ({@code
   * assertThat(code)}, {@code assertWithMessage(..).that(code)}), seen through the calls that give
   * the subject back ({@code .as(..)}, {@code .isNotNull()}); null where the receiver is none.
   */
  private static @Nullable ExpressionTree subjectOf(@Nullable ExpressionTree receiver) {
    ExpressionTree at = receiver == null ? null : ASTHelpers.stripParentheses(receiver);
    for (int depth = 0; depth < MAX_MATCHER_DEPTH; depth++) {
      if (!(at instanceof MethodInvocationTree call)
          || !(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)) {
        return null;
      }
      if (TestLibraries.makesSubject(method, call.getArguments().size())) {
        return call.getArguments().get(0);
      }
      if (!TestLibraries.givesSubjectBack(method)) {
        return null;
      }
      ExpressionTree inner = ASTHelpers.getReceiver(call);
      at = inner == null ? null : ASTHelpers.stripParentheses(inner);
    }
    return null;
  }

  /**
   * The values a Hamcrest matcher tests the actual value's equality with: through {@code is},
   * {@code equalTo}, {@code not}, {@code anyOf}, {@code allOf}, {@code oneOf} and {@code in}; a
   * matcher of another kind ({@code greaterThan(600)}) or held in a variable gives none.
   */
  private static List<ExpressionTree> matcherValues(ExpressionTree matcher) {
    List<ExpressionTree> values = new ArrayList<>();
    addMatcherValues(matcher, values, 0);
    return values;
  }

  private static void addMatcherValues(
      ExpressionTree matcher, List<ExpressionTree> out, int depth) {
    if (depth > MAX_MATCHER_DEPTH
        || !(ASTHelpers.stripParentheses(matcher) instanceof MethodInvocationTree call)
        || !(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)
        || !TestLibraries.isEqualityMatcher(method)) {
      return;
    }
    for (ExpressionTree argument : call.getArguments()) {
      if (TestLibraries.isMatcherType(ASTHelpers.getType(argument))) {
        addMatcherValues(argument, out, depth + 1);
      } else {
        addValueOrElements(argument, out);
      }
    }
  }

  /** The value, or the elements of a collection or array written in place. */
  private static void addValueOrElements(ExpressionTree value, List<ExpressionTree> out) {
    if (CodeCollections.mayFill(value)) {
      out.addAll(CodeCollections.elementsIn(value));
    } else {
      out.add(value);
    }
  }
}
