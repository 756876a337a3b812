package io.quanta.dictionary.contracts;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.finding.Finding;
import io.quanta.dictionary.es.JsonBytes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lint findings of contract texts already linted, so that a quantum crawled again with the same contract
 * text is only parsed, not validated against the ODCS schema again (the costly part). Keyed by a digest of
 * the source and the text; holds findings and digests only, not trees, so a large mesh fits; the least
 * recently used entries go first beyond {@value #MAX_ENTRIES}. Safe to use from several worker threads.
 */
public final class LintCache {

  static final int MAX_ENTRIES = 50_000;

  private record Entry(boolean parsed, List<Finding> findings, String hash) {
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>(1_024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > MAX_ENTRIES;
    }
  };
  private long lints;

  /** As {@link Linted#of}, reusing the findings of the same text from the same source. */
  public Linted of(String source, String text) {
    String key = JsonBytes.sha256(source + '\u0000' + text);
    Entry entry;
    synchronized (this) {
      entry = entries.get(key);
    }
    if (entry != null) {
      if (!entry.parsed()) {
        return new Linted(null, entry.findings(), entry.hash());
      }
      try {
        return new Linted(ContractCodec.parse(source, text).tree(), entry.findings(), entry.hash());
      } catch (ContractSyntaxException e) {
        // Parsed before, so it parses now; should the parser disagree, lint afresh below.
      }
    }
    Linted linted = Linted.of(source, text);
    synchronized (this) {
      lints++;
      entries.put(key, new Entry(linted.tree() != null, List.copyOf(linted.findings()), linted.hash()));
    }
    return linted;
  }

  /** How many texts were linted rather than found (for tests). */
  synchronized long lints() {
    return lints;
  }
}
