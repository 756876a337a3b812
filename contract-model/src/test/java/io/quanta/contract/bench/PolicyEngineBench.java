package io.quanta.contract.bench;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.governance.EffectivePolicies;
import io.quanta.contract.governance.PolicyEngine;
import io.quanta.contract.governance.PolicyReport;
import io.quanta.contract.governance.PolicySets;
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

/** How long the pre-publish policy check takes: the largest official example against the default set. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PolicyEngineBench {

  private DataContract contract;
  private EffectivePolicies policies;

  @Setup
  public void setUp() throws Exception {
    contract = ContractCodec.readFile(Fixtures.officialExample("all__postgresql-adventureworks-contract.odcs.yaml"));
    policies = PolicySets.combine(List.of(PolicySets.defaults())).forContract(contract);
  }

  @Benchmark
  public PolicyReport evaluate_defaults_on_a_large_contract() {
    return PolicyEngine.evaluate(contract, policies);
  }
}
