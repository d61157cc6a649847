package com.acme;

import static dev.identityerrors.IdentityErrorCodes.*;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityError;
import dev.identityerrors.IdentityErrorCode;
import java.io.IOException;
import java.util.Optional;

/** Correct use of codes: no identity-errors diagnostic at all. */
public class IdentityClient {
  @IdentityErrorCode private int lastCode = UNKNOWN_ERROR;
  private int port = 2200;
  private final int[] sizes = {144, 151};

  @IdentityErrorCode
  int code(ApiException e) throws IOException {
    Integer code = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();
    return code == null ? UNKNOWN_ERROR : code;
  }

  String describe(ApiException e) throws IOException {
    if (e.getCode() == 404) {
      return "not found";
    }
    lastCode = code(e);
    switch (lastCode) {
      case USER_DOES_NOT_EXIST:
      case IMPERSONATED_USER_DOES_NOT_EXIST:
        return "no such user";
      case INVALID_AUTHENTICATION_TOKEN:
        return "log in again";
      default:
        return IdentityError.fromCode(lastCode).map(IdentityError::title).orElse("unknown");
    }
  }

  Optional<IdentityError> error() {
    return IdentityError.fromCode(lastCode);
  }

  int answer() {
    return 9999;
  }

  boolean retry(int status) {
    return status == 503 || port == 2200 || sizes.length == 2;
  }
}
