package com.acme.app;

import com.acme.lib.Failures;
import com.finbourne.identity.ApiException;

/** The app calls the library's helper from another module, with a typo: 2135 for 2153. */
public class Retries {
  public boolean retryable(ApiException e) {
    return Failures.codeOf(e) == 2135; // expect: ERROR UnknownErrorCode
  }
}
