package com.acme;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCode;
import dev.identityerrors.IdentityErrorCodes;
import java.io.IOException;

/** One mistake of every kind: each marked line must be reported, and nothing else. */
public class IdentityClient {
  @IdentityErrorCode String lastFailure; // expect: ERROR ErrorCodeAnnotationMisuse

  boolean isDisplayNameTaken(LusidProblemDetails problem) {
    return problem.getCode() == 695; // expect: ERROR UnknownErrorCode
  }

  boolean isMissingUser(LusidProblemDetails problem) {
    return problem.getCode() == 657; // expect: WARNING ErrorCodeLiteral
  }

  boolean isMissingUser(ApiException e) {
    return e.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST; // expect: ERROR HttpStatusAsErrorCode
  }

  String describe(ApiException e) throws IOException {
    int code = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();
    String description = "other";
    switch (code) { // expect: WARNING UnhandledErrorCategory
      case IdentityErrorCodes.USER_DOES_NOT_EXIST:
        description = "no such user";
        break;
      case 2155: // expect: ERROR UnknownErrorCode
        description = "bad token";
        break;
    }
    return description;
  }
}
