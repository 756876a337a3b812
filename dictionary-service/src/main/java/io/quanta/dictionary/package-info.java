/**
 * The dictionary service: the mesh's registry of quanta, a crawler that reads every quantum's contract
 * and observability into Elasticsearch, and the search, inheritance, lineage and governance APIs on top.
 */
package io.quanta.dictionary;
