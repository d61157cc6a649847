package com.acme.admin;

import dev.identityerrors.IdentityErrorCode;

/** Legacy code: a typo of a code. */
public class Roles {
  public boolean isMissingRole(@IdentityErrorCode int code) {
    return code == 606;
  }
}
