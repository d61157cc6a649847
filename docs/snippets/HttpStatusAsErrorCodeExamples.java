package snippets;

import com.finbourne.identity.ApiCallback;
import com.finbourne.identity.ApiException;
import com.finbourne.identity.ApiResponse;
import com.finbourne.identity.api.UsersApi;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCode;
import dev.identityerrors.IdentityErrorCodes;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** docs/checks/HttpStatusAsErrorCode.md, compiled with every check by DocsExamplesTest. */
class HttpStatusAsErrorCodeExamples {
  private final UsersApi users = new UsersApi();

  void bad(String id) {
    try {
      users.deleteUser(id).execute();
    } catch (ApiException e) {
      if (e.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST) {   // [HttpStatusAsErrorCode]
        return;                                                      // e.getCode() is an HTTP status
      }
    }
  }

  void good(String id) throws IOException {
    try {
      users.deleteUser(id).execute();
    } catch (ApiException e) {
      LusidProblemDetails problem = LusidProblemDetails.fromJson(e.getResponseBody());
      if (problem.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST) {
        return;
      }
    }
  }

  boolean gone(String id) throws ApiException {
    ApiResponse<Void> response = users.deleteUser(id).executeWithHttpInfo();
    return response.getStatusCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST;   // [HttpStatusAsErrorCode]
  }

  final ApiCallback<Void> onDelete =
      new ApiCallback<>() {
        @Override
        public void onFailure(ApiException e, int statusCode, Map<String, List<String>> headers) {
          if (statusCode == IdentityErrorCodes.USER_DOES_NOT_EXIST) {   // [HttpStatusAsErrorCode] problem details of e
            return;
          }
        }

        @Override
        public void onSuccess(Void result, int statusCode, Map<String, List<String>> headers) {}

        @Override
        public void onUploadProgress(long bytesWritten, long contentLength, boolean done) {}

        @Override
        public void onDownloadProgress(long bytesRead, long contentLength, boolean done) {}
      };

  LusidProblemDetails fakeFailure() {
    return new LusidProblemDetails()
        .code(404)                                                // [UnknownErrorCode] HTTP status
        .status(IdentityErrorCodes.USER_DOES_NOT_EXIST);          // [HttpStatusAsErrorCode] not an HTTP status
  }

  LusidProblemDetails fakeFailureRight() {
    return new LusidProblemDetails().code(IdentityErrorCodes.USER_DOES_NOT_EXIST).status(404);
  }

  static void record(@IdentityErrorCode int code) {}

  void oneResultOfAChoice(ApiException e, LusidProblemDetails p) {
    record(e.getCode() == 0 ? IdentityErrorCodes.UNKNOWN_ERROR : e.getCode());   // [HttpStatusAsErrorCode] e.getCode() is an HTTP status
    record(p.getCode() != null ? p.getCode() : p.getStatus());                   // [HttpStatusAsErrorCode] p.getStatus() is an HTTP status
  }

  boolean held(ApiException e) {
    java.util.Deque<Integer> recent = new java.util.ArrayDeque<>();
    recent.push(e.getCode());
    return recent.peek() == IdentityErrorCodes.USER_DOES_NOT_EXIST;   // [HttpStatusAsErrorCode] recent.peek() is an HTTP status
  }
}
