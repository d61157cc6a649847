package dev.identityerrors.checker;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.scanner.ScannerSupplier;
import org.junit.jupiter.api.Test;

/**
 * Every HTTP status the LUSID SDK hands out or takes, in both flavours: {@code ApiResponse}, the
 * callbacks' {@code statusCode}, and the problem details' and exception's setters and constructors;
 * and the message of HttpStatusAsErrorCode, which says where the code really is.
 */
class SdkStatusesTest {
  private final CompilationTestHelper status =
      CompilationTestHelper.newInstance(HttpStatusAsErrorCode.class, getClass());

  private final CompilationTestHelper constants =
      CompilationTestHelper.newInstance(
          ScannerSupplier.fromBugCheckerClasses(UnknownErrorCode.class, ErrorCodeLiteral.class),
          getClass());

  @Test
  void responseStatusIsAStatus() {
    status
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.ApiResponse;",
            "import com.finbourne.identity.api.UsersApi;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean gone(UsersApi users, com.finbourne.sdk.ApiResponse<Void> other)",
            "      throws ApiException {",
            "    ApiResponse<Void> response = users.deleteUser(\"u\").executeWithHttpInfo();",
            "    // BUG: Diagnostic contains: response.getStatusCode() is an HTTP status, not a LUSID"
                + " Identity error code; a response carries no error code",
            "    return response.getStatusCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST",
            "        // BUG: Diagnostic contains: other.getStatusCode() is an HTTP status",
            "        || other.getStatusCode() == 657",
            "        || response.getStatusCode() == 204;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void callbackStatusIsAStatusInBothCallbacksAndFlavours() {
    status
        .addSourceLines(
            "Deleted.java",
            "import com.finbourne.identity.ApiCallback;",
            "import com.finbourne.identity.ApiException;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.List;",
            "import java.util.Map;",
            "abstract class Deleted implements ApiCallback<Void> {",
            "  @Override",
            "  public void onFailure(ApiException failure, int statusCode,"
                + " Map<String, List<String>> headers) {",
            "    // BUG: Diagnostic contains: statusCode is an HTTP status, not a LUSID Identity error"
                + " code; the code is in the problem details of failure:"
                + " LusidProblemDetails.fromJson(failure.getResponseBody()).getCode()",
            "    if (statusCode == IdentityErrorCodes.USER_DOES_NOT_EXIST) {}",
            "    if (statusCode == 404 || statusCode == 0) {}",
            "  }",
            "  @Override",
            "  public void onSuccess(Void result, int status, Map<String, List<String>> headers) {",
            "    // BUG: Diagnostic contains: a call that succeeded has no error code",
            "    if (status == IdentityErrorCodes.ACCESS_DENIED) {}",
            "  }",
            "}")
        .addSourceLines(
            "Combined.java",
            "import com.finbourne.sdk.ApiCallback;",
            "import com.finbourne.sdk.ApiException;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.List;",
            "import java.util.Map;",
            "abstract class Combined implements ApiCallback<String> {",
            "  @Override",
            "  public void onFailure(ApiException e, int code, Map<String, List<String>> headers) {",
            "    // BUG: Diagnostic contains: code is an HTTP status",
            "    if (code == IdentityErrorCodes.USER_DOES_NOT_EXIST) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void notEveryIntParameterOfACallbackLikeMethodIsAStatus() {
    status
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.List;",
            "import java.util.Map;",
            "class Client {",
            "  // Its own onFailure, overriding nothing of the SDK's.",
            "  void onFailure(Exception e, int attempt, Map<String, List<String>> headers) {",
            "    if (attempt == IdentityErrorCodes.USER_DOES_NOT_EXIST) {}",
            "  }",
            "  void onUploadProgress(long written, long length, boolean done) {",
            "    if (written == IdentityErrorCodes.USER_DOES_NOT_EXIST) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void codePassedWhereTheSdkTakesAStatus() {
    status
        .addSourceLines(
            "Fixtures.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Fixtures {",
            "  LusidProblemDetails details(LusidProblemDetails real) {",
            "    LusidProblemDetails fake = new LusidProblemDetails()",
            "        // BUG: Diagnostic contains: IdentityErrorCodes.USER_DOES_NOT_EXIST is a LUSID"
                + " Identity error code, not an HTTP status",
            "        .status(IdentityErrorCodes.USER_DOES_NOT_EXIST);",
            "    // BUG: Diagnostic contains: 657 is a LUSID Identity error code, not an HTTP status",
            "    fake.setStatus(657);",
            "    // BUG: Diagnostic contains: real.getCode() is a LUSID Identity error code",
            "    fake.setStatus(real.getCode());",
            "    fake.setStatus(404);",
            "    fake.status(real.getStatus());",
            "    return fake;",
            "  }",
            "  ApiException failure(LusidProblemDetails real) {",
            "    // BUG: Diagnostic contains: real.getCode() is a LUSID Identity error code",
            "    return new ApiException(real.getCode(), \"failed\");",
            "  }",
            "  com.finbourne.sdk.ApiException combined() {",
            "    // BUG: Diagnostic contains: is a LUSID Identity error code, not an HTTP status",
            "    return new com.finbourne.sdk.ApiException(IdentityErrorCodes.ACCESS_DENIED, \"x\");",
            "  }",
            "  ApiException fine() {",
            "    return new ApiException(404, \"no such user\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void statusPassedWhereTheSdkTakesACode() {
    status
        .addSourceLines(
            "Fixtures.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.sdk.services.identity.model.LusidProblemDetails;",
            "class Fixtures {",
            "  LusidProblemDetails details(ApiException e, LusidProblemDetails real) {",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    LusidProblemDetails fake = new LusidProblemDetails().code(e.getCode());",
            "    // BUG: Diagnostic contains: real.getStatus() is an HTTP status, not a LUSID Identity"
                + " error code; the code is real.getCode()",
            "    fake.setCode(real.getStatus());",
            "    fake.setCode(real.getCode());",
            "    return fake;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void constantsTheSdkTakesAsCodesAreJudged() {
    constants
        .addSourceLines(
            "Fixtures.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import com.finbourne.identity.model.LusidValidationProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Fixtures {",
            "  void fake() {",
            "    // BUG: Diagnostic contains: use IdentityErrorCodes.USER_DOES_NOT_EXIST instead of"
                + " 657",
            "    new LusidProblemDetails().code(657).status(404);",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code; did you mean 659",
            "    new LusidValidationProblemDetails().setCode(695);",
            "    // BUG: Diagnostic contains: 404 is not a LUSID Identity error code; it looks like an"
                + " HTTP status",
            "    new com.finbourne.sdk.services.identity.model.LusidProblemDetails().code(404);",
            "    new LusidProblemDetails().code(IdentityErrorCodes.ACCESS_DENIED).setStatus(403);",
            "  }",
            "}")
        .doTest();
  }
}
