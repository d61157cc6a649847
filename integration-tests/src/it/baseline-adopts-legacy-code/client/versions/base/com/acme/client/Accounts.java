package com.acme.client;

import com.finbourne.identity.model.LusidProblemDetails;

/** Legacy code: a typo of a code, and a code written as a number. */
public class Accounts {
  boolean isDisplayNameTaken(LusidProblemDetails problem) {
    return problem.getCode() == 695;
  }

  boolean isMissingUser(LusidProblemDetails problem) {
    return problem.getCode() == 657;
  }
}
