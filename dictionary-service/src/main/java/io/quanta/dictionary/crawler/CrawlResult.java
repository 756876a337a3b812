package io.quanta.dictionary.crawler;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one crawl produced: the quantum document to write over the version read, and the contract document
 * when the quantum served a valid contract. {@code partial} documents are merged into the last known one
 * (the quantum did not answer, or not with its contract: what it said before stays); others replace it.
 */
public record CrawlResult(Claim claim, ObjectNode quantum, ObjectNode contract, boolean reachable, boolean partial) {

  /** The health the crawl found. */
  public String health() {
    return quantum.path("health").asText();
  }
}
