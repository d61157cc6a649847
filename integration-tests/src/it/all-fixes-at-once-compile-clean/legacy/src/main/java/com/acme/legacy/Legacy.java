package com.acme.legacy;

import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCode;
import dev.identityerrors.IdentityErrorCodes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Built with --release 11: each shape whose fix used to break the build or change what it does. */
public class Legacy {
  /** A typo beside the code it means: its fix would write one key twice (no fix). */
  static final Map<Integer, String> TITLES =
      Map.ofEntries(
          Map.entry(659, "name taken"),
          Map.entry(695, "name taken, again")); // expect: ERROR UnknownErrorCode

  final Map<Long, String> seen = new HashMap<>();

  /** A code and a status declared together: the annotation would make both codes (no fix). */
  public final int code, status; // expect: ERROR UnannotatedErrorCode

  public Legacy(LusidProblemDetails problem) {
    code = problem.getCode();
    status = problem.getStatus();
  }

  String title(LusidProblemDetails problem) {
    return TITLES.get(problem.getCode());
  }

  /** Chains of equals: the typo's fix would compare one thing twice (no fix). */
  boolean taken(@IdentityErrorCode Integer c) {
    return c.equals(659) || c.equals(695); // expect: ERROR UnknownErrorCode
  }

  boolean takenToo(@IdentityErrorCode Integer c) {
    return !(!Objects.equals(c, 659) && !Objects.equals(695, c)); // expect: ERROR UnknownErrorCode
  }

  /** The chain names the constant already: the literal's fix would repeat it (no fix). */
  boolean other(@IdentityErrorCode int x) {
    return x != IdentityErrorCodes.API_KEY_NOT_FOUND && x != 239; // expect: ERROR ErrorCodeLiteral
  }

  /** A var stays long: the map of Long keys still takes it. */
  void remember(LusidProblemDetails problem) {
    @IdentityErrorCode var last = 657L;
    seen.put(last, problem.getTitle());
  }

  /** The status in a ?: arm: the code would be null where the status was given (no fix). */
  int codeOrStatus(LusidProblemDetails problem) {
    @IdentityErrorCode
    int result =
        problem.getCode() != null
            ? problem.getCode()
            : problem.getStatus(); // expect: ERROR HttpStatusAsErrorCode
    return result;
  }

  /** The last case ran off the end: it gets a break, and the cases one label each (Java 11). */
  String describe(@IdentityErrorCode int code) {
    String text = "other";
    switch (code) {
      case IdentityErrorCodes.USER_DOES_NOT_EXIST:
        text = "no such user";
        break;
      case IdentityErrorCodes.USER_ALREADY_EXISTS:
        text = "taken";
    }
    return text;
  }
}
