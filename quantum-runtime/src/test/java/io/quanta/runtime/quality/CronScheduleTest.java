package io.quanta.runtime.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

  @Test
  void finds_the_next_time_of_a_five_field_expression() {
    ZonedDateTime at = ZonedDateTime.of(2024, 1, 31, 19, 59, 30, 0, ZoneOffset.UTC);

    assertThat(CronSchedule.parse("0 20 * * *").next(at)).contains(at.withHour(20).withMinute(0).withSecond(0));
    assertThat(CronSchedule.parse("*/15 * * * *").next(at)).contains(at.withHour(20).withMinute(0).withSecond(0));
    assertThat(CronSchedule.parse("30 6 * * 1").next(at)).contains(ZonedDateTime.of(2024, 2, 5, 6, 30, 0, 0,
        ZoneOffset.UTC));
  }

  @Test
  void refuses_wrong_expressions_with_the_reason() {
    assertThatThrownBy(() -> CronSchedule.parse("0 0 20 * * *")).hasMessageContaining("five-field");
    assertThatThrownBy(() -> CronSchedule.parse("61 * * * *")).hasMessageContaining("not a valid cron expression");
    assertThatThrownBy(() -> CronSchedule.parse("")).hasMessageContaining("empty");
  }
}
