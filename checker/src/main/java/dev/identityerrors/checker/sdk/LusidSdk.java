package dev.identityerrors.checker.sdk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * What the checks know of the LUSID Identity SDK ({@code com.finbourne:identity-sdk} and the
 * combined {@code com.finbourne.sdk} flavour): the one place its class and member names live, as
 * NullAway keeps its library models. Everything else asks here.
 */
public final class LusidSdk {
  /** The problem details types, whose {@code getCode()} is a LUSID code. */
  public static final ImmutableSet<String> PROBLEM_DETAILS =
      ImmutableSet.of(
          "com.finbourne.identity.model.LusidProblemDetails",
          "com.finbourne.identity.model.LusidValidationProblemDetails",
          "com.finbourne.sdk.services.identity.model.LusidProblemDetails",
          "com.finbourne.sdk.services.identity.model.LusidValidationProblemDetails");

  /** The exception types, whose {@code getCode()} is an HTTP status (0 on a network failure). */
  public static final ImmutableSet<String> API_EXCEPTIONS =
      ImmutableSet.of("com.finbourne.identity.ApiException", "com.finbourne.sdk.ApiException");

  /** The problem details' member holding the LUSID code. */
  public static final String CODE_GETTER = "getCode";

  /** The problem details' member holding the HTTP status. */
  public static final String STATUS_GETTER = "getStatus";

  /** The members ({@code Class#member}) that hold an Identity error code. */
  public static final ImmutableList<String> CODE_SOURCES =
      PROBLEM_DETAILS.stream()
          .map(type -> type + "#" + CODE_GETTER)
          .collect(ImmutableList.toImmutableList());

  /** The members ({@code Class#member}) that hold an HTTP status. */
  public static final ImmutableList<String> HTTP_STATUS_SOURCES =
      ImmutableList.<String>builder()
          .addAll(API_EXCEPTIONS.stream().map(type -> type + "#getCode").iterator())
          .addAll(PROBLEM_DETAILS.stream().map(type -> type + "#" + STATUS_GETTER).iterator())
          .build();

  /** Where the code of a failed call really is, as a user writes it. */
  public static final String WHERE_THE_CODE_IS =
      "LusidProblemDetails.fromJson(e.getResponseBody()).getCode()";

  private LusidSdk() {}

  /** Whether the type, named fully, is one of the SDK's problem details. */
  public static boolean isProblemDetails(CharSequence qualifiedTypeName) {
    return PROBLEM_DETAILS.contains(qualifiedTypeName.toString());
  }
}
