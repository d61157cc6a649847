package com.acme;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCode;
import dev.identityerrors.IdentityErrorCodes;

/** Legacy code with a finding of every check, adopted with a baseline. */
public class LegacyClient {
  @IdentityErrorCode String lastFailure;

  public static int codeOf(LusidProblemDetails problem) {
    return problem.getCode();
  }

  boolean isDisplayNameTaken(LusidProblemDetails problem) {
    return problem.getCode() == 695;
  }

  boolean isMissingUser(LusidProblemDetails problem) {
    return problem.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST;
  }

  boolean isMissingUser(ApiException e) {
    return e.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST;
  }

  String describe(@IdentityErrorCode int code) {
    String description = "other";
    switch (code) {
      case IdentityErrorCodes.USER_DOES_NOT_EXIST:
        description = "no such user";
        break;
    }
    return description;
  }
}
