package io.quanta.contract.governance.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SLA properties of ODCS (its Data QoS list) and the common names people use for them. Names are
 * compared without case, dashes, underscores or spaces, so {@code end-of-life} is {@code endOfLife}.
 */
public final class SlaNames {

  private static final Map<String, String> CANONICAL = new LinkedHashMap<>();

  static {
    for (String odcs : List.of("availability", "throughput", "errorRate", "generalAvailability", "endOfSupport",
        "endOfLife", "retention", "frequency", "latency", "timeOfAvailability", "timeToDetect", "timeToNotify",
        "timeToRepair")) {
      CANONICAL.put(key(odcs), odcs);
    }
    synonyms("latency", "freshness");
    synonyms("retention", "retentionPeriod", "dataRetention");
    synonyms("frequency", "updateFrequency", "refreshFrequency");
    synonyms("availability", "uptime");
  }

  private SlaNames() {
  }

  /** The ODCS name a written SLA property name stands for, if it is one Quanta knows. */
  public static Optional<String> canonical(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(CANONICAL.get(key(name)));
  }

  /** The ODCS names, in the order the standard lists them. */
  public static List<String> odcsNames() {
    return CANONICAL.values().stream().distinct().toList();
  }

  private static void synonyms(String odcs, String... names) {
    for (String name : names) {
      CANONICAL.put(key(name), odcs);
    }
  }

  private static String key(String name) {
    return name.replaceAll("[-_\\s]", "").toLowerCase(Locale.ROOT);
  }
}
