package dev.identityerrors.checker.sdk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.List;
import javax.lang.model.element.Name;
import org.jspecify.annotations.Nullable;

/**
 * What the checks know of the LUSID Identity SDK ({@code com.finbourne:identity-sdk}, and the
 * combined SDK's {@code com.finbourne.sdk} flavour): the one place its class and member names live,
 * as NullAway keeps its library models. Everything else asks here.
 *
 * <p>Members are named {@code fully.qualified.Class#member}, constructors {@code Class#<init>}.
 */
public final class LusidSdk {
  private static final ImmutableList<String> FLAVOURS =
      ImmutableList.of("com.finbourne.identity", "com.finbourne.sdk");

  /** The problem details types, whose {@code getCode()} is a LUSID code. */
  public static final ImmutableSet<String> PROBLEM_DETAILS =
      ImmutableSet.of(
          "com.finbourne.identity.model.LusidProblemDetails",
          "com.finbourne.identity.model.LusidValidationProblemDetails",
          "com.finbourne.sdk.services.identity.model.LusidProblemDetails",
          "com.finbourne.sdk.services.identity.model.LusidValidationProblemDetails");

  /** The exception types, whose {@code getCode()} is an HTTP status (0 on a network failure). */
  public static final ImmutableSet<String> API_EXCEPTIONS = inEachFlavour("ApiException");

  /** What {@code executeWithHttpInfo()} returns: its {@code getStatusCode()} is an HTTP status. */
  public static final ImmutableSet<String> API_RESPONSES = inEachFlavour("ApiResponse");

  /** What {@code executeAsync} calls back, with an HTTP status ({@code int statusCode}). */
  public static final ImmutableSet<String> API_CALLBACKS = inEachFlavour("ApiCallback");

  /** The callback told of a failure: {@code (ApiException e, int statusCode, headers)}. */
  public static final String ON_FAILURE = "onFailure";

  /** The callback told of a success: {@code (T result, int statusCode, headers)}. */
  public static final String ON_SUCCESS = "onSuccess";

  /** The problem details' member holding the LUSID code. */
  public static final String CODE_GETTER = "getCode";

  /** The problem details' member holding the HTTP status. */
  public static final String STATUS_GETTER = "getStatus";

  /** The members ({@code Class#member}) that hold an Identity error code. */
  public static final ImmutableList<String> CODE_SOURCES = members(PROBLEM_DETAILS, CODE_GETTER);

  /** The members ({@code Class#member}) that hold an HTTP status. */
  public static final ImmutableList<String> HTTP_STATUS_SOURCES =
      concat(
          List.of(
              members(API_EXCEPTIONS, "getCode"),
              members(PROBLEM_DETAILS, STATUS_GETTER),
              members(API_RESPONSES, "getStatusCode")));

  /**
   * The methods and constructors whose {@code int} or {@code Integer} parameter takes an Identity
   * error code: the problem details' fluent and bean setters, which tests use to fake a failure.
   */
  public static final ImmutableList<String> CODE_TAKERS =
      concat(List.of(members(PROBLEM_DETAILS, "code"), members(PROBLEM_DETAILS, "setCode")));

  /**
   * The methods and constructors whose {@code int} or {@code Integer} parameter takes, or (in the
   * user's overrides) is handed, an HTTP status: the problem details' status setters, the
   * exception's and the response's constructors, and the callbacks of an asynchronous call.
   */
  public static final ImmutableList<String> HTTP_STATUS_TAKERS =
      concat(
          List.of(
              members(PROBLEM_DETAILS, "status"),
              members(PROBLEM_DETAILS, "setStatus"),
              members(API_EXCEPTIONS, "<init>"),
              members(API_RESPONSES, "<init>"),
              members(API_CALLBACKS, ON_FAILURE),
              members(API_CALLBACKS, ON_SUCCESS)));

  /** The root package of every FINBOURNE SDK: one per service, and the combined SDK. */
  private static final String FINBOURNE = "com.finbourne.";

  /** The package every service's models are in ({@code com.finbourne.lusid.model}). */
  private static final String MODEL_PACKAGE = ".model.";

  /**
   * Whether the member holds an HTTP status in the SDK of any FINBOURNE service, not only
   * Identity's: every service's problem details' {@code getStatus()}, exception's {@code getCode()}
   * and response's {@code getStatusCode()} ({@code com.finbourne.lusid.model.LusidProblemDetails},
   * {@code com.finbourne.sdk.services.drive.model.LusidProblemDetails}, {@code
   * com.finbourne.lusid.ApiException}). Each service's SDK is generated from one template, so the
   * names are the same in all of them and in those to come.
   */
  public static boolean holdsStatusInAnyService(String owner, String member) {
    if (!owner.startsWith(FINBOURNE)) {
      return false;
    }
    String simpleName = owner.substring(owner.lastIndexOf('.') + 1);
    return switch (member) {
      case STATUS_GETTER ->
          (simpleName.equals("LusidProblemDetails")
                  || simpleName.equals("LusidValidationProblemDetails"))
              && owner.contains(MODEL_PACKAGE);
      case "getCode" -> simpleName.equals("ApiException");
      case "getStatusCode" -> simpleName.equals("ApiResponse");
      default -> false;
    };
  }

  /**
   * Whether the type, named fully, is another FINBOURNE service's problem details (the main LUSID
   * API's, Drive's): its {@code getCode()} is a code of that service, not an Identity error code.
   */
  public static boolean isOtherServicesProblemDetails(CharSequence qualifiedTypeName) {
    String type = qualifiedTypeName.toString();
    return !isProblemDetails(type) && holdsStatusInAnyService(type, STATUS_GETTER);
  }

  /**
   * Whether the member holds a code of another FINBOURNE service, not an Identity error code: the
   * {@code getCode()} of that service's problem details ({@link #isOtherServicesProblemDetails}).
   */
  public static boolean holdsOtherServicesCode(String owner, String member) {
    return member.equals(CODE_GETTER) && isOtherServicesProblemDetails(owner);
  }

  /**
   * The main LUSID API's problem details in the same SDK as one of Identity's ({@code
   * com.finbourne.lusid.model.LusidProblemDetails} beside {@code
   * com.finbourne.identity.model.LusidProblemDetails}, the combined SDK's beside the combined
   * SDK's): the class that reads a failure of that API.
   */
  public static String mainLusidProblemDetailsBeside(CharSequence identityProblemDetails) {
    String type = identityProblemDetails.toString();
    int model = type.lastIndexOf(MODEL_PACKAGE);
    String service = type.substring(0, model);
    return service.substring(0, service.lastIndexOf('.') + 1)
        + "lusid"
        + MODEL_PACKAGE
        + "LusidProblemDetails";
  }

  /** Where the code of a failed call is, as a user writes it for the exception {@code e}. */
  public static String codeOfFailure(String exception) {
    return "LusidProblemDetails.fromJson(" + exception + ".getResponseBody()).getCode()";
  }

  /** Where the code of a failed call is, as a user writes it. */
  public static final String WHERE_THE_CODE_IS = codeOfFailure("e");

  private LusidSdk() {}

  /**
   * Whether an HTTP status can have the value: 0 (the SDK's status for a network failure, where no
   * response came) or up to 599.
   */
  public static boolean isHttpStatus(long value) {
    return value >= 0 && value <= 599;
  }

  /**
   * Whether a number reads as an HTTP status (100 to 599) where it is written: a catalogue code in
   * that range is taken for a status, one outside it ({@code 657} is, {@code 2153} is not) cannot
   * be one.
   */
  public static boolean readsAsHttpStatus(long value) {
    return value >= 100 && value <= 599;
  }

  /**
   * Where the code is, for an HTTP status read from the SDK: the problem details beside it ({@code
   * receiver} is the source of the expression the status was read from, or null), the exception's
   * body, or nowhere (a response or a success has none); for any other status, the SDK's types,
   * naming no variable ({@link #NO_CODE_IN_SIGHT}).
   */
  public static String whereTheCodeIs(@Nullable Symbol status, @Nullable String receiver) {
    if (status instanceof MethodSymbol method && method.owner != null) {
      Name owner = method.owner.getQualifiedName();
      if (isProblemDetails(owner) && receiver != null) {
        return "the code is " + receiver + "." + CODE_GETTER + "()";
      }
      if (isOtherServicesProblemDetails(owner)) {
        return "these are the problem details of another service ("
            + owner
            + "), whose codes are not Identity error codes: compare its own codes, or read"
            + " Identity's failures from Identity's problem details";
      }
      if (isApiException(owner) && receiver != null) {
        return "the code is in the problem details: " + codeOfFailure(receiver);
      }
      if (isApiResponse(owner)) {
        return "a response carries no error code: a failed call throws ApiException, whose"
            + " problem details have it: "
            + WHERE_THE_CODE_IS;
      }
    }
    if (status instanceof VarSymbol parameter
        && parameter.owner instanceof MethodSymbol callback
        && callback.getParameters().size() == 3) {
      if (callback.getSimpleName().contentEquals(ON_FAILURE)) {
        String exception = callback.getParameters().get(0).getSimpleName().toString();
        return "the code is in the problem details of "
            + exception
            + ": "
            + codeOfFailure(exception);
      }
      if (callback.getSimpleName().contentEquals(ON_SUCCESS)) {
        return "a call that succeeded has no error code";
      }
    }
    return NO_CODE_IN_SIGHT;
  }

  /**
   * Where the code is when nothing in scope is known to hold it: named by the SDK's types, not by a
   * variable the user's code may not have.
   */
  public static final String NO_CODE_IN_SIGHT =
      "the code is the failure's problem details' getCode() (LusidProblemDetails.fromJson of the"
          + " ApiException's response body)";

  /** Whether the type, named fully, is one of the SDK's problem details. */
  public static boolean isProblemDetails(CharSequence qualifiedTypeName) {
    return PROBLEM_DETAILS.contains(qualifiedTypeName.toString());
  }

  /** Whether the type, named fully, is one of the SDK's exceptions. */
  public static boolean isApiException(CharSequence qualifiedTypeName) {
    return API_EXCEPTIONS.contains(qualifiedTypeName.toString());
  }

  /** Whether the type, named fully, is one of the SDK's responses. */
  public static boolean isApiResponse(CharSequence qualifiedTypeName) {
    return API_RESPONSES.contains(qualifiedTypeName.toString());
  }

  private static ImmutableSet<String> inEachFlavour(String simpleName) {
    return FLAVOURS.stream()
        .map(flavour -> flavour + "." + simpleName)
        .collect(ImmutableSet.toImmutableSet());
  }

  private static ImmutableList<String> members(ImmutableSet<String> types, String member) {
    return types.stream().map(type -> type + "#" + member).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<String> concat(List<ImmutableList<String>> lists) {
    return lists.stream().flatMap(ImmutableList::stream).collect(ImmutableList.toImmutableList());
  }
}
