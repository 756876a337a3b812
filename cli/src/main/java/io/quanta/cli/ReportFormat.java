package io.quanta.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --format text|json} option of the commands that print a report (lint, diff, policy, validate),
 * as a picocli mixin: a wrong value is a usage error (exit 2) that names it.
 */
public final class ReportFormat {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  private boolean json;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (for people) or json (the report, for programs). Default: ${DEFAULT-VALUE}.")
  void format(String value) {
    if (!value.equals("text") && !value.equals("json")) {
      throw new ParameterException(mixee.commandLine(), "--format must be text or json, not '" + value + "'");
    }
    json = value.equals("json");
  }

  /** True for {@code --format json}. */
  public boolean json() {
    return json;
  }
}
