package dev.identityerrors.checker;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** The LUSID SDK's problem details hold codes without any annotation; options add more sources. */
class SdkCodeSourcesTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());
  private final CompilationTestHelper literal =
      CompilationTestHelper.newInstance(ErrorCodeLiteral.class, getClass());

  @Test
  void identitySdkProblemDetailsCode() {
    literal
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import com.finbourne.identity.model.LusidValidationProblemDetails;",
            "class Client {",
            "  boolean missing(LusidProblemDetails problem, LusidValidationProblemDetails invalid) {",
            "    // BUG: Diagnostic contains: use IdentityErrorCodes.USER_DOES_NOT_EXIST instead of"
                + " 657",
            "    return problem.getCode() == 657",
            "        // BUG: Diagnostic contains: INVALID_PARAMETER_VALUE",
            "        || invalid.getCode() == 151;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void combinedSdkProblemDetailsCodeThroughAnInferredLocal() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.sdk.ApiException;",
            "import com.finbourne.sdk.services.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void handle(ApiException e) throws java.io.IOException {",
            "    int code = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code; did you mean 659",
            "    if (code == 695) {}",
            "    Integer boxed = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();",
            "    // BUG: Diagnostic contains: 2155 is not",
            "    if (boxed == 2155) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void sdkStatusesAndOtherGettersAreNotCodes() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  boolean check(ApiException e, LusidProblemDetails problem) {",
            "    return e.getCode() == 404 || problem.getStatus() == 409;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void codeSourcesOptionAddsMethodsAndFields() {
    unknown
        .setArgs(
            "-XepOpt:IdentityErrorCode:CodeSources=com.acme.Gateway#lastFailure,com.acme.Gateway#code")
        .addSourceLines(
            "Client.java",
            "import com.acme.Gateway;",
            "class Client {",
            "  void check(Gateway gateway) {",
            "    // BUG: Diagnostic contains: 695 is not",
            "    if (gateway.lastFailure() == 695) {}",
            "    // BUG: Diagnostic contains: 696 is not",
            "    if (gateway.code == 696) {}",
            "    if (gateway.lastStatus() == 404) {}",
            "  }",
            "}")
        .doTest();
  }

  /**
   * A nested class named as {@code Class.getName()} prints it ({@code Outer$Inner}) is the class
   * its source name ({@code Outer.Inner}) is: both forms name the same members.
   */
  @Test
  void codeSourcesNameANestedClassByItsBinaryOrItsSourceName() {
    unknown
        .setArgs(
            "-XepOpt:IdentityErrorCode:CodeSources=com.acme.Metrics$Sample#code,"
                + "com.acme.Metrics.Sample#lastFailure")
        .addSourceLines(
            "Metrics.java",
            "package com.acme;",
            "public class Metrics {",
            "  public static class Sample {",
            "    public int code;",
            "    public int lastFailure() { return code; }",
            "    public int attempts;",
            "  }",
            "}")
        .addSourceLines(
            "Client.java",
            "import com.acme.Metrics;",
            "class Client {",
            "  void check(Metrics.Sample sample) {",
            "    // BUG: Diagnostic contains: 695 is not",
            "    if (sample.code == 695) {}",
            "    // BUG: Diagnostic contains: 696 is not",
            "    if (sample.lastFailure() == 696) {}",
            "    if (sample.attempts == 695) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void codeSourceNamingAnAbsentClassIsIgnored() {
    unknown
        .setArgs("-XepOpt:IdentityErrorCode:CodeSources=com.nowhere.Missing#code")
        .addSourceLines(
            "Client.java",
            "class Client {",
            "  boolean check(int code) {",
            "    return code == 695;",
            "  }",
            "}")
        .doTest();
  }
}
