package io.quanta.runtime.quality;

import io.quanta.runtime.control.Lifecycle.State;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires quality checks on cron schedules with Vert.x timers, one timer per schedule, each re-armed for
 * its next time after it fires. A fire while the quantum is {@code paused} or {@code retired} is
 * skipped (and counted); checks started close together join one running check.
 */
final class QualityScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(QualityScheduler.class);

  private final Vertx vertx;
  private final List<CronSchedule> schedules;
  private final Clock clock;
  private final Supplier<State> state;
  private final Runnable trigger;
  private final Consumer<State> skipped;
  private final Map<CronSchedule, Instant> next = new ConcurrentHashMap<>();
  private final Map<CronSchedule, Long> timers = new ConcurrentHashMap<>();
  private volatile boolean stopped = true;

  QualityScheduler(Vertx vertx, List<CronSchedule> schedules, Clock clock, Supplier<State> state, Runnable trigger,
      Consumer<State> skipped) {
    this.vertx = vertx;
    this.schedules = List.copyOf(schedules);
    this.clock = clock;
    this.state = state;
    this.trigger = trigger;
    this.skipped = skipped;
  }

  void start() {
    stopped = false;
    schedules.forEach(s -> arm(s, clock.instant()));
  }

  void stop() {
    stopped = true;
    timers.values().forEach(vertx::cancelTimer);
    timers.clear();
    next.clear();
  }

  /** When the next scheduled check is due, if any schedule is armed. */
  Optional<Instant> nextCheck() {
    return next.values().stream().min(Comparator.naturalOrder());
  }

  List<String> expressions() {
    List<String> out = new ArrayList<>();
    schedules.forEach(s -> out.add(s.expression()));
    return out;
  }

  private void arm(CronSchedule schedule, Instant after) {
    if (stopped) {
      return;
    }
    Optional<ZonedDateTime> due = schedule.next(after.atZone(clock.getZone()));
    if (due.isEmpty()) {
      next.remove(schedule);
      return;
    }
    Instant at = due.get().toInstant();
    next.put(schedule, at);
    long delay = Math.max(1, Duration.between(clock.instant(), at).toMillis());
    timers.put(schedule, vertx.setTimer(delay, id -> fire(schedule, at)));
  }

  private void fire(CronSchedule schedule, Instant due) {
    if (stopped) {
      return;
    }
    Instant now = clock.instant();
    if (now.isBefore(due)) {
      // Timers may fire a little early; wait for the due time rather than fire a minute twice.
      long wait = Math.max(1, Duration.between(now, due).toMillis());
      timers.put(schedule, vertx.setTimer(wait, id -> fire(schedule, due)));
      return;
    }
    try {
      State current = state.get();
      if (current == State.PAUSED || current == State.RETIRED) {
        LOG.info("scheduled quality check ({}) skipped: the quantum is {}", schedule, current.word());
        skipped.accept(current);
      } else {
        trigger.run();
      }
    } catch (RuntimeException e) {
      LOG.warn("scheduled quality check ({}) could not start: {}", schedule, e.toString());
    } finally {
      arm(schedule, now);
    }
  }
}
