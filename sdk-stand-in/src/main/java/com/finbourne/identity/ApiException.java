package com.finbourne.identity;

/** Test stand-in with the shape of the LUSID SDK's ApiException (never shipped). */
public class ApiException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int code;
  private final String responseBody;

  public ApiException(int code, String responseBody) {
    this.code = code;
    this.responseBody = responseBody;
  }

  /** The HTTP status. */
  public int getCode() {
    return code;
  }

  public String getResponseBody() {
    return responseBody;
  }
}
