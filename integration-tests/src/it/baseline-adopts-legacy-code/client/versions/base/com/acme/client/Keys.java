package com.acme.client;

import com.finbourne.identity.model.LusidProblemDetails;

/** Legacy code: a typo of a code, the one fixed first. */
public class Keys {
  boolean isTokenInvalid(LusidProblemDetails problem) {
    return problem.getCode() == 2135;
  }
}
