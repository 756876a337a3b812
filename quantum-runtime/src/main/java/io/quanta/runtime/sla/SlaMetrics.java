package io.quanta.runtime.sla;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.schema.Table;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/**
 * Freshness and SLA gauges, one series per object with a freshness column: {@code quanta_freshness_age_seconds},
 * {@code quanta_freshness_last_update_timestamp_seconds}, {@code quanta_freshness_sla_seconds} and
 * {@code quanta_sla_compliant} (1 kept, 0 broken); NaN when unknown (storage down, empty table, no SLA).
 * Plus {@code quanta_storage_up}, whether the last measurement reached the storage.
 */
public final class SlaMetrics {

  private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
  private final AtomicLong storageUp = new AtomicLong(Double.doubleToLongBits(Double.NaN));

  public SlaMetrics(MeterRegistry registry, Catalog catalog) {
    for (Table table : catalog.tables()) {
      if (table.freshnessColumn() == null) {
        continue;
      }
      register(registry, table.object(), "quanta_freshness_age_seconds", "Age of the object's newest row");
      register(registry, table.object(), "quanta_freshness_last_update_timestamp_seconds",
          "Newest value of the object's freshness column (Unix time)");
      register(registry, table.object(), "quanta_freshness_sla_seconds",
          "Latency the contract promises for the object");
      register(registry, table.object(), "quanta_sla_compliant", "1 when the object's freshness keeps its latency SLA");
    }
    Gauge.builder("quanta_storage_up", storageUp, read()).description("1 when the last measurement reached storage")
        .register(registry);
  }

  /** Records a measurement; objects missing from {@code freshness} read as unknown. */
  public void update(Map<String, Freshness> freshness) {
    storageUp.set(bits(1));
    values.forEach((key, value) -> {
      String object = key.substring(0, key.indexOf('\u0000'));
      String name = key.substring(key.indexOf('\u0000') + 1);
      Freshness f = freshness.get(object);
      value.set(bits(f == null ? Double.NaN : switch (name) {
        case "quanta_freshness_age_seconds" -> number(f.ageSeconds());
        case "quanta_freshness_last_update_timestamp_seconds" -> f.lastUpdate() == null ? Double.NaN
            : f.lastUpdate().toEpochMilli() / 1000.0;
        case "quanta_freshness_sla_seconds" -> number(f.slaSeconds());
        default -> f.compliant() == null ? Double.NaN : f.compliant() ? 1 : 0;
      }));
    });
  }

  /** The storage could not be reached: freshness is unknown. */
  public void unreachable() {
    storageUp.set(bits(0));
    values.values().forEach(v -> v.set(bits(Double.NaN)));
  }

  private void register(MeterRegistry registry, String object, String name, String help) {
    AtomicLong value = new AtomicLong(bits(Double.NaN));
    values.put(object + "\u0000" + name, value);
    Gauge.builder(name, value, read()).description(help).tag("object", object).register(registry);
  }

  private static ToDoubleFunction<AtomicLong> read() {
    return v -> Double.longBitsToDouble(v.get());
  }

  private static double number(Long value) {
    return value == null ? Double.NaN : value;
  }

  private static long bits(double value) {
    return Double.doubleToLongBits(value);
  }
}
