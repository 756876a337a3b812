package io.quanta.dictionary.crawler;

import io.vertx.core.Future;
import java.util.List;

/**
 * The answers of one quantum to one crawl: its index ({@code /}), contract as written (YAML) and effective
 * (JSON), ODPS descriptor, lineage, status and quality.
 */
public record Snapshot(Fetched root, Fetched contract, Fetched effective, Fetched descriptor, Fetched lineage,
    Fetched status, Fetched quality) {

  static final String JSON = "application/json";
  static final String YAML = "application/yaml";

  /** Asks the seven endpoints at once. */
  static Future<Snapshot> take(QuantumFetcher fetcher, String base) {
    List<Future<Fetched>> all = List.of(
        fetcher.get(base, "/", JSON),
        fetcher.get(base, "/discovery/contract", YAML),
        fetcher.get(base, "/discovery/contract?effective=true", JSON),
        fetcher.get(base, "/discovery/descriptor", JSON),
        fetcher.get(base, "/discovery/lineage", JSON),
        fetcher.get(base, "/observability/status", JSON),
        fetcher.get(base, "/observability/quality", JSON));
    return Future.all(all).map(done -> new Snapshot(all.get(0).result(), all.get(1).result(), all.get(2).result(),
        all.get(3).result(), all.get(4).result(), all.get(5).result(), all.get(6).result()));
  }

  /** True when the quantum could not be reached at all: no answer on its index. */
  public boolean unreachable() {
    return !root.answered();
  }
}
