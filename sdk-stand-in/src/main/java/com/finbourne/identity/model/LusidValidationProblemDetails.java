package com.finbourne.identity.model;

/**
 * Test stand-in with the shape of the LUSID SDK's LusidValidationProblemDetails (never shipped).
 */
public class LusidValidationProblemDetails {
  private Integer code;
  private Integer status;

  public static LusidValidationProblemDetails fromJson(String json) throws java.io.IOException {
    return new LusidValidationProblemDetails();
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
