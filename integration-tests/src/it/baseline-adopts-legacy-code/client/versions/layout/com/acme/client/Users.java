package com.acme.client;

import com.finbourne.identity.ApiResponse;
import dev.identityerrors.IdentityErrorCode;
import dev.identityerrors.IdentityErrorCodes;

/** Legacy code, reformatted (a wrapped call chain) and with one more case in its switch. */
public class Users {
  boolean isMissing(ApiResponse<?> response) {
    return response
            .getStatusCode()
        == IdentityErrorCodes.USER_DOES_NOT_EXIST;
  }

  String describe(@IdentityErrorCode int code) {
    String description = "other";
    switch (code) {
      case IdentityErrorCodes.USER_DOES_NOT_EXIST:
        description = "no such user";
        break;
      case IdentityErrorCodes.USER_ALREADY_EXISTS:
        description = "taken";
        break;
    }
    return description;
  }
}
