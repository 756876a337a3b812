package io.quanta.dictionary.crawler;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one crawl produced: the quantum document to write over the claimed version (the whole document when
 * the quantum answered; only health and crawl facts, merged into the last known document, when it did not),
 * and the contract document when the quantum served a valid contract.
 */
public record CrawlResult(Claim claim, ObjectNode quantum, ObjectNode contract, boolean reachable) {

  /** The health the crawl found. */
  public String health() {
    return quantum.path("health").asText();
  }
}
