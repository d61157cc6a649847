package com.acme;

import static dev.identityerrors.IdentityErrorCodes.*;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityError;
import dev.identityerrors.IdentityErrorCode;
import java.util.Objects;
import java.util.Optional;

/**
 * For scripts/error-prone-matrix.sh: a finding of every check, each with the fix it offers, and
 * the inferences, so that every release runs every code path of the checks, fixes included.
 */
public class EveryFix {
  static final int ACCESS_DENIED = 403; // shadows the static import: fixes must qualify

  @IdentityErrorCode Long last = 657L; // expect: WARNING ErrorCodeLiteral

  @IdentityErrorCode String misplaced; // expect: ERROR ErrorCodeAnnotationMisuse

  String describe(LusidProblemDetails problem) {
    String text = "";
    switch (problem.getCode()) { // expect: WARNING UnhandledErrorCategory
      case ROLE_DOES_NOT_EXIST:
        text = "role";
        break;
      case 2135: // expect: ERROR UnknownErrorCode
        text = "token";
        break;
    }
    return text;
  }

  boolean checks(LusidProblemDetails problem, ApiException e, @IdentityErrorCode Long code) {
    int fallback = problem.getCode() != null ? problem.getCode() : 2136; // expect: ERROR UnknownErrorCode
    int optional = Optional.ofNullable(problem.getCode()).orElse(UNKNOWN_ERROR);
    return problem.getCode() == 186 // expect: WARNING ErrorCodeLiteral
        || Objects.equals(code, 658L) // expect: WARNING ErrorCodeLiteral
        || problem.getStatus() == USER_DOES_NOT_EXIST // expect: ERROR HttpStatusAsErrorCode
        || e.getCode() == USER_DOES_NOT_EXIST // expect: ERROR HttpStatusAsErrorCode
        || fallback == optional
        || optional == 695 // expect: ERROR UnknownErrorCode
        || IdentityError.fromCode(2155).isPresent() // expect: ERROR UnknownErrorCode
        || codeOf(e) == 2137; // expect: ERROR UnknownErrorCode
  }

  private static int codeOf(ApiException e) {
    try {
      return LusidProblemDetails.fromJson(e.getResponseBody()).getCode();
    } catch (java.io.IOException unreadable) {
      return UNKNOWN_ERROR;
    }
  }
}
