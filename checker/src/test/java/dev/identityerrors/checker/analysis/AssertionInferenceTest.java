package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.HttpStatusAsErrorCode;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/**
 * A test library's assertion compares the actual value with what it expects, as {@code ==} does:
 * JUnit 5's, JUnit 4's and TestNG's {@code assertEquals}, AssertJ's and Truth's fluent subjects,
 * Hamcrest's matchers. Compiled against the real libraries.
 */
class AssertionInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());
  private final CompilationTestHelper status =
      CompilationTestHelper.newInstance(HttpStatusAsErrorCode.class, getClass());

  @Test
  void assertEqualsOfJUnit5JUnit4AndTestNg() {
    unknown
        .addSourceLines(
            "ClientTest.java",
            "import static org.junit.jupiter.api.Assertions.assertEquals;",
            "import static org.junit.jupiter.api.Assertions.assertNotEquals;",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class ClientTest {",
            "  void jupiter(LusidProblemDetails p, ApiException e) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    assertEquals(695, p.getCode());",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    assertNotEquals(p.getCode(), 2135, \"a retry\");",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    assertEquals(6577, (int) p.getCode(), () -> \"missing\");",
            "    assertEquals(657, p.getCode());",
            "    assertEquals(695, p.hashCode());",
            "    assertEquals(404, e.getCode());",
            "  }",
            "  void junit4(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    org.junit.Assert.assertEquals(\"missing\", 695L, (long) p.getCode());",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    org.junit.Assert.assertNotEquals(2135, (Object) p.getCode());",
            "  }",
            "  void testng(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    org.testng.Assert.assertEquals(p.getCode(), 695);",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    org.testng.Assert.assertEquals((int) p.getCode(), 6577, \"missing\");",
            "    org.testng.Assert.assertEquals(p.hashCode(), 6577, \"missing\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fluentSubjectsOfAssertJAndTruth() {
    unknown
        .addSourceLines(
            "ClientTest.java",
            "import static org.assertj.core.api.Assertions.assertThat;",
            "import static org.assertj.core.api.BDDAssertions.then;",
            "import static com.google.common.truth.Truth.assertWithMessage;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.List;",
            "class ClientTest {",
            "  void assertj(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    assertThat(p.getCode()).isEqualTo(695);",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    assertThat(p.getCode()).as(\"a retry\").isNotNull().isNotEqualTo(2135);",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    assertThat(p.getCode()).isIn(657, 6577);",
            "    // BUG: Diagnostic contains: 6578 is not a LUSID Identity error code",
            "    assertThat(p.getCode()).isNotIn(List.of(657, 6578));",
            "    // BUG: Diagnostic contains: 7 is not a LUSID Identity error code",
            "    then(p.getCode()).isEqualTo(7);",
            "    assertThat(p.getCode()).isEqualTo(657).isIn(657, 659);",
            "    assertThat(p.hashCode()).isEqualTo(695);",
            "    assertThat(p.getCode()).isGreaterThan(600);",
            "    assertThat(List.of(p.getCode())).element(0).isNotNull();",
            "  }",
            "  void truth(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    com.google.common.truth.Truth.assertThat(p.getCode()).isEqualTo(695);",
            "    // BUG: Diagnostic contains: 6955 is not a LUSID Identity error code",
            "    assertWithMessage(\"retried\").that(p.getCode()).isAnyOf(657, 659, 6955);",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    assertWithMessage(\"retried\").that(p.getCode()).isNoneOf(657, 2135);",
            "    assertWithMessage(\"retried\").that(p.hashCode()).isNoneOf(657, 2135);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void hamcrestMatchers() {
    unknown
        .addSourceLines(
            "ClientTest.java",
            "import static org.hamcrest.MatcherAssert.assertThat;",
            "import static org.hamcrest.Matchers.anyOf;",
            "import static org.hamcrest.Matchers.equalTo;",
            "import static org.hamcrest.Matchers.greaterThan;",
            "import static org.hamcrest.Matchers.is;",
            "import static org.hamcrest.Matchers.not;",
            "import static org.hamcrest.Matchers.oneOf;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import org.hamcrest.Matcher;",
            "class ClientTest {",
            "  void hamcrest(LusidProblemDetails p, Matcher<Integer> held) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    assertThat(p.getCode(), is(695));",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    assertThat(\"the reason\", p.getCode(), is(not(equalTo(2135))));",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    assertThat(p.getCode(), not(anyOf(is(657), is(6577))));",
            "    // BUG: Diagnostic contains: 6578 is not a LUSID Identity error code",
            "    assertThat(p.getCode(), is(oneOf(657, 6578)));",
            "    assertThat(p.getCode(), anyOf(is(657), greaterThan(2000)));",
            "    assertThat(p.getCode(), held);",
            "    assertThat(p.hashCode(), is(695));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void anHttpStatusAssertedToBeACode() {
    status
        .addSourceLines(
            "ClientTest.java",
            "import static dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "import static org.junit.jupiter.api.Assertions.assertEquals;",
            "import static org.assertj.core.api.Assertions.assertThat;",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class ClientTest {",
            "  void check(ApiException e, LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    assertEquals(USER_DOES_NOT_EXIST, e.getCode());",
            "    // BUG: Diagnostic contains: p.getStatus() is an HTTP status",
            "    assertThat(p.getStatus()).isEqualTo(USER_DOES_NOT_EXIST);",
            "    assertEquals(404, e.getCode());",
            "    assertThat(p.getCode()).isEqualTo(USER_DOES_NOT_EXIST);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void valueSourceFeedingACodeParameter() {
    unknown
        .addSourceLines(
            "ClientTest.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import org.junit.jupiter.params.ParameterizedTest;",
            "import org.junit.jupiter.params.provider.ValueSource;",
            "class ClientTest {",
            "  @ParameterizedTest",
            "  // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "  @ValueSource(ints = {657, 695})",
            "  void retries(@IdentityErrorCode int code) {}",
            "  @ParameterizedTest",
            "  // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "  @ValueSource(longs = 2135)",
            "  void wide(@IdentityErrorCode long code) {}",
            "  @ParameterizedTest",
            "  @ValueSource(ints = {657, 695})",
            "  void pages(int page) {}",
            "  @ParameterizedTest",
            "  @ValueSource(strings = {\"695\"})",
            "  void names(String name) {}",
            "}")
        .doTest();
  }

  @Test
  void csvSourceRowsFeedingACodeParameter() {
    unknown
        .addSourceLines(
            "ClientTest.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import org.junit.jupiter.params.ParameterizedTest;",
            "import org.junit.jupiter.params.provider.CsvSource;",
            "class ClientTest {",
            "  @ParameterizedTest",
            "  @CsvSource({",
            "    \"657, no such user\",",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code; did you mean 659",
            "    \"695, 'name taken, again'\",",
            "  })",
            "  void retries(@IdentityErrorCode int code, String why) {}",
            "  @ParameterizedTest",
            "  // BUG: Diagnostic contains: given to parameter code",
            "  @CsvSource(value = {\"x; 6577\"}, delimiter = ';')",
            "  void second(String name, @IdentityErrorCode long code) {}",
            "  @ParameterizedTest",
            "  // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "  @CsvSource(textBlock = \"\"\"",
            "      # 6577, a comment",
            "      657, gone",
            "      2135, typo",
            "      \"\"\")",
            "  void block(@IdentityErrorCode int code, String why) {}",
            "  @ParameterizedTest",
            "  @CsvSource({\"695, 657\"})",
            "  void pages(int page, int size) {}",
            "  @ParameterizedTest",
            "  @CsvSource({\"'695', 657\"})",
            "  void quoted(String name, @IdentityErrorCode int code) {}",
            "}")
        .doTest();
  }
}
