package com.acme.identity;

import static dev.identityerrors.IdentityErrorCodes.UNKNOWN_ERROR;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCode;
import java.io.IOException;

/** What the LUSID SDK leaves to every client: the Identity error code of a failed call. */
public final class IdentityErrors {
  private IdentityErrors() {}

  /**
   * The LUSID Identity error code of a failed call; {@code UNKNOWN_ERROR} where the call got no
   * answer (status 0: a network failure, with no body) or the body holds no problem details.
   *
   * <p>Annotated so that its callers are checked in every module: without the annotation the
   * checker infers it only within this compilation.
   */
  @IdentityErrorCode
  public static int codeOf(ApiException e) {
    if (e.getCode() == 0 || e.getResponseBody() == null) {
      return UNKNOWN_ERROR;
    }
    try {
      Integer code = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();
      return code != null ? code : UNKNOWN_ERROR;
    } catch (IOException | IllegalArgumentException notProblemDetails) {
      return UNKNOWN_ERROR;
    }
  }
}
