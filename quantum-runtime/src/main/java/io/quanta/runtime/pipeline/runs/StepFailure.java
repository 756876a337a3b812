package io.quanta.runtime.pipeline.runs;

/**
 * Why a run stopped, in one sentence a data engineer can act on, with the step it stopped at and what kind
 * of stop it is: the candidate was refused (misfit, quality gate, governance), or the run could not finish,
 * either for good (a bad transform, a malformed file) or for now (a source or the storage unreachable),
 * in which case it is retried.
 */
public final class StepFailure extends Exception {

  /** What kind of stop. */
  public enum Kind {
    /** The candidate does not fit the contract: a column, a type, a null, a duplicate key. */
    MISFIT,
    /** The candidate fits but was refused: a failed error-severity quality rule or governance policy. */
    REJECTED,
    /** The run cannot succeed as configured; retrying will not help. */
    ERROR,
    /** A source or the storage could not be reached; the run is retried with backoff. */
    TRANSIENT;

    public boolean retried() {
      return this == TRANSIENT;
    }
  }

  private final String step;
  private final Kind kind;

  public StepFailure(String step, Kind kind, String message) {
    super(message, null, false, false);
    this.step = step;
    this.kind = kind;
  }

  public StepFailure(String step, Kind kind, String message, Throwable cause) {
    super(message, cause, false, false);
    this.step = step;
    this.kind = kind;
  }

  public String step() {
    return step;
  }

  public Kind kind() {
    return kind;
  }
}
