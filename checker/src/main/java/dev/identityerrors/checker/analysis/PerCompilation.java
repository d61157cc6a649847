package dev.identityerrors.checker.analysis;

import com.google.errorprone.VisitorState;
import com.sun.tools.javac.util.Context;
import java.util.function.Function;

/**
 * A value computed once per compilation (javac {@link Context}) and then read at the cost of one
 * identity comparison. Error Prone's {@code VisitorState.memoize} does the same job but locks and
 * copies the state on every read, which the checks do for every tree they see.
 */
public final class PerCompilation<T> {
  private record Entry<T>(Context context, T value) {}

  private final Function<VisitorState, T> compute;
  private volatile Entry<T> entry;

  public PerCompilation(Function<VisitorState, T> compute) {
    this.compute = compute;
  }

  public T get(VisitorState state) {
    Entry<T> current = entry;
    if (current == null || current.context() != state.context) {
      current = new Entry<>(state.context, compute.apply(state));
      entry = current;
    }
    return current.value();
  }
}
