/**
 * Reading and writing ODCS contracts as YAML or JSON, with the source position of every element so
 * that findings can point at a line and column.
 */
package io.quanta.contract.codec;
