package com.acme.client;

import com.finbourne.identity.model.LusidProblemDetails;

/**
 * Legacy code: a typo of a code, and a code written as a number. The methods swapped and lines
 * inserted: the recorded findings stay quiet.
 */
public class Accounts {
  // Looked up first: the more common failure.
  boolean isMissingUser(LusidProblemDetails problem) {
    return problem.getCode() == 657;
  }

  boolean isDisplayNameTaken(LusidProblemDetails problem) {
    return problem.getCode() == 695;
  }
}
