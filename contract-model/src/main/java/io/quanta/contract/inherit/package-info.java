/**
 * Contract inheritance: a contract names one parent through {@code customProperties: [{property: extends,
 * value: "<id>[@<version>]"}]}; {@link io.quanta.contract.inherit.InheritanceResolver} computes the effective
 * contract from a {@link io.quanta.contract.inherit.ContractSource}, allowing a child to add and tighten but
 * never to loosen or retype what it inherits. The rules are tabled in {@code docs/contract-inheritance.md}.
 */
package io.quanta.contract.inherit;
