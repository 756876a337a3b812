package io.quanta.dictionary.governance;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractBindingException;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.governance.PolicyEngine;
import io.quanta.contract.governance.PolicyReport;
import io.quanta.contract.governance.PolicyResult.Outcome;
import io.quanta.contract.model.DataContract;
import io.quanta.dictionary.api.JsonStream;
import io.quanta.dictionary.api.Responses;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.index.DocumentScan;
import io.quanta.dictionary.index.Indices;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges every quantum's effective contract (as the dictionary holds it) against the mesh's policies: each
 * quantum with its failed policies, then a summary of the verdicts. Quanta are read in pages, their contracts with one query per page, and the
 * judging runs on a worker thread.
 */
public final class ComplianceReport {

  static final int PAGE = 200;

  private final Vertx vertx;
  private final Es es;
  private final Indices indices;
  private final Governance governance;

  public ComplianceReport(Vertx vertx, Es es, Indices indices, Governance governance) {
    this.vertx = vertx;
    this.es = es;
    this.indices = indices;
    this.governance = governance;
  }

  /** Streams the report, or answers a problem when the index cannot be read at all. */
  public void write(RoutingContext ctx) {
    es.call(c -> c.count(r -> r.index(indices.quanta().alias()))).onFailure(e -> ctx.fail(Responses.problem(e)))
        .onSuccess(count -> {
          ObjectNode head = Es.JSON.createObjectNode().put("policySet", governance.global().name());
          JsonStream out = JsonStream.open(ctx, head, "quanta");
          Totals totals = new Totals();
          page(out, totals).onSuccess(v -> out.close(Es.JSON.createObjectNode().set("summary", totals.toJson())))
              .onFailure(ctx::fail);
        });
  }

  /** Verdicts counted as the report is written. */
  private static final class Totals {
    private long total;
    private long compliant;
    private long withErrors;
    private long withWarnings;
    private long unjudged;

    synchronized void count(ObjectNode entry) {
      total++;
      if (!entry.path("hasErrors").isBoolean()) {
        unjudged++;
        return;
      }
      boolean errors = entry.path("hasErrors").asBoolean();
      boolean warnings = false;
      for (JsonNode v : entry.path("violations")) {
        warnings |= v.path("severity").asText().equals("warning");
      }
      withErrors += errors ? 1 : 0;
      withWarnings += warnings ? 1 : 0;
      compliant += entry.path("violations").isEmpty() ? 1 : 0;
    }

    synchronized ObjectNode toJson() {
      return Es.JSON.createObjectNode().put("quanta", total).put("compliant", compliant).put("withErrors", withErrors)
          .put("withWarnings", withWarnings).put("unjudged", unjudged);
    }
  }

  private Future<Void> page(JsonStream out, Totals totals) {
    return new DocumentScan(es, indices.quanta().alias(), indices.quanta().idField(), null, PAGE,
        List.of("id", "domain", "health", "contract.id", "contract.version", "contract.key"))
        .forEachPage(hits -> contracts(hits).compose(docs -> vertx.executeBlocking(() -> judge(hits, docs), false))
            .compose(entries -> {
              Future<Void> last = Future.succeededFuture();
              for (ObjectNode entry : entries) {
                totals.count(entry);
                last = out.add(entry);
              }
              return last;
            }))
        .mapEmpty();
  }

  private Future<Map<String, JsonNode>> contracts(List<Hit<ObjectNode>> quanta) {
    List<FieldValue> keys = quanta.stream().map(h -> h.source().path("contract").path("key").asText(null))
        .filter(k -> k != null).distinct().map(FieldValue::of).toList();
    if (keys.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return es.call(c -> c.search(r -> r.index(indices.contracts().alias()).size(keys.size())
            .query(q -> q.terms(t -> t.field("key").terms(v -> v.value(keys))))
            .source(s -> s.filter(f -> f.includes("key", "raw", "effective"))), ObjectNode.class))
        .map((SearchResponse<ObjectNode> response) -> {
          Map<String, JsonNode> out = new HashMap<>();
          response.hits().hits().forEach(h -> out.put(h.source().path("key").asText(),
              h.source().path("effective").isObject() ? h.source().get("effective") : h.source().get("raw")));
          return out;
        });
  }

  private List<ObjectNode> judge(List<Hit<ObjectNode>> quanta, Map<String, JsonNode> contracts) {
    List<ObjectNode> out = new ArrayList<>();
    for (Hit<ObjectNode> hit : quanta) {
      JsonNode doc = hit.source();
      ObjectNode entry = Es.JSON.createObjectNode().put("id", doc.path("id").asText());
      entry.set("domain", doc.get("domain"));
      entry.set("health", doc.get("health"));
      JsonNode tree = contracts.get(doc.path("contract").path("key").asText(""));
      if (tree == null) {
        entry.putNull("contract");
        entry.putNull("hasErrors");
        entry.put("detail", "no valid contract of this quantum is indexed yet");
        out.add(entry);
        continue;
      }
      entry.putObject("contract").put("id", tree.path("id").asText()).put("version", tree.path("version").asText());
      DataContract contract;
      try {
        contract = ContractCodec.bind(tree);
      } catch (ContractBindingException e) {
        entry.putNull("hasErrors");
        entry.put("detail", "the contract cannot be read: " + e.getMessage());
        out.add(entry);
        continue;
      }
      PolicyReport report = PolicyEngine.evaluate(contract, governance.combined().forContract(contract));
      entry.put("hasErrors", report.hasErrors());
      entry.putObject("summary").put("passed", report.count(Outcome.PASS)).put("failed", report.count(Outcome.FAIL))
          .put("notApplicable", report.count(Outcome.NOT_APPLICABLE));
      ArrayNode violations = entry.putArray("violations");
      for (Finding f : report.violations()) {
        violations.addObject().put("policy", f.code()).put("severity", f.severity().word()).put("path", f.path())
            .put("message", f.message());
      }
      out.add(entry);
    }
    return out;
  }
}
