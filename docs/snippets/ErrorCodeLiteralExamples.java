package snippets;

import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCodes;
import java.util.Optional;

/** docs/checks/ErrorCodeLiteral.md, compiled with every check by DocsExamplesTest. */
class ErrorCodeLiteralExamples {
  static RuntimeException failure(LusidProblemDetails problem) {
    return new IllegalStateException(problem.getTitle());
  }

  Optional<String> bad(LusidProblemDetails problem) {
    switch (problem.getCode()) {
      case 657:          // [ErrorCodeLiteral] use IdentityErrorCodes.USER_DOES_NOT_EXIST instead of 657
        return Optional.empty();
      default:
        throw failure(problem);
    }
  }

  Optional<String> good(LusidProblemDetails problem) {
    switch (problem.getCode()) {
      case IdentityErrorCodes.USER_DOES_NOT_EXIST:
        return Optional.empty();
      default:
        throw failure(problem);
    }
  }
}
