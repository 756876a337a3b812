package io.quanta.runtime.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.control.Lifecycle.State;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QualitySchedulerTest {

  final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    vertx.close().await();
  }

  /** A clock running at real speed, set so that the next whole minute is {@code lead} away. */
  static Clock minuteIn(Duration lead) {
    Instant now = Instant.now();
    Instant target = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(2)).minus(lead);
    return Clock.offset(Clock.systemUTC(), Duration.between(now, target));
  }

  @Test
  void fires_a_check_when_the_schedule_is_due() throws Exception {
    AtomicInteger checks = new AtomicInteger();
    QualityScheduler scheduler = new QualityScheduler(vertx, List.of(CronSchedule.parse("* * * * *")),
        minuteIn(Duration.ofMillis(300)), () -> State.ACTIVE, checks::incrementAndGet, s -> { });

    scheduler.start();
    Instant due = scheduler.nextCheck().orElseThrow();
    Thread.sleep(1_000);
    scheduler.stop();

    assertThat(checks.get()).isEqualTo(1);
    assertThat(due.getEpochSecond() % 60).isZero();
  }

  @Test
  void skips_scheduled_checks_while_paused_or_retired_and_counts_them() throws Exception {
    AtomicInteger checks = new AtomicInteger();
    List<State> skipped = new CopyOnWriteArrayList<>();
    AtomicReference<State> state = new AtomicReference<>(State.PAUSED);
    QualityScheduler scheduler = new QualityScheduler(vertx, List.of(CronSchedule.parse("* * * * *"),
        CronSchedule.parse("*/1 * * * *")), minuteIn(Duration.ofMillis(300)), state::get, checks::incrementAndGet,
        skipped::add);

    scheduler.start();
    Thread.sleep(1_000);
    scheduler.stop();

    assertThat(checks.get()).isZero();
    assertThat(skipped).containsExactly(State.PAUSED, State.PAUSED);
  }

  @Test
  void keeps_firing_while_deprecated_and_stops_arming_when_stopped() throws Exception {
    AtomicInteger checks = new AtomicInteger();
    QualityScheduler scheduler = new QualityScheduler(vertx, List.of(CronSchedule.parse("* * * * *")),
        minuteIn(Duration.ofMillis(300)), () -> State.DEPRECATED, checks::incrementAndGet, s -> { });

    scheduler.start();
    Thread.sleep(1_000);
    assertThat(checks.get()).isEqualTo(1);
    assertThat(scheduler.nextCheck()).isPresent();
    scheduler.stop();

    assertThat(scheduler.nextCheck()).isEmpty();
  }
}
