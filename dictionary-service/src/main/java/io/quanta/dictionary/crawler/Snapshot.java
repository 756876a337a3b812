package io.quanta.dictionary.crawler;

import io.vertx.core.Future;
import java.util.List;

/**
 * The answers of one quantum to one crawl: its index ({@code /}), contract, ODPS descriptor, lineage, status
 * and quality, all as JSON; and its effective contract, asked for only when the contract extends another
 * that the dictionary cannot resolve (null otherwise).
 */
public record Snapshot(Fetched root, Fetched contract, Fetched effective, Fetched descriptor, Fetched lineage,
    Fetched status, Fetched quality) {

  static final String JSON = "application/json";
  static final String EFFECTIVE = "/discovery/contract?effective=true";

  /** Asks the six endpoints at once. */
  static Future<Snapshot> take(QuantumFetcher fetcher, String base) {
    List<Future<Fetched>> all = List.of(
        fetcher.get(base, "/", JSON),
        fetcher.get(base, "/discovery/contract", JSON),
        fetcher.get(base, "/discovery/descriptor", JSON),
        fetcher.get(base, "/discovery/lineage", JSON),
        fetcher.get(base, "/observability/status", JSON),
        fetcher.get(base, "/observability/quality", JSON));
    return Future.all(all).map(done -> new Snapshot(all.get(0).result(), all.get(1).result(), null,
        all.get(2).result(), all.get(3).result(), all.get(4).result(), all.get(5).result()));
  }

  /** Asks for the effective contract too. */
  Future<Snapshot> withEffective(QuantumFetcher fetcher, String base) {
    return fetcher.get(base, EFFECTIVE, JSON).map(effective -> new Snapshot(root, contract, effective, descriptor,
        lineage, status, quality));
  }

  /** True when the quantum's own effective contract was fetched and came back. */
  boolean servedEffective() {
    return effective != null && effective.ok();
  }

  /** True when the quantum could not be reached at all: no answer on its index. */
  public boolean unreachable() {
    return !root.answered();
  }
}
