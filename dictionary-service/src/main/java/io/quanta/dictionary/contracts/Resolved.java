package io.quanta.dictionary.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.finding.Finding;
import java.util.List;

/**
 * What resolving one contract against the dictionary gave.
 *
 * @param effective the effective contract with origins marked (inheritedFrom, overrides), or the contract
 *     itself when it extends nothing; null when the chain does not resolve
 * @param resolved true when {@code effective} is there
 * @param source {@code self} (extends nothing), {@code dictionary} (resolved here), or {@code none}
 * @param chain the contract first, then its ancestors, as {@code id@version}, when resolved
 * @param ancestorIds the ids up the chain as far as known, resolved or not: what descendant queries match
 * @param missing the ids the chain needs and the dictionary does not hold
 * @param findings why it does not resolve (or warnings)
 */
public record Resolved(ObjectNode effective, boolean resolved, String source, List<String> chain,
    List<String> ancestorIds, List<String> missing, List<Finding> findings) {

  public Resolved {
    chain = List.copyOf(chain);
    ancestorIds = List.copyOf(ancestorIds);
    missing = List.copyOf(missing);
    findings = List.copyOf(findings);
  }

  /** The ancestors as {@code id@version}, nearest first; empty when unresolved. */
  public List<String> ancestors() {
    return chain.isEmpty() ? List.of() : chain.subList(1, chain.size());
  }
}
