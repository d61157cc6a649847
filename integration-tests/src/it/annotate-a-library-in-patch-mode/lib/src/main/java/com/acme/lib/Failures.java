package com.acme.lib;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCodes;
import java.io.IOException;

/** The library's helper: it returns a LUSID code, and nothing says so yet. */
public final class Failures {
  private Failures() {}

  /** The LUSID code of a failed call; UNKNOWN_ERROR where there is none. */
  public static int codeOf(ApiException e) {
    if (e.getResponseBody() == null) {
      return IdentityErrorCodes.UNKNOWN_ERROR;
    }
    try {
      Integer code = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();
      return code != null ? code : IdentityErrorCodes.UNKNOWN_ERROR;
    } catch (IOException | IllegalArgumentException notProblemDetails) {
      return IdentityErrorCodes.UNKNOWN_ERROR;
    }
  }
}
