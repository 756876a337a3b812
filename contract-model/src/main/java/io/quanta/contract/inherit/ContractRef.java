package io.quanta.contract.inherit;

import io.quanta.contract.model.DataContract;

/** A contract's identity in a chain, written {@code id@version} as the extends reference writes it. */
public record ContractRef(String id, String version) {

  /** How a contract without an id is named in messages. */
  public static final String NO_ID = "(no id)";

  /** The identity of a contract, tolerating a missing id or version. */
  public static ContractRef of(DataContract contract) {
    return new ContractRef(contract.id() == null ? NO_ID : contract.id(), contract.version());
  }

  @Override
  public String toString() {
    return version == null ? id : id + "@" + version;
  }
}
