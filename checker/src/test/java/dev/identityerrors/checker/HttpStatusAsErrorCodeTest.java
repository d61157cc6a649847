package dev.identityerrors.checker;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class HttpStatusAsErrorCodeTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(HttpStatusAsErrorCode.class, getClass());

  @Test
  void annotatedLocalAssignedAStatusIsReportedOnceWhereAssigned() {
    helper
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  void handle(ApiException e) {",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    @IdentityErrorCode int code = e.getCode();",
            "    if (code == IdentityErrorCodes.USER_DOES_NOT_EXIST) {}",
            "    switch (code) {",
            "      case IdentityErrorCodes.ACCESS_DENIED -> {}",
            "      default -> {}",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void exceptionStatusComparedWithCatalogueConstant() {
    helper
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean missing(ApiException e) {",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status, not a LUSID Identity"
                + " error code; the code is in the problem details:"
                + " LusidProblemDetails.fromJson(e.getResponseBody()).getCode()",
            "    return e.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST",
            "        // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "        || IdentityErrorCodes.UNKNOWN_ERROR != e.getCode()",
            "        // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "        || e.getCode() == 2153;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void statusPassedWhereCodeIsExpected() {
    helper
        .addSourceLines(
            "Client.java",
            "import com.finbourne.sdk.ApiException;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  static void record(@IdentityErrorCode int code) {}",
            "  @IdentityErrorCode int last;",
            "  void handle(ApiException e) {",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    record(e.getCode());",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    last = e.getCode();",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    @IdentityErrorCode int code = e.getCode();",
            "  }",
            "  @IdentityErrorCode int code(ApiException e) {",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    return e.getCode();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void statusThroughInferredLocalAndSwitch() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void handle(ApiException e, LusidProblemDetails problem) {",
            "    int status = e.getCode();",
            "    // BUG: Diagnostic contains: status is an HTTP status",
            "    if (status == USER_DOES_NOT_EXIST) {}",
            "    // BUG: Diagnostic contains: problem.getStatus() is an HTTP status",
            "    switch (problem.getStatus()) {",
            "      case USER_DOES_NOT_EXIST: break;",
            "      default:",
            "    }",
            "    // BUG: Diagnostic contains: problem.getStatus() is an HTTP status",
            "    if (problem.getCode() == problem.getStatus()) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void statusComparedWithStatusesIsFine() {
    helper
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean check(ApiException e, LusidProblemDetails problem) throws Exception {",
            "    int code = LusidProblemDetails.fromJson(e.getResponseBody()).getCode();",
            "    return e.getCode() == 404",
            "        || problem.getStatus() == 409",
            "        || e.getCode() == 151",
            "        || code == IdentityErrorCodes.USER_DOES_NOT_EXIST",
            "        || problem.getCode() == IdentityErrorCodes.UNKNOWN_ERROR;",
            "  }",
            "}")
        .doTest();
  }

  /**
   * What a catalogue code is where a status is met is the analysis' answer (CodeFacts): a constant
   * of the catalogue, written through a cast or a boxing call too, or a number that is a catalogue
   * code outside the HTTP statuses' range; a catalogue code from 100 to 599 written as a number
   * reads as a status, and a number that is no catalogue code says nothing.
   */
  @Test
  void aCatalogueCodeMetWhereAStatusIsReadsAsTheAnalysisSaysOne() {
    helper
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean check(ApiException e) {",
            "    // BUG: Diagnostic contains: HTTP status, not a LUSID Identity error code",
            "    return e.getCode() == Integer.valueOf(IdentityErrorCodes.INVALID_REQUEST)",
            "        // BUG: Diagnostic contains: HTTP status, not a LUSID Identity error code",
            "        || e.getCode() == (int) 2153",
            "        // BUG: Diagnostic contains: HTTP status, not a LUSID Identity error code",
            "        || (e.getCode()) == -1",
            "        || e.getCode() == 157",
            "        || e.getCode() == 12345",
            "        || e.getCode() == Integer.valueOf(409);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void httpStatusSourcesOptionAddsMembers() {
    helper
        .setArgs("-XepOpt:IdentityErrorCode:HttpStatusSources=com.acme.Gateway#lastStatus")
        .addSourceLines(
            "Client.java",
            "import com.acme.Gateway;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean check(Gateway gateway) {",
            "    // BUG: Diagnostic contains: gateway.lastStatus() is an HTTP status",
            "    return gateway.lastStatus() == IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  }",
            "}")
        .doTest();
  }

  /**
   * The message names only what is in scope: the code beside a team's own status getter on its own
   * exception type, or else the SDK's types, never an {@code e} the code does not have.
   */
  @Test
  void theMessageNamesWhatTheUsersTypesOffer() {
    helper
        .setArgs(
            "-XepOpt:IdentityErrorCode:HttpStatusSources=com.acme.GatewayException#status",
            "-XepOpt:IdentityErrorCode:CodeSources=com.acme.GatewayException#errorCode")
        .addSourceLines(
            "GatewayException.java",
            "package com.acme;",
            "public class GatewayException extends RuntimeException {",
            "  public int status() { return 0; }",
            "  public Integer errorCode() { return null; }",
            "}")
        .addSourceLines(
            "Client.java",
            "import com.acme.GatewayException;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean check(GatewayException failure) {",
            "    int status = failure.status();",
            "    // BUG: Diagnostic contains: the code is failure.errorCode()",
            "    if (failure.status() == IdentityErrorCodes.USER_DOES_NOT_EXIST) {}",
            "    // BUG: Diagnostic contains: the code is the failure's problem details' getCode()",
            "    return status == IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void httpStatusSourcesNameANestedClassByItsBinaryName() {
    helper
        .setArgs("-XepOpt:IdentityErrorCode:HttpStatusSources=com.acme.Metrics$Sample#httpStatus")
        .addSourceLines(
            "Metrics.java",
            "package com.acme;",
            "public class Metrics {",
            "  public static class Sample {",
            "    public int httpStatus;",
            "  }",
            "}")
        .addSourceLines(
            "Client.java",
            "import com.acme.Metrics;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean check(Metrics.Sample sample) {",
            "    // BUG: Diagnostic contains: sample.httpStatus is an HTTP status",
            "    return sample.httpStatus == IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  }",
            "}")
        .doTest();
  }

  /**
   * A code meeting a status's slot is one finding wherever the slot is: passed to a taker, and
   * given to a field that holds a status (here one named in the options).
   */
  @Test
  void codeGivenToAStatusField() {
    helper
        .setArgs("-XepOpt:IdentityErrorCode:HttpStatusSources=Recorder#lastStatus")
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Recorder {",
            "  int lastStatus;",
            "}",
            "class Client {",
            "  void record(Recorder recorder, LusidProblemDetails problem) {",
            "    recorder.lastStatus = problem.getStatus();",
            "    // BUG: Diagnostic contains: problem.getCode() is a LUSID Identity error code, not an"
                + " HTTP status",
            "    recorder.lastStatus = problem.getCode();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void suppressedByName() {
    helper
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  @SuppressWarnings(\"HttpStatusAsErrorCode\")",
            "  boolean missing(ApiException e) {",
            "    return e.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixReadsTheProblemDetailsCodeInsteadOfItsStatusWithoutUnboxingIt() {
    // The code may be null where the status is not: compared with an int, it is compared by
    // Objects.equals; compared null-safely already, only the getter changes.
    BugCheckerRefactoringTestHelper.newInstance(HttpStatusAsErrorCode.class, getClass())
        .addInputLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Objects;",
            "class Client {",
            "  boolean missing(LusidProblemDetails problem) {",
            "    return problem.getStatus() == IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  }",
            "  boolean other(LusidProblemDetails problem) {",
            "    return (problem.getStatus()) != IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  }",
            "  boolean taken(LusidProblemDetails problem) {",
            "    return Objects.equals(problem.getStatus(), IdentityErrorCodes.USER_ALREADY_EXISTS);",
            "  }",
            "}")
        .addOutputLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Objects;",
            "class Client {",
            "  boolean missing(LusidProblemDetails problem) {",
            "    return Objects.equals(problem.getCode(), IdentityErrorCodes.USER_DOES_NOT_EXIST);",
            "  }",
            "  boolean other(LusidProblemDetails problem) {",
            "    return !Objects.equals(problem.getCode(), IdentityErrorCodes.USER_DOES_NOT_EXIST);",
            "  }",
            "  boolean taken(LusidProblemDetails problem) {",
            "    return Objects.equals(problem.getCode(), IdentityErrorCodes.USER_ALREADY_EXISTS);",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void noFixWhereTheCodeWouldBeUnboxedOrDereferenced() {
    BugCheckerRefactoringTestHelper.newInstance(HttpStatusAsErrorCode.class, getClass())
        .addInputLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean compared(LusidProblemDetails problem) {",
            "    return Integer.compare(problem.getStatus(), IdentityErrorCodes.USER_DOES_NOT_EXIST) == 0;",
            "  }",
            "  boolean switched(LusidProblemDetails problem) {",
            "    switch (problem.getStatus()) {",
            "      case IdentityErrorCodes.USER_DOES_NOT_EXIST:",
            "        return true;",
            "      default:",
            "        return false;",
            "    }",
            "  }",
            "  boolean againstALong(LusidProblemDetails problem) {",
            "    return problem.getStatus() == (long) IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  }",
            "}")
        .expectUnchanged()
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void exceptionStatusGetsNoFix() {
    BugCheckerRefactoringTestHelper.newInstance(HttpStatusAsErrorCode.class, getClass())
        .addInputLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  boolean missing(ApiException e) {",
            "    return e.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "  }",
            "}")
        .expectUnchanged()
        .doTest();
  }

  @Test
  void statusAsOneResultOfAChoiceWhereACodeBelongs() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.UNKNOWN_ERROR;",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  static void take(@IdentityErrorCode int code) {}",
            "  void handle(ApiException e, LusidProblemDetails p, boolean b) {",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    take(b ? UNKNOWN_ERROR : e.getCode());",
            "    // BUG: Diagnostic contains: p.getStatus() is an HTTP status",
            "    take(p.getCode() != null ? p.getCode() : p.getStatus());",
            "    take(switch (e.getCode()) {",
            "      // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "      case 404 -> e.getCode();",
            "      default -> UNKNOWN_ERROR;",
            "    });",
            "    take(p.getCode() != null ? p.getCode() : UNKNOWN_ERROR);",
            "  }",
            "  @IdentityErrorCode",
            "  int codeOf(ApiException e) {",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    return e.getCode() == 0 ? UNKNOWN_ERROR : e.getCode();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void statusesInFallbacksAndGuardedComparisonsAreReported() {
    helper
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Objects;",
            "class Client {",
            "  static void take(@IdentityErrorCode int code) {}",
            "  void handle(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: p.getStatus() is an HTTP status",
            "    take(p.getCode() != null ? p.getCode() : p.getStatus());",
            "    // BUG: Diagnostic contains: p.getStatus() is an HTTP status",
            "    take(Objects.requireNonNullElse(p.getCode(), p.getStatus()));",
            "  }",
            "  boolean denied(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: p.getStatus() is an HTTP status",
            "    return p.getStatus() != null && p.getStatus() == IdentityErrorCodes.ACCESS_DENIED;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void noFixWhereTheCodeWouldBeNullWhereTheStatusWasNot() {
    // A ?: arm or a fallback would give the nullable code where the status was given (an NPE in
    // take(int)), and a null check of the status would no longer guard the code unboxed after it.
    BugCheckerRefactoringTestHelper.newInstance(HttpStatusAsErrorCode.class, getClass())
        .addInputLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Objects;",
            "class Client {",
            "  static void take(@IdentityErrorCode int code) {}",
            "  void handle(LusidProblemDetails p) {",
            "    take(p.getCode() != null ? p.getCode() : p.getStatus());",
            "    take(Objects.requireNonNullElse(p.getCode(), p.getStatus()));",
            "  }",
            "  boolean denied(LusidProblemDetails p) {",
            "    return p.getStatus() != null && p.getStatus() == IdentityErrorCodes.ACCESS_DENIED;",
            "  }",
            "}")
        .expectUnchanged()
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void aStatusATestAssertsToBeACodeReadsTheCode() {
    BugCheckerRefactoringTestHelper.newInstance(HttpStatusAsErrorCode.class, getClass())
        .addInputLines(
            "ClientTest.java",
            "import static dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "import static org.junit.jupiter.api.Assertions.assertEquals;",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class ClientTest {",
            "  void check(LusidProblemDetails p, ApiException e) {",
            "    assertEquals(USER_DOES_NOT_EXIST, p.getStatus());",
            "    assertEquals(USER_DOES_NOT_EXIST, e.getCode());",
            "    org.assertj.core.api.Assertions.assertThat(p.getStatus()).isEqualTo(USER_DOES_NOT_EXIST);",
            "  }",
            "}")
        .addOutputLines(
            "ClientTest.java",
            "import static dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "import static org.junit.jupiter.api.Assertions.assertEquals;",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class ClientTest {",
            "  void check(LusidProblemDetails p, ApiException e) {",
            "    assertEquals(USER_DOES_NOT_EXIST, p.getCode());",
            "    assertEquals(USER_DOES_NOT_EXIST, e.getCode());",
            "    org.assertj.core.api.Assertions.assertThat(p.getStatus()).isEqualTo(USER_DOES_NOT_EXIST);",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void theStatusesOfEveryFinbourneService() {
    helper
        .addSourceLines(
            "com/finbourne/lusid/model/LusidProblemDetails.java",
            "package com.finbourne.lusid.model;",
            "public class LusidProblemDetails {",
            "  public Integer getStatus() { return null; }",
            "  public Integer getCode() { return null; }",
            "}")
        .addSourceLines(
            "com/finbourne/lusid/ApiException.java",
            "package com.finbourne.lusid;",
            "public class ApiException extends Exception {",
            "  public int getCode() { return 0; }",
            "}")
        .addSourceLines(
            "com/finbourne/sdk/services/drive/model/LusidProblemDetails.java",
            "package com.finbourne.sdk.services.drive.model;",
            "public class LusidProblemDetails {",
            "  public Integer getStatus() { return null; }",
            "}")
        .addSourceLines(
            "com/acme/model/LusidProblemDetails.java",
            "package com.acme.model;",
            "public class LusidProblemDetails {",
            "  public Integer getStatus() { return null; }",
            "}")
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.ACCESS_DENIED;",
            "import static dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "class Client {",
            "  void check(",
            "      com.finbourne.lusid.model.LusidProblemDetails lusid,",
            "      com.finbourne.lusid.ApiException e,",
            "      com.finbourne.sdk.services.drive.model.LusidProblemDetails drive,",
            "      com.acme.model.LusidProblemDetails ours) {",
            "    // BUG: Diagnostic contains: another service (com.finbourne.lusid.model",
            "    if (lusid.getStatus() == USER_DOES_NOT_EXIST) {}",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    if (e.getCode() == USER_DOES_NOT_EXIST) {}",
            "    // BUG: Diagnostic contains: drive.getStatus() is an HTTP status",
            "    if (drive.getStatus() == ACCESS_DENIED) {}",
            "    if (lusid.getCode() == USER_DOES_NOT_EXIST) {}",
            "    if (lusid.getStatus() == 404) {}",
            "    if (ours.getStatus() == ACCESS_DENIED) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aStatusAsOneResultOfAChoiceComparedOrSwitchedOnWithACode() {
    helper
        .addSourceLines(
            "Client.java",
            "import static dev.identityerrors.IdentityErrorCodes.USER_DOES_NOT_EXIST;",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.Optional;",
            "class Client {",
            "  void check(LusidProblemDetails p, ApiException e, boolean b) {",
            "    // BUG: Diagnostic contains: p.getStatus() is an HTTP status",
            "    if ((p.getCode() != null ? p.getCode() : p.getStatus()) == USER_DOES_NOT_EXIST) {}",
            "    // BUG: Diagnostic contains: p.getStatus() is an HTTP status",
            "    switch (p.getCode() != null ? p.getCode() : p.getStatus()) {",
            "      case USER_DOES_NOT_EXIST: break;",
            "      default:",
            "    }",
            "    Optional<Integer> code = Optional.ofNullable(p.getCode());",
            "    // BUG: Diagnostic contains: p.getStatus() is an HTTP status",
            "    if (code.orElse(p.getStatus()) == USER_DOES_NOT_EXIST) {}",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    if (code.orElseGet(() -> e.getCode()) == USER_DOES_NOT_EXIST) {}",
            "    // One finding for a choice of statuses only: the choice.",
            "    // BUG: Diagnostic contains: (b ? p.getStatus() : e.getCode()) is an HTTP status",
            "    if ((b ? p.getStatus() : e.getCode()) == USER_DOES_NOT_EXIST) {}",
            "    if ((b ? p.getStatus() : e.getCode()) == 404) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void statusesTravelThroughHoldersAsCodesDo() {
    helper
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "import java.util.concurrent.atomic.AtomicInteger;",
            "import java.util.function.IntSupplier;",
            "class Client {",
            "  void check(ApiException e, LusidProblemDetails p) {",
            "    List<Integer> statuses = new ArrayList<>();",
            "    statuses.add(e.getCode());",
            "    // BUG: Diagnostic contains: statuses.get(0) is an HTTP status",
            "    if (statuses.get(0) == IdentityErrorCodes.USER_DOES_NOT_EXIST) {}",
            "    AtomicInteger last = new AtomicInteger(p.getStatus());",
            "    // BUG: Diagnostic contains: last.get() is an HTTP status",
            "    if (last.get() == IdentityErrorCodes.USER_DOES_NOT_EXIST) {}",
            "    IntSupplier status = () -> p.getStatus();",
            "    // BUG: Diagnostic contains: status.getAsInt() is an HTTP status",
            "    if (status.getAsInt() == IdentityErrorCodes.USER_DOES_NOT_EXIST) {}",
            "  }",
            "  void both(ApiException e, LusidProblemDetails p) {",
            "    List<Integer> mixed = new ArrayList<>();",
            "    mixed.add(e.getCode());",
            "    mixed.add(p.getCode());",
            "    if (mixed.get(0) == IdentityErrorCodes.USER_DOES_NOT_EXIST) {}",
            "    List<Integer> codes = new ArrayList<>();",
            "    codes.add(p.getCode());",
            "    if (codes.get(0) == IdentityErrorCodes.USER_DOES_NOT_EXIST) {}",
            "  }",
            "}")
        .doTest();
  }
}
