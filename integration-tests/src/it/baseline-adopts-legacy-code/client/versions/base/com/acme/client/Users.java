package com.acme.client;

import com.finbourne.identity.ApiResponse;
import dev.identityerrors.IdentityErrorCode;
import dev.identityerrors.IdentityErrorCodes;

/** Legacy code: a status taken for a code, and a switch that misses codes. */
public class Users {
  boolean isMissing(ApiResponse<?> response) {
    return response.getStatusCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST;
  }

  String describe(@IdentityErrorCode int code) {
    String description = "other";
    switch (code) {
      case IdentityErrorCodes.USER_DOES_NOT_EXIST:
        description = "no such user";
        break;
    }
    return description;
  }
}
