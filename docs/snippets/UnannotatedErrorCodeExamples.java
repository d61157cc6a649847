package snippets;

import static dev.identityerrors.IdentityErrorCodes.UNKNOWN_ERROR;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCode;
import java.io.IOException;

/** docs/checks/UnannotatedErrorCode.md, compiled with every check by DocsExamplesTest. */
class UnannotatedErrorCodeExamples {
  public static class Before {
    public static int codeOf(ApiException e) {   // [UnannotatedErrorCode] codeOf returns a LUSID Identity error code
      try {
        Integer code = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();
        return code != null ? code : UNKNOWN_ERROR;
      } catch (IOException | IllegalArgumentException notProblemDetails) {
        return UNKNOWN_ERROR;
      }
    }
  }

  public static class After {
    @IdentityErrorCode
    public static int codeOf(ApiException e) {
      try {
        Integer code = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();
        return code != null ? code : UNKNOWN_ERROR;
      } catch (IOException | IllegalArgumentException notProblemDetails) {
        return UNKNOWN_ERROR;
      }
    }
  }
}
