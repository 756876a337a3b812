package io.quanta.dictionary.testing;

import io.vertx.core.json.JsonArray;

/**
 * Generated, valid ODCS contracts for fixture quanta: an object {@code records} with a key, a handful of typed
 * columns with descriptions and classifications, a quality rule and a latency SLA; optionally extending a
 * parent. Deterministic by name and number, so runs compare.
 */
public final class FixtureContracts {

  static final String[] DOMAINS = {"sales", "finance", "logistics", "marketing", "people", "product"};
  static final String[] WORDS = {"amount", "country", "channel", "segment", "currency", "status", "region", "score",
      "category", "source", "priority", "tier"};

  private FixtureContracts() {
  }

  /** The contract of fixture quantum {@code name}; {@code parent} is an extends value or null. */
  public static String contract(String name, int n, String parent) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("apiVersion: v3.1.0\nkind: DataContract\nid: ").append(name).append("\nname: ").append(name)
        .append("\nversion: 1.0.0\nstatus: active\ndomain: ").append(DOMAINS[n % DOMAINS.length])
        .append("\ntags: [fixture, ").append(WORDS[n % WORDS.length]).append("]\n")
        .append("description:\n  purpose: Generated records of fixture quantum ").append(name).append(".\n")
        .append("team:\n  name: team-").append(n % 17).append("\n  members:\n    - {username: owner-").append(n % 23)
        .append(", role: owner}\n");
    if (parent != null) {
      yaml.append("customProperties:\n  - {property: extends, value: ").append(parent).append("}\n");
    }
    yaml.append("schema:\n  - name: records\n    description: One generated record.\n    properties:\n")
        .append("      - {name: record_id, logicalType: string, primaryKey: true, required: true,"
            + " classification: internal, description: The record's key.}\n");
    for (int i = 0; i < 8; i++) {
      String word = WORDS[(n + i) % WORDS.length];
      yaml.append("      - {name: ").append(word).append('_').append(i).append(", logicalType: string, classification: ")
          .append(i % 3 == 0 ? "restricted" : i % 3 == 1 ? "internal" : "public").append(", description: The ")
          .append(word).append(" of the record.}\n");
    }
    yaml.append("      - {name: updated_at, logicalType: timestamp, required: true}\n")
        .append("    quality:\n      - {id: some_rows, metric: rowCount, mustBeGreaterThan: 0, severity: error}\n")
        .append("slaProperties:\n  - {property: latency, value: 1, unit: d, element: records.updated_at}\n");
    return yaml.toString();
  }

  /** The lineage inputs of a fixture quantum: none. */
  static JsonArray inputs(String name) {
    return new JsonArray();
  }

}
