package io.quanta.contract.governance.check;

import java.util.List;
import java.util.Objects;

/** A named check a policy can use: its documentation and the factory that validates its parameters. */
public interface PolicyCheck {

  /** The name policies write in {@code check:}. */
  String name();

  /** What the check requires of a contract, in one sentence. */
  String summary();

  /** The parameter names the check accepts. */
  List<String> parameters();

  /** Validates the parameters and returns the rule they configure. */
  PolicyRule configure(CheckParams params) throws InvalidParamException;

  /** Builds the parameters into a rule; may reject them. */
  @FunctionalInterface
  interface Factory {
    PolicyRule create(CheckParams params) throws InvalidParamException;
  }

  /** A check that rejects parameters it does not know before calling the factory. */
  static PolicyCheck of(String name, String summary, List<String> parameters, Factory factory) {
    Objects.requireNonNull(factory, "factory");
    List<String> accepted = List.copyOf(parameters);
    return new PolicyCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String summary() {
        return summary;
      }

      @Override
      public List<String> parameters() {
        return accepted;
      }

      @Override
      public PolicyRule configure(CheckParams params) throws InvalidParamException {
        params.rejectOthers(name, accepted);
        return factory.create(params);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
