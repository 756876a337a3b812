package io.quanta.runtime.testing;

import java.util.HashMap;
import java.util.Map;

/** Reads a Prometheus text exposition into {@code series with labels -> value}, comments left out. */
public final class Exposition {

  private Exposition() {
  }

  /** {@code jvm_threads_live_threads -> 21.0}, {@code quanta_sla_compliant{object="events"} -> 1.0}… */
  public static Map<String, Double> series(String exposition) {
    Map<String, Double> out = new HashMap<>();
    for (String line : exposition.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      out.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
    }
    return out;
  }
}
