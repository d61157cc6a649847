package com.acme.identity;

import com.finbourne.identity.ApiCallback;
import com.finbourne.identity.ApiException;
import com.finbourne.identity.api.UsersApi;
import dev.identityerrors.IdentityErrorCode;
import dev.identityerrors.IdentityErrorCodes;
import java.util.List;
import java.util.Map;

/** Removes users from LUSID, the way client code tends to get Identity error codes wrong. */
public class UserAdmin {
  private final UsersApi users;

  // Mistake: a code is a number, not a String.
  @IdentityErrorCode private String lastFailure; // expect: ERROR ErrorCodeAnnotationMisuse

  public UserAdmin(UsersApi users) {
    this.users = users;
  }

  /** Deletes a user; a user that is already gone is fine. */
  public void delete(String userId) throws ApiException {
    try {
      users.deleteUser(userId).purge(false).execute();
    } catch (ApiException e) {
      // Mistake: the HTTP status is compared with a LUSID code.
      if (e.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST) { // expect: ERROR HttpStatusAsErrorCode
        return;
      }
      int code = IdentityErrors.codeOf(e);
      // Mistake: a magic number where the catalogue has a name.
      if (code == 657) { // expect: WARNING ErrorCodeLiteral
        return;
      }
      throw new IllegalStateException(describe(code), e);
    }
  }

  /** Deletes a user in the background; a user that is already gone is fine. */
  public void deleteLater(String userId) throws ApiException {
    users
        .deleteUser(userId)
        .executeAsync(
            new ApiCallback<Void>() {
              @Override
              public void onFailure(
                  ApiException e, int statusCode, Map<String, List<String>> headers) {
                // Mistake: the callback's status is an HTTP status too.
                if (statusCode == IdentityErrorCodes.USER_DOES_NOT_EXIST) { // expect: ERROR HttpStatusAsErrorCode
                  return;
                }
                if (IdentityErrors.codeOf(e) != IdentityErrorCodes.USER_DOES_NOT_EXIST) {
                  lastFailure = describe(IdentityErrors.codeOf(e));
                }
              }

              @Override
              public void onSuccess(Void result, int statusCode, Map<String, List<String>> headers) {}

              @Override
              public void onUploadProgress(long bytesWritten, long contentLength, boolean done) {}

              @Override
              public void onDownloadProgress(long bytesRead, long contentLength, boolean done) {}
            });
  }

  String describe(@IdentityErrorCode int code) {
    String message = "";
    // Mistake: no default, so whole categories of codes leave the message empty, silently.
    switch (code) { // expect: WARNING UnhandledErrorCategory
      case IdentityErrorCodes.USER_DOES_NOT_EXIST:
        message = "no such user";
        break;
      case 695: // Mistake: a typo for 659 // expect: ERROR UnknownErrorCode
        message = "API key name taken";
        break;
      case 2155: // Mistake: 2153 or 2154? // expect: ERROR UnknownErrorCode
        message = "token rejected";
        break;
    }
    return message;
  }

  boolean isAuthenticationFailure(IdentityFailure failure) {
    // Mistake: 2135 is not a code either (2153 has its digits swapped); found through CodeSources.
    return failure.code() == 2135; // expect: ERROR UnknownErrorCode
  }
}
