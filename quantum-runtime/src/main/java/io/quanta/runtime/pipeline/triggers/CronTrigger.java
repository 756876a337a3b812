package io.quanta.runtime.pipeline.triggers;

import io.quanta.runtime.quality.CronSchedule;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires on a five-field cron schedule with one Vert.x timer, re-armed for the next time after each fire.
 * What a fire does (and whether the lifecycle state lets it) is the pipeline's business.
 */
public final class CronTrigger {

  private static final Logger LOG = LoggerFactory.getLogger(CronTrigger.class);

  private final Vertx vertx;
  private final CronSchedule schedule;
  private final Clock clock;
  private final Runnable fire;
  private volatile Instant next;
  private volatile long timer = -1;
  private volatile boolean stopped = true;

  public CronTrigger(Vertx vertx, CronSchedule schedule, Clock clock, Runnable fire) {
    this.vertx = vertx;
    this.schedule = schedule;
    this.clock = clock;
    this.fire = fire;
  }

  public void start() {
    stopped = false;
    arm(clock.instant());
  }

  public void stop() {
    stopped = true;
    vertx.cancelTimer(timer);
    next = null;
  }

  /** When it fires next, while started. */
  public Optional<Instant> next() {
    return Optional.ofNullable(next);
  }

  public String expression() {
    return schedule.expression();
  }

  private void arm(Instant after) {
    if (stopped) {
      return;
    }
    Optional<ZonedDateTime> due = schedule.next(after.atZone(clock.getZone()));
    if (due.isEmpty()) {
      next = null;
      return;
    }
    Instant at = due.get().toInstant();
    next = at;
    timer = vertx.setTimer(Math.max(1, Duration.between(clock.instant(), at).toMillis()), id -> due(at));
  }

  private void due(Instant at) {
    if (stopped) {
      return;
    }
    Instant now = clock.instant();
    if (now.isBefore(at)) {
      // Timers may fire a little early; wait for the due time rather than fire a minute twice.
      timer = vertx.setTimer(Math.max(1, Duration.between(now, at).toMillis()), id -> due(at));
      return;
    }
    try {
      fire.run();
    } catch (RuntimeException e) {
      LOG.warn("scheduled run ({}) could not start: {}", schedule, e.toString());
    } finally {
      arm(now);
    }
  }
}
