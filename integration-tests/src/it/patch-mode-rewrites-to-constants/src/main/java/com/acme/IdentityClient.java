package com.acme;

import com.finbourne.identity.model.LusidProblemDetails;

/** Literals and a typo that patch mode rewrites to catalogue constants. */
public class IdentityClient {
  boolean isMissingUser(LusidProblemDetails problem) {
    return problem.getCode() == 657;
  }

  boolean isDisplayNameTaken(LusidProblemDetails problem) {
    return problem.getCode() == 695;
  }

  boolean isUnknown(LusidProblemDetails problem) {
    return problem.getCode() == -1;
  }
}
