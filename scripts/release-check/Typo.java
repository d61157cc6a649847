package com.acme;

import dev.identityerrors.IdentityErrorCode;

public class Typo {
  boolean isDisplayNameTaken(@IdentityErrorCode int code) {
    return code == 695;
  }
}
