package io.quanta.contract.diff;

/** A contract's {@code version} is missing or is not a semantic version, so no bump can be checked. */
public final class ContractVersionException extends Exception {

  /** Which of the two compared contracts has the bad version. */
  public enum Side { OLD, NEW }

  private final Side side;
  private final String version;

  public ContractVersionException(Side side, String version) {
    super(version == null
        ? "the contract has no version: write one as MAJOR.MINOR.PATCH, e.g. 1.0.0"
        : "version '" + version + "' is not a semantic version: write MAJOR.MINOR.PATCH, e.g. 1.0.0");
    this.side = side;
    this.version = version;
  }

  public Side side() {
    return side;
  }

  /** The version as written, or null when there is none. */
  public String version() {
    return version;
  }
}
