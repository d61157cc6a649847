package com.acme.admin;

import com.finbourne.identity.ApiCallback;
import com.finbourne.identity.ApiException;
import dev.identityerrors.IdentityErrorCodes;
import java.util.List;
import java.util.Map;

/** Legacy code: a callback's HTTP status taken for a code (the exception renamed: the message names it, the key does not). */
public class Callbacks implements ApiCallback<String> {
  boolean missing;

  @Override
  public void onFailure(ApiException failure, int statusCode, Map<String, List<String>> headers) {
    missing = statusCode == IdentityErrorCodes.USER_DOES_NOT_EXIST;
  }

  @Override
  public void onSuccess(String result, int statusCode, Map<String, List<String>> headers) {}

  @Override
  public void onUploadProgress(long bytesWritten, long contentLength, boolean done) {}

  @Override
  public void onDownloadProgress(long bytesRead, long contentLength, boolean done) {}
}
