package io.quanta.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into a stop request that {@code quanta run} handles itself, before the JVM
 * begins its shutdown. Left to the JVM, the signal would run every shutdown hook at once, and the
 * embedded MariaDB's own hook would stop the database while in-flight reads still stream from it.
 * Later signals are ignored: stopping takes at most the grace period. {@code sun.misc.Signal} is the
 * critical JDK API for this that module jdk.unsupported keeps available, hence the compiler warning.
 */
public final class Termination {

  private static final Logger LOG = LoggerFactory.getLogger(Termination.class);

  /** The environment variable naming the process whose end stops this one. */
  public static final String SUPERVISOR = "QUANTA_SUPERVISOR_PID";

  private final CountDownLatch requested = new CountDownLatch(1);
  private final AtomicInteger received = new AtomicInteger();
  private volatile String signal;

  private Termination() {
  }

  /** Handles TERM and INT from now on; where the JVM refuses (e.g. {@code -Xrs}), shutdown hooks remain. */
  public static Termination install() {
    Termination termination = new Termination();
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(new Signal(name), termination::handle);
      } catch (IllegalArgumentException e) {
        LOG.warn("cannot handle SIG{} ({}); the JVM's shutdown hooks will stop the quantum", name, e.getMessage());
      }
    }
    termination.watchSupervisor();
    return termination;
  }

  private void handle(Signal s) {
    request("SIG" + s.getName());
  }

  private void request(String reason) {
    if (received.incrementAndGet() == 1) {
      signal = reason;
      requested.countDown();
    }
  }

  /** True once a stop has been requested, for loops that must not wait out a long start-up. */
  public boolean requested() {
    return requested.getCount() == 0;
  }

  /**
   * When started by a supervisor ({@code quanta mesh up} sets {@value #SUPERVISOR}), stop as if signalled
   * once it is gone, even if it was killed outright: a child never outlives its mesh.
   */
  private void watchSupervisor() {
    String pid = System.getenv(SUPERVISOR);
    if (pid == null || pid.isBlank()) {
      return;
    }
    try {
      ProcessHandle.of(Long.parseLong(pid.trim())).ifPresentOrElse(
          supervisor -> supervisor.onExit().thenRun(() -> request("the supervisor (process " + pid + ") ended")),
          () -> request("the supervisor (process " + pid + ") is gone"));
    } catch (NumberFormatException e) {
      LOG.warn("ignoring {}={}: not a process id", SUPERVISOR, pid);
    }
  }

  /** Blocks until a stop is requested and returns the signal's name. */
  public String await() throws InterruptedException {
    requested.await();
    return signal;
  }
}
