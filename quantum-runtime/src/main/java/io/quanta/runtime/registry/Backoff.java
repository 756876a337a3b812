package io.quanta.runtime.registry;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with a cap and "equal jitter": the n-th consecutive failure waits between half
 * and all of {@code min(max, initial * 2^(n-1))}, so quanta that lost the dictionary together do not
 * come back in lockstep.
 */
public record Backoff(long initialMillis, long maxMillis, DoubleSupplier random) {

  public Backoff {
    if (initialMillis <= 0 || maxMillis < initialMillis) {
      throw new IllegalArgumentException("backoff needs 0 < initial <= max, not " + initialMillis + "/" + maxMillis);
    }
  }

  /** From {@code initialMillis} doubling up to {@code maxMillis}, with random jitter. */
  public static Backoff of(long initialMillis, long maxMillis) {
    return new Backoff(initialMillis, maxMillis, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** The wait after the {@code failures}-th consecutive failure (1 for the first). */
  public long delayMillis(int failures) {
    int doublings = Math.min(Math.max(failures, 1) - 1, 62);
    long ceiling = initialMillis > maxMillis >> doublings ? maxMillis : initialMillis << doublings;
    long half = ceiling / 2;
    return Math.max(1, half + (long) (random.getAsDouble() * (ceiling - half)));
  }
}
