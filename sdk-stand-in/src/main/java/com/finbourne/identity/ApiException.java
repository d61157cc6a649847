package com.finbourne.identity;

import java.util.List;
import java.util.Map;

/**
 * Stand-in, written for identity-errors' tests, with the public signatures of the LUSID SDK's
 * {@code ApiException}: {@link #getCode()} is the HTTP status (0 when no response came back, a
 * network failure, with a null body). Never shipped.
 */
public class ApiException extends Exception {
  private static final long serialVersionUID = 1L;

  private int code = 0;
  private Map<String, List<String>> responseHeaders = null;
  private String responseBody = null;

  public ApiException() {}

  public ApiException(Throwable throwable) {
    super(throwable);
  }

  public ApiException(String message) {
    super(message);
  }

  public ApiException(
      String message,
      Throwable throwable,
      int code,
      Map<String, List<String>> responseHeaders,
      String responseBody) {
    super(message, throwable);
    this.code = code;
    this.responseHeaders = responseHeaders;
    this.responseBody = responseBody;
  }

  public ApiException(
      String message, int code, Map<String, List<String>> responseHeaders, String responseBody) {
    this(message, null, code, responseHeaders, responseBody);
  }

  public ApiException(
      String message, Throwable throwable, int code, Map<String, List<String>> responseHeaders) {
    this(message, throwable, code, responseHeaders, null);
  }

  public ApiException(int code, Map<String, List<String>> responseHeaders, String responseBody) {
    this(null, null, code, responseHeaders, responseBody);
  }

  public ApiException(int code, String message) {
    super(message);
    this.code = code;
  }

  public ApiException(
      int code, String message, Map<String, List<String>> responseHeaders, String responseBody) {
    this(message, null, code, responseHeaders, responseBody);
  }

  /** The HTTP status; 0 on a network failure. */
  public int getCode() {
    return code;
  }

  public Map<String, List<String>> getResponseHeaders() {
    return responseHeaders;
  }

  public String getResponseBody() {
    return responseBody;
  }
}
