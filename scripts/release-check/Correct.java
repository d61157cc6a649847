package com.acme;

import dev.identityerrors.IdentityErrorCode;
import dev.identityerrors.IdentityErrorCodes;

public class Correct {
  boolean isMissingUser(@IdentityErrorCode int code) {
    return code == IdentityErrorCodes.USER_DOES_NOT_EXIST;
  }
}
