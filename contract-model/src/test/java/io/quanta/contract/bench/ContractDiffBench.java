package io.quanta.contract.bench;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.diff.Change;
import io.quanta.contract.diff.ContractDiff;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.testing.Fixtures;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** How long a diff of the largest official example (AdventureWorks, 1,400 lines) takes, against itself. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContractDiffBench {

  private DataContract old;
  private DataContract neu;

  @Setup
  public void read() throws Exception {
    old = ContractCodec.readFile(Fixtures.officialExample("all__postgresql-adventureworks-contract.odcs.yaml"));
    neu = ContractCodec.readFile(Fixtures.officialExample("all__postgresql-adventureworks-contract.odcs.yaml"));
  }

  @Benchmark
  public List<Change> diff_adventureworks_against_itself() {
    return ContractDiff.changes(old, neu);
  }
}
