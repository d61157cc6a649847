package dev.identityerrors.checker.compat;

import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.DiagnosticSource;
import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.Log;

/**
 * Diagnostics that belong to no tree, written to javac's log after the checks have run (when the
 * compilation finishes). They use javac's own "{0}" messages (those of an annotation processor's
 * {@code Messager}): the typed keys of {@code CompilerProperties} are in a package Error Prone's
 * JVM options do not export, and the string-keyed factory is the same from JDK 17 to 25.
 */
public final class JavacLog {
  private static final String PLAIN_MESSAGE = "proc.messager";

  private JavacLog() {}

  /** A note: never fails a build, not even with {@code -Werror}. */
  public static void note(Context context, String message) {
    JCDiagnostic.Factory factory = JCDiagnostic.Factory.instance(context);
    Log.instance(context)
        .report(factory.note(DiagnosticSource.NO_SOURCE, null, PLAIN_MESSAGE, message));
  }

  /** An error: the compilation fails. */
  public static void error(Context context, String message) {
    JCDiagnostic.Factory factory = JCDiagnostic.Factory.instance(context);
    Log.instance(context)
        .report(factory.error(null, DiagnosticSource.NO_SOURCE, null, PLAIN_MESSAGE, message));
  }

  /** How many errors the compilation has reported so far, from javac and every check. */
  public static int errorCount(Context context) {
    return Log.instance(context).nerrors;
  }
}
