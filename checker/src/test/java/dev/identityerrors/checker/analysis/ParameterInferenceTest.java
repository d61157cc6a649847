package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/** A parameter that only this file can pass, and that is always passed a code, is a code. */
class ParameterInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());

  @Test
  void privateMethodAlwaysPassedACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "class Client {",
            "  void handle(LusidProblemDetails p) {",
            "    react(p.getCode());",
            "    react(IdentityErrorCodes.UNKNOWN_ERROR);",
            "  }",
            "  private void react(int code) {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    if (code == 2135) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void methodOfALocalClassAlwaysPassedACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  void handle(LusidProblemDetails p) {",
            "    class Reaction {",
            "      void to(int code) {",
            "        // BUG: Diagnostic contains: 2135 is not",
            "        if (code == 2135) {}",
            "      }",
            "    }",
            "    new Reaction().to(p.getCode());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void parameterOthersMayPassIsNotACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.function.IntConsumer;",
            "class Client {",
            "  void handle(LusidProblemDetails p) {",
            "    open(p.getCode());",
            "    mixed(p.getCode());",
            "    mixed(p.getStatus());",
            "    joined(p.getCode());",
            "    // BUG: Diagnostic contains: 404 is not a LUSID Identity error code",
            "    joined(404);",
            "    referred(p.getCode());",
            "    IntConsumer consumer = this::referred;",
            "  }",
            "  void open(int code) { if (code == 2135) {} }",
            "  private void mixed(int code) { if (code == 2135) {} }",
            "  // BUG: Diagnostic contains: 2136 is not a LUSID Identity error code",
            "  private void joined(int code) { if (code == 2136) {} }",
            "  private void referred(int code) { if (code == 2135) {} }",
            "  private void neverCalled(int code) { if (code == 2135) {} }",
            "}")
        .doTest();
  }

  /**
   * A method referred to ({@code this::page}) is called with what its function type passes: its
   * parameter is a code where the function's is annotated, as a lambda's is. An unbound reference
   * is passed its receiver first; a method also referred to for a function of plain ints is not.
   */
  @Test
  void methodReferenceForAnAnnotatedParameter() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.function.IntFunction;",
            "class Client {",
            "  interface Pager {",
            "    String page(@IdentityErrorCode int code);",
            "  }",
            "  interface Handler {",
            "    String handle(Client client, @IdentityErrorCode int code);",
            "  }",
            "  String run(LusidProblemDetails p) {",
            "    Pager pager = this::page;",
            "    Pager statics = Client::described;",
            "    Handler handler = Client::handled;",
            "    Pager either = Client::either;",
            "    IntFunction<String> plain = Client::either;",
            "    return pager.page(p.getCode()) + statics.page(p.getCode())",
            "        + handler.handle(this, p.getCode()) + either.page(p.getCode());",
            "  }",
            "  private String page(int code) {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    return code == 2135 ? \"retry\" : \"fail\";",
            "  }",
            "  private static String described(int code) {",
            "    // BUG: Diagnostic contains: 6588 is not",
            "    return code == 6588 ? \"gone\" : \"other\";",
            "  }",
            "  private String handled(int code) {",
            "    // BUG: Diagnostic contains: 695 is not",
            "    return code == 695 ? \"key\" : \"other\";",
            "  }",
            "  private static String either(int code) {",
            "    return code == 404 ? \"missing\" : \"other\";",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void overridingMethodOfAnAnonymousClassIsNotACode() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.function.IntPredicate;",
            "class Client {",
            "  void handle(LusidProblemDetails p) {",
            "    IntPredicate expired = new IntPredicate() {",
            "      @Override public boolean test(int value) { return value == 2135; }",
            "    };",
            "    expired.test(p.getCode());",
            "  }",
            "}")
        .doTest();
  }
}
