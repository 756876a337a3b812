package io.quanta.runtime.quality;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quanta.runtime.control.Lifecycle.State;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Quality in Prometheus terms: per rule, {@code quanta_quality_rule_outcome} (1 for the latest outcome, 0
 * for the others) and {@code quanta_quality_measured_value}; per check, {@code quanta_quality_checks_total},
 * {@code quanta_quality_check_duration_seconds}, {@code quanta_quality_last_check_timestamp_seconds}; and
 * {@code quanta_quality_checks_skipped_total} for scheduled checks skipped while paused or retired.
 */
final class QualityMetrics {

  private final MeterRegistry registry;
  private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> measured = new ConcurrentHashMap<>();
  private final AtomicLong lastCheck = new AtomicLong(Double.doubleToLongBits(Double.NaN));
  private final Timer duration;

  QualityMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.duration = Timer.builder("quanta_quality_check_duration")
        .description("Time a quality check took, from trigger to stored results")
        .register(registry);
    Gauge.builder("quanta_quality_last_check_timestamp_seconds", lastCheck, v -> Double.longBitsToDouble(v.get()))
        .description("When the last finished quality check ended (Unix time)")
        .register(registry);
  }

  void checked(CheckRun check, List<QualityResult> results) {
    Counter.builder("quanta_quality_checks").description("Quality checks run, by trigger and how they ended")
        .tag("triggered_by", check.triggeredBy()).tag("status", check.status().word())
        .register(registry).increment();
    duration.record(Duration.between(check.startedAt(), check.finishedAt()));
    if (check.status() != CheckRun.Status.FINISHED) {
      return;
    }
    lastCheck.set(Double.doubleToLongBits(seconds(check.finishedAt())));
    for (QualityResult result : results) {
      for (Outcome outcome : Outcome.values()) {
        gauge(outcomes, "quanta_quality_rule_outcome", "1 for the outcome of the rule's latest check, 0 otherwise",
            result, "outcome", outcome.word()).set(Double.doubleToLongBits(outcome == result.outcome() ? 1 : 0));
      }
      gauge(measured, "quanta_quality_measured_value", "The value the rule's latest check measured (rows, percent"
          + " of rows, or the sql rule's number)", result, "unit", result.unit() == null ? "" : result.unit())
          .set(Double.doubleToLongBits(result.measured() == null ? Double.NaN : result.measured()));
    }
  }

  void skipped(State state) {
    Counter.builder("quanta_quality_checks_skipped")
        .description("Scheduled quality checks skipped because of the lifecycle state")
        .tag("state", state.word()).register(registry).increment();
  }

  private AtomicLong gauge(Map<String, AtomicLong> values, String name, String help, QualityResult result,
      String tag, String tagValue) {
    return values.computeIfAbsent(result.ruleId() + "\u0000" + tagValue, k -> {
      AtomicLong value = new AtomicLong(Double.doubleToLongBits(Double.NaN));
      Gauge.builder(name, value, v -> Double.longBitsToDouble(v.get())).description(help)
          .tag("rule", result.ruleId()).tag("object", result.object()).tag(tag, tagValue).register(registry);
      return value;
    });
  }

  private static double seconds(Instant instant) {
    return instant.toEpochMilli() / 1000.0;
  }
}
