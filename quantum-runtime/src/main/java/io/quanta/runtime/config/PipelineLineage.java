package io.quanta.runtime.config;

import io.quanta.runtime.config.PipelineConfig.QuantumOrigin;
import io.quanta.runtime.config.PipelineConfig.SourceConfig;
import io.quanta.runtime.config.QuantumConfig.LineageInput;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's quantum sources are the quantum's lineage: each becomes an input next to the ones listed
 * under {@code lineage}, so {@code /discovery/lineage} and the ODPS input ports name them without anyone
 * writing them twice.
 */
final class PipelineLineage {

  private PipelineLineage() {
  }

  static List<LineageInput> merge(List<LineageInput> declared, PipelineConfig pipeline) {
    List<LineageInput> out = new ArrayList<>(declared);
    if (pipeline == null) {
      return out;
    }
    for (SourceConfig source : pipeline.sources()) {
      if (source.origin() instanceof QuantumOrigin q) {
        LineageInput input = new LineageInput(q.id(), q.url(), q.contract().toString());
        boolean known = out.stream().anyMatch(i -> same(i.quantum(), q.id()) && same(i.url(), q.url())
            && same(i.contract(), input.contract()));
        if (!known) {
          out.add(input);
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
