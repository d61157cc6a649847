package com.acme.client;

import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCodes;

/** The typo fixed: its entry is stale, in a file neither first nor last. */
public class Keys {
  boolean isTokenInvalid(LusidProblemDetails problem) {
    return problem.getCode() == IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN;
  }
}
