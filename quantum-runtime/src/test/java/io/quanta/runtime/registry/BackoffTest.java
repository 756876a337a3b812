package io.quanta.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void doubles_from_the_initial_delay_up_to_the_cap() {
    Backoff top = new Backoff(1_000, 30_000, () -> 1.0);

    assertThat(top.delayMillis(1)).isEqualTo(1_000);
    assertThat(top.delayMillis(2)).isEqualTo(2_000);
    assertThat(top.delayMillis(5)).isEqualTo(16_000);
    assertThat(top.delayMillis(6)).isEqualTo(30_000);
    assertThat(top.delayMillis(1_000)).isEqualTo(30_000);
  }

  @Test
  void jitter_keeps_at_least_half_of_the_delay() {
    Backoff bottom = new Backoff(1_000, 30_000, () -> 0.0);
    Backoff middle = new Backoff(1_000, 30_000, () -> 0.5);

    assertThat(bottom.delayMillis(3)).isEqualTo(2_000);
    assertThat(middle.delayMillis(3)).isEqualTo(3_000);
    assertThat(bottom.delayMillis(100)).isEqualTo(15_000);
  }

  @Test
  void random_delays_stay_within_bounds() {
    Backoff backoff = Backoff.of(500, 8_000);
    for (int failures = 1; failures < 20; failures++) {
      long ceiling = Math.min(8_000, 500L << Math.min(failures - 1, 20));
      assertThat(backoff.delayMillis(failures)).isBetween(ceiling / 2, ceiling);
    }
  }

  @Test
  void rejects_a_cap_below_the_initial_delay() {
    assertThatThrownBy(() -> Backoff.of(2_000, 1_000)).isInstanceOf(IllegalArgumentException.class);
  }
}
