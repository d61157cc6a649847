package snippets;

import static dev.identityerrors.IdentityErrorCodes.*;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.api.UsersApi;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityError;
import dev.identityerrors.IdentityErrorCode;
import dev.identityerrors.IdentityErrorCodes;
import java.io.IOException;
import java.util.Optional;

/** The README's examples, compiled with every check by DocsExamplesTest. */
class ReadmeExamples {
  static final class IdentityFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IdentityFailure(@IdentityErrorCode int code, Exception cause) {
      super("LUSID Identity error " + code, cause);
    }
  }

  private final UsersApi users = new UsersApi();

  void retry() {}

  /** The LUSID code of a failed call; UNKNOWN_ERROR where there is none (no response came back). */
  @IdentityErrorCode
  static int codeOf(ApiException e) {
    if (e.getCode() == 0 || e.getResponseBody() == null) {
      return UNKNOWN_ERROR;
    }
    try {
      Integer code = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();
      return code != null ? code : UNKNOWN_ERROR;
    } catch (IOException | IllegalArgumentException notProblemDetails) {
      return UNKNOWN_ERROR;
    }
  }

  void rename(String id) {
    try {
      users.deleteUser(id).execute();
    } catch (ApiException e) {
      if (codeOf(e) == 695) { retry(); }                       // [UnknownErrorCode] did you mean 659
    }
  }

  void report(@IdentityErrorCode int code) {
    if (code == 695) { retry(); }                             // [UnknownErrorCode] did you mean 659
    if (code == 657) { retry(); }                             // [ErrorCodeLiteral]
    if (code == IdentityErrorCodes.USER_DOES_NOT_EXIST) { }   // fine
  }

  void delete(String id) throws IOException {
    try {
      users.deleteUser(id).execute();
    } catch (ApiException e) {
      if (e.getCode() == 404) { return; }                      // fine: an HTTP status
      LusidProblemDetails problem = LusidProblemDetails.fromJson(e.getResponseBody());
      int code = problem.getCode() != null ? problem.getCode() : UNKNOWN_ERROR;  // a code
      switch (code) {
        case IdentityErrorCodes.USER_DOES_NOT_EXIST -> { return; }
        case 695 -> retry();                                   // [UnknownErrorCode]
        default -> throw new IdentityFailure(code, e);
      }
    }
  }

  Optional<String> describe(LusidProblemDetails problem) {
    @IdentityErrorCode int code = problem.getCode();   // parameters, fields, locals, records, methods
    if (code == USER_DOES_NOT_EXIST) { return Optional.empty(); }   // 657, a compile-time constant
    return IdentityError.fromCode(code)             // Optional<IdentityError>, empty if unknown
        .map(error -> error.title() + " (" + error.category() + ")");
  }
}
