package com.finbourne.identity.model;

/** Test stand-in with the shape of the LUSID SDK's LusidProblemDetails (never shipped). */
public class LusidProblemDetails {
  private Integer code;
  private Integer status;

  public static LusidProblemDetails fromJson(String json) throws java.io.IOException {
    return new LusidProblemDetails();
  }

  /** The LUSID error code. */
  public Integer getCode() {
    return code;
  }

  /** The HTTP status. */
  public Integer getStatus() {
    return status;
  }
}
