package com.acme;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCodes;

/** A client whose tests assert the codes it reacts to. */
public final class UserAdmin {
  /** Whether the failure says the user is gone. */
  public boolean isGone(LusidProblemDetails problem) {
    return problem.getCode() != null
        && problem.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST;
  }

  /** The HTTP status of a failed call. */
  public int statusOf(ApiException e) {
    return e.getCode();
  }
}
