package com.acme.client;

import com.finbourne.identity.model.LusidProblemDetails;

/** After the merge: one more copy of the old typo, which the merged baseline must not allow. */
public class Accounts {
  boolean isDisplayNameTaken(LusidProblemDetails problem) {
    return problem.getCode() == 695;
  }

  boolean isDisplayNameTakenAgain(LusidProblemDetails problem) {
    return problem.getCode() == 695;
  }

  boolean isMissingUser(LusidProblemDetails problem) {
    return problem.getCode() == 657;
  }
}
