package snippets;

import dev.identityerrors.IdentityErrorCode;

/** docs/checks/ErrorCodeAnnotationMisuse.md, compiled with every check by DocsExamplesTest. */
class ErrorCodeAnnotationMisuseExamples {
  static class Bad {
    @IdentityErrorCode String lastFailure;          // [ErrorCodeAnnotationMisuse] on String
    @IdentityErrorCode void record(int code) { }    // [ErrorCodeAnnotationMisuse] on the return type void
  }

  static class Good {
    @IdentityErrorCode int lastFailure;
    void record(@IdentityErrorCode int code) { }
    void recordAll(@IdentityErrorCode int... codes) { }   // varargs: each argument is a code
    @interface RetryOn { @IdentityErrorCode int[] value(); }   // each value is a code
  }
}
