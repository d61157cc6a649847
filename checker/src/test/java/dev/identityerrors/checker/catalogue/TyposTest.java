package dev.identityerrors.checker.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.identityerrors.IdentityError;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typos the checks suggest fixes for, against the published catalogue (the runtime API). */
class TyposTest {
  private static List<Long> meant(long typed) {
    return Typos.likelyMeant(typed, Arrays.asList(IdentityError.values()), IdentityError::code)
        .stream()
        .map(error -> (long) error.code())
        .sorted()
        .toList();
  }

  @Test
  void adjacentSwap() {
    assertTrue(Typos.isAdjacentSwap("695", "659"));
    assertTrue(Typos.isAdjacentSwap("1253", "2153"));
    assertFalse(Typos.isAdjacentSwap("659", "659"), "the same number is no typo");
    assertFalse(Typos.isAdjacentSwap("956", "659"), "a swap of non-neighbours");
    assertFalse(Typos.isAdjacentSwap("6599", "659"), "different lengths");
    assertFalse(Typos.isAdjacentSwap("596", "659"), "a rotation is two swaps");
  }

  @Test
  void singleEdit() {
    assertTrue(Typos.isSingleEdit("658", "657"), "substitution");
    assertTrue(Typos.isSingleEdit("6577", "657"), "insertion");
    assertTrue(Typos.isSingleEdit("65", "657"), "deletion");
    assertFalse(Typos.isSingleEdit("657", "657"), "no edit");
    assertFalse(Typos.isSingleEdit("668", "657"), "two substitutions");
    assertFalse(Typos.isSingleEdit("6", "657"), "two deletions");
  }

  @Test
  void theOneSwapWinsOverEdits() {
    // 695 is a swap of 659 and one substitution from 692: the swap alone is the answer.
    assertTrue(Typos.isSingleEdit("695", "692"));
    assertEquals(List.of(659L), meant(695));
    assertEquals(List.of(2153L), meant(2135));
  }

  @Test
  void severalCandidatesAreAllGiven() {
    List<Long> meant = meant(2155);
    assertTrue(meant.containsAll(List.of(2153L, 2154L)), meant.toString());
  }

  @Test
  void nothingNear() {
    assertEquals(List.of(), meant(8000));
    assertEquals(List.of(680L), meant(80), "one digit short of a code");
    assertEquals(List.of(), meant(Long.MAX_VALUE));
    assertEquals(List.of(), meant(Long.MIN_VALUE));
  }

  @Test
  void theMinusSignIsOneKeystroke() {
    assertTrue(meant(1).contains(-1L), "1 for UNKNOWN_ERROR (-1)");
    assertEquals(List.of(657L), meant(-657));
    assertTrue(Typos.isSingleEdit("-2", "-1"));
  }
}
