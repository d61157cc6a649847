package com.acme.client;

import com.finbourne.identity.model.LusidProblemDetails;

/** Legacy code, and a new typo: the one finding the build fails with. */
public class Accounts {
  boolean isDisplayNameTaken(LusidProblemDetails problem) {
    return problem.getCode() == 695;
  }

  boolean isMissingUser(LusidProblemDetails problem) {
    return problem.getCode() == 657;
  }

  boolean isDeleted(LusidProblemDetails problem) {
    return problem.getCode() == 7050; // expect: ERROR UnknownErrorCode
  }
}
