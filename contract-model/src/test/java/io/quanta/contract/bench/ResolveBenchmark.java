package io.quanta.contract.bench;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.inherit.ContractSource;
import io.quanta.contract.inherit.InheritanceResolver;
import io.quanta.contract.model.DataContract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Resolving every contract of a source: families of one root and four generations of descendants
 * (chains of depth 5), each generation adding a property with a quality rule and an object-level rule,
 * and shortening the inherited latency.
 * Ancestors are memoized, so 10,000 contracts should cost about ten times 1,000, not a hundred.
 *
 * <pre>{@code ./mvnw -B -q -o -pl contract-model -Pbench test-compile exec:exec -Dbench.args="ResolveBenchmark -f 1 -wi 3 -i 5"}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResolveBenchmark {

  private static final int GENERATIONS = 5;

  @Param({"1000", "10000"})
  public int contracts;

  /**
   * {@code shuffled}: children before parents and families interleaved, so ancestors are often cold in
   * the CPU caches; {@code families}: each family root first, as contracts kept per domain would be.
   */
  @Param({"shuffled", "families"})
  public String order;

  private ContractSource source;
  private List<DataContract> all;

  @Setup
  public void generate() throws Exception {
    List<int[]> members = new ArrayList<>(contracts);
    for (int family = 0; members.size() < contracts; family++) {
      for (int generation = 0; generation < GENERATIONS && members.size() < contracts; generation++) {
        members.add(new int[] {family, generation});
      }
    }
    // Read in the order they are resolved, as a folder scan followed by "resolve all" reads them.
    if (order.equals("shuffled")) {
      Collections.shuffle(members, new Random(42));
    }
    all = new ArrayList<>(contracts);
    for (int[] member : members) {
      all.add(ContractCodec.read(contract(member[0], member[1])));
    }
    source = ContractSource.of(all);
    if (resolveAll() != contracts) {
      throw new IllegalStateException("some generated contracts do not resolve");
    }
  }

  @Benchmark
  public int resolveAll() {
    InheritanceResolver resolver = new InheritanceResolver(source);
    int resolved = 0;
    for (DataContract contract : all) {
      if (resolver.resolve(contract).resolved()) {
        resolved++;
      }
    }
    return resolved;
  }

  private static String contract(int family, int generation) {
    StringBuilder yaml = new StringBuilder()
        .append("apiVersion: v3.1.0\nkind: DataContract\nid: f").append(family).append("-g").append(generation)
        .append("\nversion: 1.0.0\nstatus: active\ndomain: domain-").append(family % 20).append('\n');
    if (generation > 0) {
      yaml.append("customProperties:\n  - property: extends\n    value: f").append(family).append("-g")
          .append(generation - 1).append("@1\n");
    }
    yaml.append("schema:\n  - name: entity\n    physicalType: table\n    properties:\n");
    if (generation == 0) {
      yaml.append("      - name: id\n        logicalType: string\n        physicalType: varchar(36)\n")
          .append("        primaryKey: true\n        required: true\n        classification: internal\n");
    }
    yaml.append("      - name: field_").append(generation).append("\n        logicalType: string\n")
        .append("        logicalTypeOptions:\n          maxLength: 100\n")
        .append("        quality:\n          - id: field_").append(generation).append("_nulls\n")
        .append("            metric: nullValues\n            mustBeLessOrEqualTo: ").append(10 - generation)
        .append("\n            severity: error\n");
    yaml.append("    quality:\n      - id: rows_").append(generation).append("\n        metric: rowCount\n")
        .append("        mustBeGreaterThan: ").append(generation * 10).append('\n');
    yaml.append("slaProperties:\n  - property: latency\n    value: ").append(24 - generation).append("\n    unit: h\n");
    return yaml.toString();
  }
}
