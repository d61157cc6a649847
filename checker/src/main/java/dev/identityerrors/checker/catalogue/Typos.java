package dev.identityerrors.checker.catalogue;

/** The one-keystroke mistakes that turn a catalogue code into another number. */
final class Typos {
  private Typos() {}

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
