package com.finbourne.sdk.services.identity.model;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Stand-in, written for identity-errors' tests, with the public signatures of the LUSID SDK's
 * {@code LusidProblemDetails}: {@link #getCode()} is the LUSID code (required in the JSON), {@link
 * #getStatus()} the HTTP status. Never shipped.
 */
public class LusidProblemDetails {
  private String name;
  private List<Map<String, String>> errorDetails;
  private Integer code;
  private String type;
  private String title;
  private Integer status;
  private String detail;
  private String instance;

  public LusidProblemDetails() {}

  public LusidProblemDetails name(String name) {
    this.name = name;
    return this;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LusidProblemDetails errorDetails(List<Map<String, String>> errorDetails) {
    this.errorDetails = errorDetails;
    return this;
  }

  public List<Map<String, String>> getErrorDetails() {
    return errorDetails;
  }

  public void setErrorDetails(List<Map<String, String>> errorDetails) {
    this.errorDetails = errorDetails;
  }

  public LusidProblemDetails code(Integer code) {
    this.code = code;
    return this;
  }

  public Integer getCode() {
    return code;
  }

  public void setCode(Integer code) {
    this.code = code;
  }

  public LusidProblemDetails type(String type) {
    this.type = type;
    return this;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public LusidProblemDetails title(String title) {
    this.title = title;
    return this;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LusidProblemDetails status(Integer status) {
    this.status = status;
    return this;
  }

  public Integer getStatus() {
    return status;
  }

  public void setStatus(Integer status) {
    this.status = status;
  }

  public LusidProblemDetails detail(String detail) {
    this.detail = detail;
    return this;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public LusidProblemDetails instance(String instance) {
    this.instance = instance;
    return this;
  }

  public String getInstance() {
    return instance;
  }

  public void setInstance(String instance) {
    this.instance = instance;
  }

  /**
   * Throws {@code IOException} on malformed JSON and {@code IllegalArgumentException} when a
   * required field is missing; the stand-in reads nothing.
   */
  public static LusidProblemDetails fromJson(String jsonString) throws IOException {
    if (jsonString == null) {
      throw new IllegalArgumentException("The required field(s) [name, code] are not found");
    }
    return new LusidProblemDetails();
  }

  public String toJson() {
    return "{}";
  }
}
