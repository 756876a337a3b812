package io.quanta.dictionary.index;

/**
 * The dictionary's indices: quanta (one document per quantum: identity, health, freshness, quality, lineage
 * and its effective fields), contracts (one document per contract version: raw and effective, ancestors,
 * fields), and leases (which replica crawls). All share the prefix of the settings.
 */
public record Indices(IndexDefinition quanta, IndexDefinition contracts, IndexDefinition leases) {

  public static Indices of(String prefix) {
    return new Indices(IndexDefinition.resource(prefix, "quanta"), IndexDefinition.resource(prefix, "contracts"),
        IndexDefinition.resource(prefix, "leases"));
  }

  /** Every definition, in the order they are made to exist. */
  public java.util.List<IndexDefinition> all() {
    return java.util.List.of(quanta, contracts, leases);
  }

  /** Both aliases, comma-separated, for searches across the two. */
  public String both() {
    return quanta.alias() + "," + contracts.alias();
  }
}
