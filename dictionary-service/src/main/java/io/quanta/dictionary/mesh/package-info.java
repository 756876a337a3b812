/** The mesh health overview: every quantum's reachability, freshness against its SLA and quality. */
package io.quanta.dictionary.mesh;
