package io.quanta.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command tree in-process and keeps what it printed, for tests of any command. */
public final class CliHarness {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs one command line on a fresh command tree; output accumulates across runs until {@link #clear()}. */
  public int run(String... args) {
    CommandLine cli = QuantaCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  public String out() {
    return out.toString();
  }

  public String err() {
    return err.toString();
  }

  public void clear() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }
}
