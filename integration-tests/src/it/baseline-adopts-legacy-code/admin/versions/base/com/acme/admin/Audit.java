package com.acme.admin;

import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCode;

/** Legacy code: the annotation on a String, and a code returned unannotated. */
public class Audit {
  @IdentityErrorCode String lastFailure;

  public static int codeOf(LusidProblemDetails problem) {
    return problem.getCode();
  }
}
