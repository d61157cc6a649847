package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Holders of codes: streams of codes are followed as optionals of codes are, and a local that holds
 * an optional or a stream of codes is one too. Their lambdas' parameters, and what they give back,
 * are codes.
 */
class HolderInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());

  @Test
  void streamsOfCodes() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.List;",
            "import java.util.stream.IntStream;",
            "import java.util.stream.Stream;",
            "class Client {",
            "  record Failure(@IdentityErrorCode int code) {}",
            "  private static int codeOf(LusidProblemDetails p) { return p.getCode(); }",
            "  void handle(List<LusidProblemDetails> problems, List<Failure> failures,",
            "      LusidProblemDetails one) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    problems.stream().map(LusidProblemDetails::getCode).filter(c -> c == 695).count();",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    failures.stream().mapToInt(Failure::code).anyMatch(c -> c == 6577);",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    Stream.of(one.getCode()).sorted().forEach(c -> { if (c == 2135) {} });",
            "    // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "    problems.stream().map(Client::codeOf).distinct().noneMatch(c -> c.equals(15));",
            "    // BUG: Diagnostic contains: 7 is not a LUSID Identity error code",
            "    if (problems.stream().map(p -> p.getCode()).findFirst().get() == 7) {}",
            "    problems.stream().map(p -> p.getCode() + 1).filter(c -> c == 695).count();",
            "    IntStream.range(0, 10).filter(i -> i == 695).count();",
            "    Stream.of(one.getCode(), 80).filter(c -> c == 695).count();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void holdersKeptInLocals() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.Optional;",
            "import java.util.OptionalInt;",
            "import java.util.stream.IntStream;",
            "class Client {",
            "  void handle(LusidProblemDetails p, boolean b) {",
            "    Optional<Integer> code = Optional.ofNullable(p.getCode());",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    if (code.get() == 695) {}",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    code.map(c -> c == 6577);",
            "    Optional<Integer> again = code.filter(c -> c > 0);",
            "    if (b) {",
            "      again = Optional.empty();",
            "    }",
            "    again = again.filter(c -> c < 9999);",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    again.ifPresent(c -> { if (c == 2135) {} });",
            "    IntStream codes = IntStream.of(p.getCode());",
            "    // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "    codes.anyMatch(c -> c == 15);",
            "    Optional<Integer> port = Optional.of(8080);",
            "    if (port.get() == 695) {}",
            "    OptionalInt mixed = b ? OptionalInt.of(p.getCode()) : OptionalInt.of(8080);",
            "    if (mixed.getAsInt() == 695) {}",
            "  }",
            "}")
        .doTest();
  }
}
