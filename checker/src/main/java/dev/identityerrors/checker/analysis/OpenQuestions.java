package dev.identityerrors.checker.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one cycle policy of an inference: its questions (is this symbol a code, is this collection
 * one of codes, what does this slot of a holder hold, ...) ask each other, in cycles too ({@code a
 * = b; b = a;}, two collections compared element by element). A question asked again while it is
 * under way is assumed: its asker is told {@link Held#ASSUMED} (a yes-or-no asker reads it as no),
 * and the assumption is remembered. An answer is kept for the compilation only when it rests on no
 * assumption about a question begun before it: it is then what asking it first gives, so that the
 * order in which a unit's members are judged cannot change a finding. Any other answer is handed to
 * its asker and forgotten, as is one cut short by depth.
 *
 * <p>As Error Prone's dataflow cuts a cycle in one place with one guard: every question of every
 * kind goes through {@link #ask}, on one stack.
 */
final class OpenQuestions {
  /** Three answers: a question under way further up is assumed, neither yes nor no. */
  enum Held {
    YES,
    NO,
    ASSUMED
  }

  /** The final answers, by question (a symbol, or a record naming a question about one). */
  private final Map<Object, Held> kept = new HashMap<>();

  /** The questions under way, the first asked first. */
  private final List<Object> underWay = new ArrayList<>();

  /** The position of the first question under way an answer since {@link #ask} rests on. */
  private int lowestAssumption = Integer.MAX_VALUE;

  /**
   * The answer to a question: kept, assumed while it is under way, or worked out by {@code answer}
   * and kept when it rests on no assumption about a question begun before it. A final answer that
   * is neither yes nor no (nothing but assumptions about the question itself, or nothing at all) is
   * kept as {@code undecided}: no for a symbol's kind, "nothing put in" for what a holder holds.
   */
  Held ask(Object question, Held undecided, Supplier<Held> answer) {
    Held known = kept.get(question);
    if (known != null) {
      return known;
    }
    int assumedAt = underWay.indexOf(question);
    if (assumedAt >= 0) {
      lowestAssumption = Math.min(lowestAssumption, assumedAt);
      return Held.ASSUMED;
    }
    int position = underWay.size();
    int outerLowest = lowestAssumption;
    lowestAssumption = Integer.MAX_VALUE;
    underWay.add(question);
    Held held;
    try {
      held = answer.get();
    } finally {
      underWay.remove(position);
    }
    if (lowestAssumption >= position) {
      // Rests on no assumption about a question further up: final.
      Held decided = held == Held.ASSUMED ? undecided : held;
      kept.put(question, decided);
      lowestAssumption = outerLowest;
      return decided;
    }
    lowestAssumption = Math.min(outerLowest, lowestAssumption);
    return held;
  }

  /**
   * Whether what the innermost question under way has worked out so far rests on an assumption: an
   * {@link Held#ASSUMED} it was told then may come from a question under way, not only from one
   * whose final answer is neither yes nor no. It speaks for the whole of the innermost question so
   * far, not for the last answer alone; an answer it changes rests on an assumption anyway, so it
   * is not kept, and what asking first gives stays one answer.
   */
  boolean restsOnOpenQuestion() {
    return lowestAssumption != Integer.MAX_VALUE;
  }

  /**
   * A question given up for depth: "no" for its asker, and, as an assumption about the innermost
   * question under way, never kept by those that asked it (asked first, it may go deep enough).
   */
  Held tooDeep() {
    if (!underWay.isEmpty()) {
      lowestAssumption = Math.min(lowestAssumption, underWay.size() - 1);
    }
    return Held.NO;
  }
}
