package io.quanta.contract.inherit;

/**
 * Where an element of an effective contract comes from.
 *
 * @param definedBy the contract of the chain whose definition of the element is in effect
 * @param overrides the ancestor whose definition {@code definedBy} replaced (tightened), or null when
 *     {@code definedBy} introduced the element
 */
public record Origin(ContractRef definedBy, ContractRef overrides) {

  /** An element introduced by this contract. */
  public static Origin own(ContractRef contract) {
    return new Origin(contract, null);
  }

  /** True when the element's definition comes from another contract than {@code self}. */
  public boolean inheritedBy(ContractRef self) {
    return !definedBy.equals(self);
  }
}
