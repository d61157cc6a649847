package dev.identityerrors.checker.catalogue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** The one-keystroke mistakes that turn a catalogue code into another number. */
final class Typos {
  private Typos() {}

  /**
   * The candidates a mistyped value most likely meant: the one an adjacent-character swap away (695
   * for 659) if exactly one is; otherwise every candidate a swap or one substitution, insertion or
   * deletion away (a minus sign is a character too: 1 for -1). One result is a safe fix; several
   * are only a hint.
   */
  static <T> ImmutableList<T> likelyMeant(
      long value, Iterable<T> candidates, ToLongFunction<T> codeOf) {
    String typed = Long.toString(value);
    List<T> swaps = new ArrayList<>();
    List<T> edits = new ArrayList<>();
    for (T candidate : candidates) {
      String code = Long.toString(codeOf.applyAsLong(candidate));
      if (isAdjacentSwap(typed, code)) {
        swaps.add(candidate);
      } else if (isSingleEdit(typed, code)) {
        edits.add(candidate);
      }
    }
    if (swaps.size() == 1) {
      return ImmutableList.copyOf(swaps);
    }
    return ImmutableList.<T>builder().addAll(swaps).addAll(edits).build();
  }

  /** Whether {@code code} is {@code typed} with two neighbouring characters exchanged. */
  static boolean isAdjacentSwap(String typed, String code) {
    if (typed.length() != code.length()) {
      return false;
    }
    int first = -1;
    for (int i = 0; i < typed.length(); i++) {
      if (typed.charAt(i) != code.charAt(i)) {
        first = i;
        break;
      }
    }
    return first >= 0
        && first + 1 < typed.length()
        && typed.charAt(first) == code.charAt(first + 1)
        && typed.charAt(first + 1) == code.charAt(first)
        && typed.substring(first + 2).equals(code.substring(first + 2));
  }

  /**
   * Whether one character substituted, inserted or deleted turns {@code typed} into {@code code}.
   */
  static boolean isSingleEdit(String typed, String code) {
    int lengthDifference = typed.length() - code.length();
    if (lengthDifference == 0) {
      int differences = 0;
      for (int i = 0; i < typed.length(); i++) {
        if (typed.charAt(i) != code.charAt(i)) {
          differences++;
        }
      }
      return differences == 1;
    }
    if (Math.abs(lengthDifference) != 1) {
      return false;
    }
    String longer = lengthDifference > 0 ? typed : code;
    String shorter = lengthDifference > 0 ? code : typed;
    for (int i = 0; i < longer.length(); i++) {
      if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
        return true;
      }
    }
    return false;
  }
}
