package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import org.jspecify.annotations.Nullable;

/**
 * Holders of one {@code int} or {@code long} with no type argument to read a signature by ({@code
 * AtomicInteger}, {@code AtomicLong}, and the functions that give one: {@code IntSupplier}, {@code
 * ToIntFunction}, ...): one declarative table of what each method does with the value held. A
 * method not in it changes the value in a way the table does not know ({@code incrementAndGet},
 * {@code updateAndGet}, {@code accumulateAndGet}): it stops the holder, as an unknown filler of a
 * generic holder does. The inference treats such a holder as a generic one with a single slot
 * ({@link TypeSlots}).
 */
final class PrimitiveHolders {
  private PrimitiveHolders() {}

  /** What a method does with the value held. */
  enum Use {
    /** Reads it: {@code get()}. */
    READS,
    /** Puts its first argument in: {@code set(v)}. */
    PUTS_FIRST,
    /** Puts its first argument in and gives back the value it held: {@code getAndSet(v)}. */
    PUTS_FIRST_AND_READS,
    /** Puts its second argument in (the first is the value expected): {@code compareAndSet}. */
    PUTS_SECOND,
    /** The same, giving back the value it held: {@code compareAndExchange}. */
    PUTS_SECOND_AND_READS,
    /** Neither: {@code toString()}, {@code doubleValue()}. */
    NOTHING;

    boolean reads() {
      return this == READS || this == PUTS_FIRST_AND_READS || this == PUTS_SECOND_AND_READS;
    }

    /** The index of the argument put in, or -1. */
    int put() {
      return switch (this) {
        case PUTS_FIRST, PUTS_FIRST_AND_READS -> 0;
        case PUTS_SECOND, PUTS_SECOND_AND_READS -> 1;
        default -> -1;
      };
    }
  }

  /** The holders, by qualified name ({@link KnownNames#isPrimitiveHolder} asks by name). */
  static final ImmutableSet<String> CLASSES =
      ImmutableSet.of(
          "java.util.concurrent.atomic.AtomicInteger",
          "java.util.concurrent.atomic.AtomicLong",
          // Functions giving an int or a long: what one written in place returns is the value it
          // holds ({@code IntSupplier s = () -> p.getCode()}), read by calling it.
          "java.util.function.IntSupplier",
          "java.util.function.LongSupplier",
          "java.util.function.ToIntFunction",
          "java.util.function.ToLongFunction",
          "java.util.function.ToIntBiFunction",
          "java.util.function.ToLongBiFunction",
          "java.util.function.IntUnaryOperator",
          "java.util.function.LongUnaryOperator",
          "java.util.function.LongToIntFunction",
          "java.util.function.IntToLongFunction");

  /** The constructor with the initial value; the one without holds no value chosen (its 0). */
  static final String CONSTRUCTOR = "<init>";

  private static final ImmutableMap<String, Use> METHODS =
      ImmutableMap.<String, Use>builder()
          .put(CONSTRUCTOR, Use.PUTS_FIRST)
          .put("get", Use.READS)
          .put("getPlain", Use.READS)
          .put("getOpaque", Use.READS)
          .put("getAcquire", Use.READS)
          .put("intValue", Use.READS)
          .put("longValue", Use.READS)
          .put("set", Use.PUTS_FIRST)
          .put("lazySet", Use.PUTS_FIRST)
          .put("setPlain", Use.PUTS_FIRST)
          .put("setOpaque", Use.PUTS_FIRST)
          .put("setRelease", Use.PUTS_FIRST)
          .put("getAndSet", Use.PUTS_FIRST_AND_READS)
          .put("compareAndSet", Use.PUTS_SECOND)
          .put("weakCompareAndSet", Use.PUTS_SECOND)
          .put("weakCompareAndSetPlain", Use.PUTS_SECOND)
          .put("weakCompareAndSetVolatile", Use.PUTS_SECOND)
          .put("weakCompareAndSetAcquire", Use.PUTS_SECOND)
          .put("weakCompareAndSetRelease", Use.PUTS_SECOND)
          .put("compareAndExchange", Use.PUTS_SECOND_AND_READS)
          .put("compareAndExchangeAcquire", Use.PUTS_SECOND_AND_READS)
          .put("compareAndExchangeRelease", Use.PUTS_SECOND_AND_READS)
          .put("getAsInt", Use.READS)
          .put("getAsLong", Use.READS)
          .put("applyAsInt", Use.READS)
          .put("applyAsLong", Use.READS)
          .put("toString", Use.NOTHING)
          .put("hashCode", Use.NOTHING)
          .put("equals", Use.NOTHING)
          .put("floatValue", Use.NOTHING)
          .put("doubleValue", Use.NOTHING)
          .buildOrThrow();

  /**
   * What the method, of such a holder, does with the value held; null where it changes it in a way
   * not known. The constructor without arguments puts nothing in.
   */
  static @Nullable Use useOf(MethodSymbol method) {
    if (method.isConstructor() && method.getParameters().isEmpty()) {
      return Use.NOTHING;
    }
    return METHODS.get(method.getSimpleName().toString());
  }
}
