package io.quanta.dictionary.contracts;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractBindingException;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.diff.ContractDiff;
import io.quanta.contract.diff.ContractVersionException;
import io.quanta.contract.diff.DiffReport;
import io.quanta.contract.finding.FindingsReport;
import io.quanta.contract.inherit.ContractSource;
import io.quanta.contract.model.DataContract;
import io.quanta.dictionary.contracts.ContractDocument.Provenance;
import io.quanta.dictionary.contracts.ContractStore.Outcome;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.index.Indices;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Publishes a contract version straight to the dictionary ({@code PUT /api/contracts/{id}}): lint first
 * (errors refuse it), the id must match, versions are immutable (the same text again is fine), a breaking
 * change needs a major bump over the newest lower version, then it is resolved, stored and its descendants
 * re-resolved against it.
 */
public final class ContractPublisher {

  /** The answer: 201 for a new version, 200 for the same one again. */
  public record Published(int status, ObjectNode body) {
  }

  private final Vertx vertx;
  private final Es es;
  private final Indices indices;
  private final DictionaryResolver resolver;
  private final ContractStore store;
  private final Reresolver reresolver;

  ContractPublisher(Vertx vertx, Es es, Indices indices, DictionaryResolver resolver, ContractStore store,
      Reresolver reresolver) {
    this.vertx = vertx;
    this.es = es;
    this.indices = indices;
    this.resolver = resolver;
    this.store = store;
    this.reresolver = reresolver;
  }

  public Future<Published> publish(String id, String text, String publishedBy) {
    return vertx.executeBlocking(() -> Linted.of("PUT /api/contracts/" + id, text), false).compose(linted -> {
      if (!linted.valid()) {
        return Future.failedFuture(new Problem(422, "invalid-contract", "Invalid contract", "the contract has "
            + FindingsReport.summary(linted.findings()) + "; nothing was stored")
            .with("findings", FindingsReport.json(linted.findings().stream().limit(Linted.MAX_FINDINGS).toList())));
      }
      ObjectNode tree = linted.tree();
      if (!id.equals(tree.path("id").asText())) {
        throw Problem.badRequest("id-mismatch", "the contract's id is '" + Negotiation.truncate(tree.path("id").asText())
            + "', not '" + Negotiation.truncate(id) + "' as in the path");
      }
      String version = ContractFields.text(tree.path("version"));
      if (version == null) {
        throw Problem.badRequest("missing-version", "the contract needs a version to be published");
      }
      return held(id).compose(versions -> check(id, version, linted, versions))
          .compose(same -> resolver.resolve(tree, new ParentLoader(es, indices.contracts().alias()))
              .compose(resolved -> {
                ObjectNode doc = ContractDocument.build(linted, resolved, null, Provenance.published(publishedBy),
                    Instant.now());
                // The text as published, comments and layout included, for those who download it again.
                doc.put(ContractDocument.PUBLISHED_TEXT, text);
                return store.save(List.of(doc), true).compose(outcomes -> {
                  if (outcomes.get(0) == Outcome.CONFLICT) {
                    return Future.failedFuture(versionExists(id, version));
                  }
                  Future<Long> descendants = same ? Future.succeededFuture(0L) : reresolver.descendantsOf(id);
                  return descendants.map(n -> answer(same, id, version, linted, resolved, n));
                });
              }));
    });
  }

  private static Published answer(boolean same, String id, String version, Linted linted, Resolved resolved,
      long descendants) {
    ObjectNode body = Es.JSON.createObjectNode().put("id", id).put("version", version).put("created", !same);
    body.set("findings", FindingsReport.json(linted.findings()));
    body.put("resolved", resolved.resolved());
    body.set("resolutionFindings", FindingsReport.json(resolved.findings()));
    body.put("descendants", descendants);
    body.putObject("links").put("self", "/api/contracts/" + id)
        .put("effective", "/api/contracts/" + id + "/effective?version=" + version);
    return new Published(same ? 200 : 201, body);
  }

  /** True when this exact version is held already with the same text; fails on a conflict or a breaking change. */
  private Future<Boolean> check(String id, String version, Linted linted, List<ObjectNode> held) {
    Optional<ObjectNode> same = held.stream().filter(h -> h.path("version").asText().equals(version)).findFirst();
    if (same.isPresent()) {
      if (!same.get().path("hash").asText().equals(linted.hash())) {
        return Future.failedFuture(versionExists(id, version));
      }
      return Future.succeededFuture(same.get().path("published").asBoolean(false));
    }
    Optional<ObjectNode> lower = held.stream()
        .filter(h -> ContractSource.VERSION_ORDER.compare(h.path("version").asText(), version) < 0)
        .max((a, b) -> ContractSource.VERSION_ORDER.compare(a.path("version").asText(), b.path("version").asText()));
    if (lower.isEmpty()) {
      return Future.succeededFuture(false);
    }
    return vertx.executeBlocking(() -> breaking(lower.get(), linted.tree()), false).compose(report -> {
      if (report != null && report.hasBreakingChanges() && !report.versionSatisfies()) {
        return Future.failedFuture(new Problem(409, "breaking-change", "Conflict", id + "@" + version + " breaks "
            + report.oldVersion() + " (" + report.breakingChanges().size() + " breaking change"
            + (report.breakingChanges().size() == 1 ? "" : "s") + "); publish it as " + report.minimumVersion()
            + " or later").with("changes", ContractCodec.jsonMapper().valueToTree(report.breakingChanges())));
      }
      return Future.succeededFuture(false);
    });
  }

  private static DiffReport breaking(ObjectNode previous, ObjectNode next) {
    try {
      DataContract old = ContractCodec.bind(previous.get("raw"));
      DataContract neu = ContractCodec.bind(next);
      return ContractDiff.compare(old, neu);
    } catch (ContractBindingException | ContractVersionException e) {
      // Versions that are not semver cannot be judged; the lint findings say so.
      return null;
    }
  }

  private Future<List<ObjectNode>> held(String id) {
    return es.call(c -> c.search(r -> r.index(indices.contracts().alias()).size(ContractService.MAX_VERSIONS)
            .query(q -> q.term(t -> t.field("id").value(id)))
            .source(s -> s.filter(f -> f.includes("version", "hash", "published", "raw"))), ObjectNode.class))
        .map((SearchResponse<ObjectNode> response) -> response.hits().hits().stream().map(h -> h.source()).toList());
  }

  private static Problem versionExists(String id, String version) {
    return new Problem(409, "version-exists", "Conflict", Negotiation.truncate(id) + "@"
        + Negotiation.truncate(version) + " is held already with other content; versions are immutable: publish a new one");
  }

}
