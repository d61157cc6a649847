package snippets;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCodes;
import java.io.IOException;
import java.util.Set;

/** docs/checks/UnknownErrorCode.md, compiled with every check by DocsExamplesTest. */
class UnknownErrorCodeExamples {
  void rename() {}

  private static final Set<Integer> RETRYABLE =
      Set.of(IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN, 2135);   // [UnknownErrorCode] did you mean 2153

  boolean retry(LusidProblemDetails problem) {
    return RETRYABLE.contains(problem.getCode());
  }

  void bad(ApiException e) throws IOException {
    LusidProblemDetails problem = LusidProblemDetails.fromJson(e.getResponseBody());
    if (problem.getCode() == 695) {   // [UnknownErrorCode] did you mean 659 (API_KEY_DISPLAY_NAME_ALREADY_IN_USE)?
      rename();
    }
  }

  void good(LusidProblemDetails problem) {
    if (problem.getCode() == IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE) { rename(); }
  }
}
