package snippets;

import static dev.identityerrors.IdentityErrorCodes.*;

import com.finbourne.identity.model.LusidProblemDetails;
import java.util.List;

/** docs/checks/UnhandledErrorCategory.md, compiled with every check by DocsExamplesTest. */
class UnhandledErrorCategoryExamples {
  static final class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  void retry(LusidProblemDetails problem) {}

  String bad(LusidProblemDetails problem) {
    String message = problem.getTitle();
    switch (problem.getCode()) {    // [UnhandledErrorCategory] has no default, so codes without a case are silently ignored: REQUEST (4 codes)
      case USER_DOES_NOT_EXIST:
        message = "no such user";
        break;
    }
    return message;
  }

  void everyCaseLeaves(List<LusidProblemDetails> problems) {
    for (LusidProblemDetails problem : problems) {
      switch (problem.getCode()) {     // fine: every case leaves
        case USER_DOES_NOT_EXIST:
          continue;
        case ACCESS_DENIED:
          throw new AccessDeniedException();
      }
      retry(problem);                  // every other code
    }
  }

  void log(LusidProblemDetails problem) {}

  String everyCaseEndsOtherwise(LusidProblemDetails problem, boolean quiet) {
    switch (problem.getCode()) {     // fine: no case completes normally
      case USER_DOES_NOT_EXIST:
        if (quiet) { return ""; } else { throw new IllegalStateException(); }
      case ACCESS_DENIED:
        log(problem);                // falls through into the next case, which leaves
      case UNKNOWN_ERROR:
        try { return "denied"; } finally { log(problem); }
    }
    return "other";
  }

  String breakOutOfTheSwitch(LusidProblemDetails problem, List<String> names) {
    out:
    switch (problem.getCode()) {     // [UnhandledErrorCategory] has no default
      case USER_DOES_NOT_EXIST:
        for (String name : names) {
          if (name.isEmpty()) {
            break out;               // ends the switch: the case does not leave
          }
        }
        return "user";
      case ACCESS_DENIED:
        throw new AccessDeniedException();
    }
    return "other";
  }

  String fixed(LusidProblemDetails problem) {
    String message = problem.getTitle();
    switch (problem.getCode()) {
      case USER_DOES_NOT_EXIST:
        message = "no such user";
        break;
      case DUPLICATE_IN_PARAMETER_SET, INVALID_PARAMETER_VALUE, INVALID_REQUEST, INVALID_PAGINATION_TOKEN: // REQUEST
      case ACTION_EXECUTION_FAILURE, TENANT_SCHEDULER_DOMAIN_JOB_ERROR, UNKNOWN_ERROR: // SERVER
      case ACCESS_DENIED, IMPERSONATION_NOT_SUPPORTED, BLOCKED_BY_NETWORK_ZONE: // AUTHORIZATION
      case INVALID_IDENTITY_TOKEN, INCORRECT_AUTHENTICATION_TYPE, INVALID_AUTHENTICATION_TOKEN, INVALID_IDENTITY_PROVIDER_ACCESS_TOKEN: // AUTHENTICATION
      case MAX_USER_API_KEY_LIMIT_REACHED, API_KEY_NOT_FOUND, API_KEY_DISPLAY_NAME_ALREADY_IN_USE: // API_KEY
      case USER_ALREADY_EXISTS, ACTION_NOT_VALID_FOR_USER_TYPE, IMPERSONATED_USER_DOES_NOT_EXIST: // USER
      case ROLE_DOES_NOT_EXIST, ROLE_DOES_NOT_EXIST_IN_IDENTITY_PROVIDER: // ROLE
      case APPLICATION_DOES_NOT_EXIST: // APPLICATION
      case TOKEN_DOES_NOT_EXIST: // TOKEN
      case SSO_INCORRECTLY_CONFIGURED, IDENTITY_PROVIDER_NOT_FOUND, OKTA_SYSTEM_LOG_QUERY_FAILURE: // IDENTITY_PROVIDER
      case USER_IN_DELETED_STATE, USER_NOT_LOCKED_OUT, USER_ALREADY_ACTIVATED, INVALID_USER_STATUS_FOR_OPERATION, INVALID_USER_STATUS_FOR_PASSWORD_RESET, INVALID_USER_STATUS_FOR_PASSWORD_EXPIRY: // USER_STATUS
      case CANNOT_UPDATE_PASSWORD, PASSWORD_VALIDATION_FAILURE: // PASSWORD
        break;
    }
    return message;
  }
}
