package com.acme.identity;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.api.UsersApi;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCode;
import dev.identityerrors.IdentityErrorCodes;
import java.io.IOException;

/** Removes users from LUSID, the way client code tends to get Identity error codes wrong. */
public class UserAdmin {
  private final UsersApi users;

  // Mistake: a code is a number, not a String.
  @IdentityErrorCode private String lastFailure;

  public UserAdmin(UsersApi users) {
    this.users = users;
  }

  /** Deletes a user; a user that is already gone is fine. */
  public void delete(String userId) throws IOException {
    try {
      users.deleteUser(userId);
    } catch (ApiException e) {
      // Mistake: the HTTP status is compared with a LUSID code.
      if (e.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST) {
        return;
      }
      LusidProblemDetails problem = LusidProblemDetails.fromJson(e.getResponseBody());
      // Mistake: a magic number where the catalogue has a name.
      if (problem.getCode() == 657) {
        return;
      }
      throw new IllegalStateException(describe(problem), e);
    }
  }

  String describe(LusidProblemDetails problem) {
    int code = problem.getCode();
    // Mistake: no default, so whole categories of codes fall through to "" silently.
    switch (code) {
      case IdentityErrorCodes.USER_DOES_NOT_EXIST:
        return "no such user";
      case 695: // Mistake: a typo for 659, API_KEY_DISPLAY_NAME_ALREADY_IN_USE.
        return "API key name taken";
      case 2155: // Mistake: 2153 or 2154? The checker cannot tell, and says so.
        return "token rejected";
    }
    return "";
  }

  boolean isAuthenticationFailure(IdentityFailure failure) {
    // Mistake: 2135 is not a code either (2153 has its digits swapped); found through CodeSources.
    return failure.code() == 2135;
  }
}
