package com.acme.legacy;

import com.finbourne.identity.model.LusidProblemDetails;

/** Test sources are patched too: a typo of a code, written in a test. */
class LegacyTest {
  boolean tokenExpired(LusidProblemDetails problem) {
    return problem.getCode() == 2135;
  }
}
