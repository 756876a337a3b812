/**
 * Elasticsearch for the dictionary: the embedded server (the Maven Central distribution run as a child
 * process) and the async Java client bridged to Vert.x futures.
 */
package io.quanta.dictionary.es;
