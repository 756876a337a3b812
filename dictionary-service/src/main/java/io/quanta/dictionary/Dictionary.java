package io.quanta.dictionary;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quanta.dictionary.api.Access;
import io.quanta.dictionary.config.DictionaryConfig;
import io.quanta.dictionary.contracts.ContractService;
import io.quanta.dictionary.crawler.Crawler;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.governance.Governance;
import io.quanta.dictionary.index.Indices;
import io.quanta.dictionary.lineage.LineageService;
import io.quanta.dictionary.registry.Registry;
import io.quanta.dictionary.search.SearchService;
import io.vertx.core.Vertx;

/** The parts of a running dictionary that routes share; built once by {@link DictionaryMain}. */
public record Dictionary(
    DictionaryConfig config,
    Vertx vertx,
    PrometheusMeterRegistry metrics,
    Es es,
    Indices indices,
    Access access,
    Registry registry,
    Crawler crawler,
    ContractService contracts,
    SearchService search,
    LineageService lineage,
    Governance governance) {
}
