package snippets;

import static dev.identityerrors.IdentityErrorCodes.ACCESS_DENIED;
import static dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCode;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/checks/UnknownErrorCode.md's tests, compiled against JUnit 5, AssertJ and Hamcrest with
 * every check by DocsExamplesTest.
 */
class UnknownErrorCodeTestExamples {
  void rename(LusidProblemDetails problem) {
    assertEquals(695, problem.getCode());                  // [UnknownErrorCode] did you mean 659
    assertThat(problem.getCode()).isIn(ACCESS_DENIED, 2135);   // [UnknownErrorCode] did you mean 2153
    MatcherAssert.assertThat(problem.getCode(), is(695));  // [UnknownErrorCode] did you mean 659
  }

  @ParameterizedTest
  @ValueSource(ints = {ACCESS_DENIED, 695})                // [UnknownErrorCode] did you mean 659
  void retries(@IdentityErrorCode int code) {}

  @ParameterizedTest
  @CsvSource({"695, name taken"})                           // [UnknownErrorCode] given to parameter code
  void named(@IdentityErrorCode int code, String why) {}

  @interface RetryOn {
    @IdentityErrorCode int[] value() default {ACCESS_DENIED, 2135};   // [UnknownErrorCode] did you mean 2153
  }

  enum Failure {
    MISSING(USER_DOES_NOT_EXIST), TYPO(695);               // [UnknownErrorCode] did you mean 659

    @IdentityErrorCode private final int code;

    Failure(int code) {
      this.code = code;
    }
  }
}
