package snippets;

import com.finbourne.identity.ApiException;
import com.finbourne.identity.model.LusidProblemDetails;
import dev.identityerrors.IdentityErrorCodes;
import dev.identityerrors.IdentityErrorCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/** docs/checks/UnknownErrorCode.md, compiled with every check by DocsExamplesTest. */
class UnknownErrorCodeExamples {
  void rename() {}

  private static final Set<Integer> RETRYABLE =
      Set.of(IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN, 2135);   // [UnknownErrorCode] did you mean 2153

  boolean retry(LusidProblemDetails problem) {
    return RETRYABLE.contains(problem.getCode());
  }

  void bad(ApiException e) throws IOException {
    LusidProblemDetails problem = LusidProblemDetails.fromJson(e.getResponseBody());
    if (problem.getCode() == 695) {   // [UnknownErrorCode] did you mean 659 (API_KEY_DISPLAY_NAME_ALREADY_IN_USE)?
      rename();
    }
  }

  void good(LusidProblemDetails problem) {
    if (problem.getCode() == IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE) { rename(); }
  }

  void fallbacks(LusidProblemDetails p) {
    if ((p.getCode() != null ? p.getCode() : 0) == IdentityErrorCodes.USER_DOES_NOT_EXIST) { }   // [UnknownErrorCode] 0 is not a LUSID Identity error code
    switch (Objects.requireNonNullElse(p.getCode(), 6577)) {   // [UnknownErrorCode] 6577 is not a LUSID Identity error code
      case IdentityErrorCodes.USER_DOES_NOT_EXIST -> rename();
      default -> { }
    }
  }

  private final List<Integer> recent = new ArrayList<>();

  void positions(LusidProblemDetails problem) {
    if (!recent.contains(problem.getCode())) {
      recent.add(0, problem.getCode());                 // fine: 0 is a position
    }
    if (recent.size() > 100) {
      recent.remove(100);                               // fine: 100 is a position
    }
    recent.add(1, 2135);                                // [UnknownErrorCode] did you mean 2153
  }

  void streams(List<LusidProblemDetails> problems) {
    problems.stream().map(LusidProblemDetails::getCode).anyMatch(c -> c == 695);   // [UnknownErrorCode] did you mean 659
    Optional<Integer> code = Optional.ofNullable(problems.get(0).getCode());
    if (code.get() == 2135) { }                         // [UnknownErrorCode] did you mean 2153
  }

  private final Map<String, Integer> lastCode = new HashMap<>();

  void maps(String login, LusidProblemDetails problem) {
    lastCode.put(login, problem.getCode());
    if (lastCode.get(login) == 695) { }                 // [UnknownErrorCode] did you mean 659
  }

  interface FailureListener {
    void on(String login, @IdentityErrorCode int code);
  }

  interface HasCode {
    @IdentityErrorCode
    int code();
  }

  abstract static class IdentityFailure {
    IdentityFailure(@IdentityErrorCode int code) { }
  }

  void lambdas() {
    FailureListener listener = (login, code) -> {
      if (code == 695) { rename(); }                    // [UnknownErrorCode] did you mean 659
    };
    HasCode missing = () -> 6577;                       // [UnknownErrorCode] 6577 is not a LUSID Identity error code
    new IdentityFailure(695) { };                       // [UnknownErrorCode] did you mean 659
  }

  boolean noFixHere(LusidProblemDetails problem) {
    int c = problem.getCode();
    return c == IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN || c == 2135;   // [UnknownErrorCode] did you mean 2153
  }

  enum Operation { CREATE, DELETE }

  static final class Box<T> {
    private final T value;
    Box(T value) { this.value = value; }
    T get() { return value; }
  }

  void holders(LusidProblemDetails problem, CompletableFuture<String> call) throws Exception {
    TreeSet<Integer> retry = new TreeSet<>();
    retry.add(problem.getCode());
    if (retry.first() == 695) { }                       // [UnknownErrorCode] did you mean 659
    Map<Operation, Integer> byOperation = new EnumMap<>(Operation.class);
    byOperation.put(Operation.DELETE, problem.getCode());
    if (byOperation.get(Operation.DELETE) == 6577) { }  // [UnknownErrorCode] 6577 is not a LUSID Identity error code
    Box<Integer> box = new Box<>(problem.getCode());
    if (box.get() == 2135) { }                          // [UnknownErrorCode] did you mean 2153
    CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> problem.getCode());
    code.thenAccept(c -> { if (c == 695) { rename(); } });   // [UnknownErrorCode] did you mean 659
    Number last = problem.getCode();
    if (last.equals(2135)) { }                          // [UnknownErrorCode] did you mean 2153
    IntSupplier latest = () -> problem.getCode();
    if (latest.getAsInt() == 695) { }                   // [UnknownErrorCode] did you mean 659
  }

  Map<Boolean, List<Integer>> functions(LusidProblemDetails problem, List<Rejected> rejected) {
    IntPredicate retryable = c -> c == 695;             // [UnknownErrorCode] did you mean 659
    if (retryable.test(problem.getCode())) { rename(); }
    return rejected.stream().map(Rejected::code)
        .collect(Collectors.partitioningBy(c -> c == 2135));   // [UnknownErrorCode] did you mean 2153
  }

  private final TreeMap<String, Integer> lastByLogin = new TreeMap<>();
  private final Map<String, List<Integer>> byLogin = new HashMap<>();

  boolean holdersOfHolders(String login, LusidProblemDetails problem) {
    lastByLogin.put(login, problem.getCode());
    byLogin.computeIfAbsent(login, l -> new ArrayList<>()).add(problem.getCode());
    for (Map.Entry<String, Integer> last : lastByLogin.entrySet()) {
      if (last.getValue() == 695) { rename(); }         // [UnknownErrorCode] did you mean 659
    }
    return lastByLogin.firstEntry().getValue() == 2135  // [UnknownErrorCode] did you mean 2153
        || byLogin.get(login).contains(6577);           // [UnknownErrorCode] 6577 is not a LUSID Identity error code
  }

  void choices(Map<String, Integer> seen, String login, LusidProblemDetails problem,
      CompletableFuture<String> call) {
    seen.put(login, problem.getCode() == null ? 7 : problem.getCode());   // [UnknownErrorCode] 7 is not a LUSID Identity error code
    call.handle((r, err) -> err != null ? problem.getCode() : -2);   // [UnknownErrorCode] -2 is not a LUSID Identity error code
  }

  record Rejected(@IdentityErrorCode int code, String login) {}

  void deny(@IdentityErrorCode int code, String message) {}

  long elements(List<Rejected> rejected) {
    Map<Integer, String> messages = Map.of(IdentityErrorCodes.USER_DOES_NOT_EXIST, "no such user", 2145, "bad token");   // [UnknownErrorCode] did you mean 2154
    messages.forEach((code, message) -> deny(code, message));
    Map<Integer, Long> byCode =
        rejected.stream().collect(Collectors.groupingBy(Rejected::code, Collectors.counting()));
    return byCode.getOrDefault(695, 0L);                // [UnknownErrorCode] did you mean 659
  }
}
