package dev.identityerrors.checker;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.MethodInvocationTree;
import javax.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The crash guard every check shares: what a check throws (an unexpected tree shape, an Error Prone
 * release whose API differs) is "no finding", never an aborted compilation; with {@code
 * RethrowInternalErrors} it is let through, as the robustness runs want.
 */
class CrashGuardTest {
  /** A check that throws what the called method's name says, behind the shared guard. */
  @BugPattern(summary = "Throws on purpose", severity = ERROR)
  public static final class Throwing extends IdentityErrorsChecker
      implements MethodInvocationTreeMatcher {
    private static final long serialVersionUID = 1L;

    @Inject
    public Throwing(ErrorProneFlags flags) {
      super(flags);
    }

    @Override
    public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
      return judgeSafely(
          tree,
          state,
          (call, facts, catalogue, s) -> {
            String name = ASTHelpers.getSymbol(call).getSimpleName().toString();
            if (name.equals("linkage")) {
              throw new NoSuchMethodError("an API of another Error Prone release");
            }
            if (name.equals("shape")) {
              throw new IllegalStateException("an unexpected tree shape");
            }
            return describeMatch(call);
          });
    }
  }

  private static CompilationTestHelper compiling(String... args) {
    return CompilationTestHelper.newInstance(Throwing.class, CrashGuardTest.class)
        .setArgs(args)
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  void linkage() {}",
            "  void shape() {}",
            "  void other() {}",
            "  void run(@IdentityErrorCode int code) {",
            "    linkage();",
            "    shape();",
            "    // BUG: Diagnostic contains: Throws on purpose",
            "    other();",
            "  }",
            "}");
  }

  @Test
  void whatACheckThrowsIsNoFinding() {
    compiling().doTest();
  }

  @Test
  void aLinkageErrorIsLetThroughWhenAsked() {
    // Error Prone turns what escapes a check into an error diagnostic with the stack trace: the
    // compilation fails.
    AssertionError thrown =
        assertThrows(
            AssertionError.class,
            () ->
                compiling("-XepOpt:IdentityErrorCode:RethrowInternalErrors=true")
                    .addSourceLines("Later.java", "class Later {}")
                    .doTest());
    assertTrue(
        thrown.getMessage().contains("java.lang.NoSuchMethodError: an API of another Error Prone"),
        thrown.getMessage());
  }
}
