/**
 * The typed ODCS v3.x data contract: records for the parts Quanta reads, each keeping every field it
 * does not model in {@code extra()} so that a contract survives a read and a write unchanged.
 */
package io.quanta.contract.model;
