package io.quanta.runtime.quality;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A five-field cron expression (minute hour day-of-month month day-of-week, as in crontab), read with
 * cron-utils' UNIX definition: {@code 0 20 * * *} is every day at 20:00.
 */
public final class CronSchedule {

  private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private final String expression;
  private final ExecutionTime times;

  private CronSchedule(String expression, Cron cron) {
    this.expression = expression;
    this.times = ExecutionTime.forCron(cron);
  }

  /** Parses the expression; a wrong one is an {@link IllegalArgumentException} that says why. */
  public static CronSchedule parse(String expression) {
    if (expression == null || expression.isBlank()) {
      throw new IllegalArgumentException("a cron schedule is empty");
    }
    String trimmed = expression.trim().replaceAll("\\s+", " ");
    if (trimmed.split(" ").length != 5) {
      throw new IllegalArgumentException("'" + expression + "' is not a five-field cron expression"
          + " (minute hour day-of-month month day-of-week, like '0 20 * * *')");
    }
    try {
      return new CronSchedule(trimmed, PARSER.parse(trimmed).validate());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + expression + "' is not a valid cron expression: " + e.getMessage());
    }
  }

  /** The first time strictly after {@code after} that the schedule fires. */
  public Optional<ZonedDateTime> next(ZonedDateTime after) {
    return times.nextExecution(after);
  }

  public String expression() {
    return expression;
  }

  @Override
  public String toString() {
    return expression;
  }
}
