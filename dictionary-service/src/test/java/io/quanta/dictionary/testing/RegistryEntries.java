package io.quanta.dictionary.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;

/**
 * Registry entries as an announcement leaves them (pending, due now), for tests and benchmarks that put many
 * quanta in the registry at once, straight into the quanta index, rather than one announcement at a time.
 */
public final class RegistryEntries {

  private RegistryEntries() {
  }

  /** The registry document of quantum {@code id} at {@code url}, announced and due at {@code now}. */
  public static ObjectNode due(String id, String url, String now) {
    ObjectNode doc = Es.JSON.createObjectNode().put("kind", "quantum").put("id", id).put("url", url)
        .put("health", "pending").put("indexedAt", now);
    doc.putArray("healthReasons");
    doc.putObject("crawl").put("announcedAt", now).put("nextCrawlAt", now).put("failures", 0).put("seed", false);
    doc.putArray("suggest").addObject().put("weight", 20).putArray("input").add(id);
    return doc;
  }
}
