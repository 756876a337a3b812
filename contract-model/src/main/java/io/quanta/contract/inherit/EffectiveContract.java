package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractBindingException;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.DataContract;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A contract with everything it inherits merged in, and where each element comes from. Origins are
 * keyed by JSON Pointer into {@link #contract()}: schema objects ({@code /schema/0}), properties at any
 * depth ({@code /schema/0/properties/2}, {@code …/items}), quality rules ({@code …/quality/1}), SLA
 * properties ({@code /slaProperties/3}), top-level custom properties and fundamentals ({@code /domain}).
 */
public final class EffectiveContract {

  private final ObjectNode tree;
  private final List<ContractRef> chain;
  private final OriginIndex origins;
  private volatile DataContract contract;

  EffectiveContract(ObjectNode tree, List<ContractRef> chain, OriginIndex origins) {
    this.tree = tree;
    this.chain = List.copyOf(chain);
    this.origins = origins;
  }

  /**
   * The effective contract, without any {@code extends}: what a consumer of this contract may rely on.
   * Built on first use, so that resolving a whole source only keeps the merged trees the resolver shares.
   */
  public DataContract contract() {
    DataContract bound = contract;
    if (bound == null) {
      bound = bind(tree);
      contract = bound;
    }
    return bound;
  }

  /** The contract that was resolved. */
  public ContractRef ref() {
    return chain.get(0);
  }

  /** The contract first, then its parent, up to the root. */
  public List<ContractRef> chain() {
    return chain;
  }

  /** Where the element at this pointer comes from; empty for pointers that name no tracked element. */
  public Optional<Origin> origin(String pointer) {
    return Optional.ofNullable(origins.get(pointer));
  }

  /** Every tracked element's origin, by pointer. */
  public Map<String, Origin> origins() {
    return Collections.unmodifiableMap(origins.toMap());
  }

  /**
   * The effective contract with its origins written in as custom properties ({@code inheritedFrom},
   * {@code overrides}, {@code inheritanceChain}, {@code inheritedElements}); still valid ODCS.
   */
  public DataContract annotated() {
    return bind(Annotator.annotate(tree, chain, origins.toMap()));
  }

  private static DataContract bind(ObjectNode tree) {
    try {
      return ContractCodec.bind(tree);
    } catch (ContractBindingException e) {
      // Every value of a merged tree comes whole from a contract that bound, or merges two of one shape.
      throw new IllegalStateException("the effective contract does not bind: " + e.getMessage(), e);
    }
  }

  /** The origins as the resolver shares them with descendants. */
  OriginIndex originIndex() {
    return origins;
  }

  /** The merged tree, shared with descendants' merges and therefore never modified. */
  ObjectNode tree() {
    return tree;
  }
}
