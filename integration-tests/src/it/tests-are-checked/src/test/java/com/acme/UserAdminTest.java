package com.acme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCode;
import dev.identityerrors.IdentityErrorCodes;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The test sources of a module are compiled with the checks as its main sources are. */
class UserAdminTest {
  private final LusidProblemDetails problem = new LusidProblemDetails();

  @Test
  void assertions() {
    assertEquals(695, problem.getCode()); // expect: WARNING UnknownErrorCode
    assertNotEquals(IdentityErrorCodes.USER_DOES_NOT_EXIST, problem.getCode());
    assertThat(problem.getCode()).isIn(IdentityErrorCodes.ACCESS_DENIED, 2135); // expect: WARNING UnknownErrorCode
    MatcherAssert.assertThat(problem.getCode(), is(657)); // expect: WARNING ErrorCodeLiteral
    assertEquals(404, new UserAdmin().statusOf(null));
  }

  @ParameterizedTest
  @ValueSource(ints = {IdentityErrorCodes.ACCESS_DENIED, 6577}) // expect: WARNING UnknownErrorCode
  void retried(@IdentityErrorCode int code) {
    assertThat(code).isNotEqualTo(IdentityErrorCodes.USER_DOES_NOT_EXIST);
  }

  @ParameterizedTest
  @CsvSource({"695, name taken"}) // expect: WARNING UnknownErrorCode
  void named(@IdentityErrorCode int code, String why) {
    assertThat(why).isNotEmpty();
  }
}
