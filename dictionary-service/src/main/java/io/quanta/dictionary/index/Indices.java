package io.quanta.dictionary.index;

/**
 * The dictionary's two indices: quanta (one document per quantum: identity, health, freshness, quality,
 * lineage and its effective fields) and contracts (one document per contract version: raw and effective,
 * ancestors, fields). Both share the prefix of the settings.
 */
public record Indices(IndexDefinition quanta, IndexDefinition contracts) {

  public static Indices of(String prefix) {
    return new Indices(IndexDefinition.resource(prefix, "quanta"), IndexDefinition.resource(prefix, "contracts"));
  }

  /** Both aliases, comma-separated, for searches across the two. */
  public String both() {
    return quanta.alias() + "," + contracts.alias();
  }
}
