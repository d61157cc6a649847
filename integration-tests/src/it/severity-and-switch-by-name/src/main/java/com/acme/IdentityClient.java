package com.acme;

import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCodes;

/** Run with -Xep:ErrorCodeLiteral:ERROR -Xep:UnhandledErrorCategory:OFF. */
public class IdentityClient {
  boolean isMissingUser(LusidProblemDetails problem) {
    return problem.getCode() == 657; // expect: ERROR ErrorCodeLiteral
  }

  void handle(LusidProblemDetails problem) {
    switch (problem.getCode()) {
      case IdentityErrorCodes.USER_DOES_NOT_EXIST:
        break;
    }
  }
}
