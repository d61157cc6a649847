package com.finbourne.identity;

import java.util.List;
import java.util.Map;

/**
 * Stand-in, written for identity-errors' tests, with the public signatures of the LUSID SDK's
 * {@code ApiCallback}. Never shipped.
 */
public interface ApiCallback<T> {
  /** {@code statusCode} is the HTTP status of the response, 0 when there was none. */
  void onFailure(ApiException e, int statusCode, Map<String, List<String>> responseHeaders);

  void onSuccess(T result, int statusCode, Map<String, List<String>> responseHeaders);

  void onUploadProgress(long bytesWritten, long contentLength, boolean done);

  void onDownloadProgress(long bytesRead, long contentLength, boolean done);
}
