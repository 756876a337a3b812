package io.quanta.runtime.pipeline.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a running run has done so far, written by the run's worker thread and read by the HTTP routes and
 * the progress log: the finished steps, the step in progress and the rows it has moved.
 */
public final class RunProgress {

  private final Clock clock;
  private final List<StepReport> done = new ArrayList<>();
  private final AtomicLong rows = new AtomicLong();
  private volatile String step;
  private volatile String subject;
  private volatile Instant stepStarted;
  private volatile boolean cancelled;

  public RunProgress(Clock clock) {
    this.clock = clock;
  }

  /** Starts a step; its row counter starts at zero. */
  public AtomicLong begin(String name, String on) {
    rows.set(0);
    step = name;
    subject = on;
    stepStarted = clock.instant();
    return rows;
  }

  /** Ends the step in progress with its counts. */
  public void end(Long rowsIn, Long rowsOut, String note) {
    synchronized (done) {
      done.add(new StepReport(step, subject, stepStarted, clock.instant(), rowsIn, rowsOut, note));
    }
    step = null;
    subject = null;
  }

  /** The finished steps, then the one in progress (without an end, with its rows so far). */
  public List<StepReport> steps() {
    List<StepReport> out;
    synchronized (done) {
      out = new ArrayList<>(done);
    }
    String current = step;
    if (current != null) {
      out.add(new StepReport(current, subject, stepStarted, null, null, rows.get(), "in progress"));
    }
    return out;
  }

  /** {@code staging orders: 350000 rows, 70000 rows/s}, for the progress log; null between steps. */
  public String describe() {
    String current = step;
    Instant started = stepStarted;
    if (current == null || started == null) {
      return null;
    }
    long n = rows.get();
    double seconds = Math.max(0.001, Duration.between(started, clock.instant()).toMillis() / 1000.0);
    return current + (subject == null ? "" : " " + subject) + ": " + n + " rows, " + Math.round(n / seconds)
        + " rows/s";
  }

  public void cancel() {
    cancelled = true;
  }

  public boolean cancelled() {
    return cancelled;
  }
}
