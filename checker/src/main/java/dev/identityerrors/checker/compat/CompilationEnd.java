package dev.identityerrors.checker.compat;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.MultiTaskListener;
import com.sun.tools.javac.util.Context;

/**
 * Work a compilation does once it has finished (a baseline updated, a report written): after every
 * check has run on every file, whatever the compile policy.
 */
public final class CompilationEnd {
  private CompilationEnd() {}

  /** Runs the work when this compilation finishes. */
  public static void whenFinished(Context context, Runnable work) {
    MultiTaskListener.instance(context)
        .add(
            new TaskListener() {
              @Override
              public void finished(TaskEvent event) {
                if (event.getKind() == TaskEvent.Kind.COMPILATION) {
                  work.run();
                }
              }
            });
  }
}
