package dev.identityerrors.checker.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.UnknownErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * The gate before any analysis: a compilation is judged as soon as it has met anything that gives
 * or takes a code or a status, however it met it; one that has met nothing is not analysed. Each
 * test here has a code reach a comparison by one way the gate must see.
 */
class SourcesInSightTest {
  /** A unit judged first, which names nothing of the SDK nor the annotation: the second does. */
  private static final String[] FIRST_UNIT = {
    "class First {",
    "  boolean missing(Object failure) {",
    "    int code = Second.codeOf(failure);",
    "    // BUG: Diagnostic contains: 2135 is not",
    "    return code == 2135;",
    "  }",
    "}"
  };

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());

  @Test
  void quietWhereNothingGivesACode() {
    helper
        .addSourceLines(
            "Plain.java",
            "class Plain {",
            "  int last;",
            "  int code() { return last; }",
            "  boolean failed() { return code() == 2135 || last == 404; }",
            "}")
        .doTest();
  }

  @Test
  void annotatedMethodOfAClassFile() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.checker.analysis.CompiledLibrary;",
            "class Client {",
            "  boolean missing(Object failure) {",
            "    int code = CompiledLibrary.codeOf(failure);",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    return code == 2135;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void annotatedParameterOfAClassFile() {
    helper
        .addSourceLines(
            "Client.java",
            "class Client {",
            "  void retry() {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    dev.identityerrors.checker.analysis.CompiledLibrary.retry(2135);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void overrideOfAnAnnotatedMethodOfAClassFile() {
    helper
        .addSourceLines(
            "Missing.java",
            "import dev.identityerrors.checker.analysis.CompiledLibrary;",
            "class Missing extends CompiledLibrary.Failure {",
            "  @Override",
            "  public int code() {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    return 2135;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void recordPatternOverAClassFileRecord() {
    helper
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.checker.analysis.CompiledLibrary.Coded;",
            "class Client {",
            "  boolean missing(Object failure) {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    return failure instanceof Coded(int code, String message) && code == 2135;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void annotationInALaterUnitOfTheCompilation() {
    helper
        .addSourceLines("First.java", FIRST_UNIT)
        .addSourceLines(
            "Second.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Second {",
            "  @IdentityErrorCode",
            "  static int codeOf(Object failure) {",
            "    return -1;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void sdkClassMetInALaterUnitOfTheCompilation() {
    helper
        .addSourceLines("First.java", FIRST_UNIT)
        .addSourceLines(
            "Second.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Second {",
            "  static int codeOf(Object failure) {",
            "    return ((LusidProblemDetails) failure).getCode();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void codeSourceOfTheOptionsInANestedClass() {
    helper
        .setArgs("-XepOpt:IdentityErrorCode:CodeSources=com.acme.Gateway.Failure#code")
        .addSourceLines(
            "Gateway.java",
            "package com.acme;",
            "public class Gateway {",
            "  public static class Failure {",
            "    public int code() { return -1; }",
            "  }",
            "}")
        .addSourceLines(
            "Client.java",
            "import com.acme.Gateway;",
            "class Client {",
            "  boolean missing(Gateway.Failure failure) {",
            "    // BUG: Diagnostic contains: 2135 is not",
            "    return failure.code() == 2135;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flatNamesOfANameInSourceForm() {
    assertEquals(
        List.of(
            "com.acme.Outer.Inner",
            "com.acme.Outer$Inner",
            "com.acme$Outer$Inner",
            "com$acme$Outer$Inner"),
        SourcesInSight.possibleFlatNames("com.acme.Outer.Inner"));
  }
}
