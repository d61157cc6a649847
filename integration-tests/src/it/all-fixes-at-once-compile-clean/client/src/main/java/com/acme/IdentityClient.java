package com.acme;

import static dev.identityerrors.IdentityErrorCodes.*;

import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCode;
import java.util.List;
import java.util.Objects;

/** Every kind of source that patch mode used to break or change the meaning of. */
public class IdentityClient {
  /** Shadows the catalogue's ACCESS_DENIED (186), which the static import brings. */
  static final int ACCESS_DENIED = 403;

  @IdentityErrorCode Long last = 657L;

  /** A typo label and missing categories: two fixes on one switch. */
  String describe(LusidProblemDetails problem) {
    String text = "";
    switch (problem.getCode()) {
      case ROLE_DOES_NOT_EXIST:
        text = "no such role";
        break;
      case 2135:
        text = "log in again";
        break;
    }
    return text;
  }

  /** A literal code next to a field that shadows the constant's simple name. */
  boolean denied(LusidProblemDetails problem) {
    return problem.getCode() == 186;
  }

  /** Long codes: boxing and equals depend on the constant's type. */
  boolean sameAsLast(@IdentityErrorCode Long code) {
    return Objects.equals(code, 658L) || code.equals(last);
  }

  /** Every case leaves: the codes without a case reach the loop's end, a chosen default. */
  int countOthers(List<LusidProblemDetails> problems) {
    int others = 0;
    for (LusidProblemDetails problem : problems) {
      switch (problem.getCode()) {
        case USER_DOES_NOT_EXIST:
          continue;
        case API_KEY_NOT_FOUND:
          throw new IllegalStateException("no key");
      }
      others++;
    }
    return others;
  }

  /** The status where the code belongs: fixed to the code. */
  boolean missing(LusidProblemDetails problem) {
    return problem.getStatus() == USER_DOES_NOT_EXIST;
  }
}
