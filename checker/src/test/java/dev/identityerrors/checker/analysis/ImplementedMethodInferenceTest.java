package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Lambdas and classes implementing a method whose parameter or return is annotated: the lambda's
 * parameter and an override's parameter hold codes, and what a lambda gives back meets a code.
 */
class ImplementedMethodInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());

  @Test
  void parametersOfLambdasAndOverrides() {
    unknown
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  interface FailureListener {",
            "    void on(String login, @IdentityErrorCode int code);",
            "  }",
            "  interface Plain {",
            "    void on(String login, int port);",
            "  }",
            "  static class Logging implements FailureListener {",
            "    @Override",
            "    public void on(String login, int code) {",
            "      // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "      if (code == 695) {}",
            "    }",
            "  }",
            "  void listen() {",
            "    FailureListener lambda = (login, code) -> {",
            "      // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "      if (code == 6577) {}",
            "    };",
            "    FailureListener typed = (String login, int code) -> {",
            "      // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "      if (code == 2135) {}",
            "    };",
            "    FailureListener anonymous = new FailureListener() {",
            "      @Override",
            "      public void on(String login, int code) {",
            "        // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "        if (code == 15) {}",
            "      }",
            "    };",
            "    Plain plain = (login, port) -> {",
            "      if (port == 8080) {}",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void resultsOfLambdasImplementingAnAnnotatedMethod() {
    unknown
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.function.IntSupplier;",
            "class Client {",
            "  interface HasCode {",
            "    @IdentityErrorCode",
            "    int code();",
            "  }",
            "  void make(boolean b) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    HasCode expression = () -> 695;",
            "    HasCode block = () -> {",
            "      if (b) {",
            "        // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "        return 6577;",
            "      }",
            "      return 657;",
            "    };",
            "    IntSupplier other = () -> 695;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void genericHelpersAssignmentValuesVarargsAndShortConstants() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.Iterator;",
            "class Client {",
            "  static final short SHORT_TYPO = 695;",
            "  private static <T> T firstNonNull(T a, T b) { return a != null ? a : b; }",
            "  private static <T> T same(T value) { return value; }",
            "  void handle(LusidProblemDetails p, LusidProblemDetails q, Iterator<LusidProblemDetails> next) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    if (firstNonNull(p.getCode(), q.getCode()) == 695) {}",
            "    Integer code;",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    if ((code = next.next().getCode()) == 6577) {}",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    if (p.getCode() == SHORT_TYPO) {}",
            "    String name = same(\"x\");",
            "  }",
            "  void each(@IdentityErrorCode int... codes) {",
            "    for (int c : codes) {",
            "      // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "      if (c == 2135) {}",
            "    }",
            "    // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "    if (codes[0] == 15) {}",
            "  }",
            "  void ports(int... ports) {",
            "    for (int port : ports) {",
            "      if (port == 8080) {}",
            "    }",
            "    if (ports[0] == 8080) {}",
            "  }",
            "}")
        .doTest();
  }
}
