package io.quanta.runtime.quality;

import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.QualityRule;
import io.quanta.contract.model.SchemaObject;
import io.quanta.contract.model.SchemaProperty;
import io.quanta.runtime.config.ConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which cron schedules run the checks: {@code quality.schedule} from quantum.yaml when set (a wrong one
 * stops the quantum at start), otherwise every distinct {@code schedule} of the contract's rules whose
 * {@code scheduler} is {@code cron} or unset (a wrong one is logged and ignored: the contract is the
 * producer's promise, not the runtime's setting). Every check runs all rules, so the schedules merge.
 */
final class QualitySchedules {

  private static final Logger LOG = LoggerFactory.getLogger(QualitySchedules.class);

  private QualitySchedules() {
  }

  static List<CronSchedule> of(String configured, DataContract contract) {
    if (configured != null) {
      try {
        return List.of(CronSchedule.parse(configured));
      } catch (IllegalArgumentException e) {
        throw new ConfigException("quality.schedule in quantum.yaml: " + e.getMessage());
      }
    }
    Map<String, CronSchedule> out = new LinkedHashMap<>();
    rules(contract).forEach(rule -> {
      if (rule.schedule() == null || rule.schedule().isBlank()
          || rule.scheduler() != null && !rule.scheduler().trim().equalsIgnoreCase("cron")) {
        return;
      }
      try {
        CronSchedule schedule = CronSchedule.parse(rule.schedule());
        out.putIfAbsent(schedule.expression(), schedule);
      } catch (IllegalArgumentException e) {
        LOG.warn("quality rule {} has a schedule Quanta cannot use, ignored: {}", rule.label(), e.getMessage());
      }
    });
    return new ArrayList<>(out.values());
  }

  private static Stream<QualityRule> rules(DataContract contract) {
    return contract.objects().stream().flatMap((SchemaObject o) -> Stream.concat(o.qualityRules().stream(),
        o.columns().stream().flatMap((SchemaProperty p) -> p.qualityRules().stream())));
  }
}
