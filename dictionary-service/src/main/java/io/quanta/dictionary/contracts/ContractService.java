package io.quanta.dictionary.contracts;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.inherit.ContractSource;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.index.Indices;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads contracts: every version of an id (the runtime's parent-contract protocol), one version's
 * effective form, its ancestors (one multi-key query) and its descendants (one term query on the stored
 * ancestor ids, however deep and however many).
 */
public final class ContractService {

  static final int MAX_VERSIONS = 1_000;

  private final Es es;
  private final Indices indices;
  private final ContractPublisher publisher;
  private final Reresolver reresolver;
  private final Descendants descendants;

  public ContractService(Vertx vertx, Es es, Indices indices, DictionaryResolver resolver, ContractStore store,
      Reresolver reresolver) {
    this.es = es;
    this.indices = indices;
    this.reresolver = reresolver;
    this.publisher = new ContractPublisher(vertx, es, indices, resolver, store, reresolver);
    this.descendants = new Descendants(es, indices.contracts().alias());
  }

  public ContractPublisher publisher() {
    return publisher;
  }

  public Reresolver reresolver() {
    return reresolver;
  }

  /**
   * {@code {id, latest, versions: [raw…], info: […]}}, oldest first; 404 when the id is unknown. A published
   * version's info carries its text as published ({@code publishedText}).
   */
  public Future<ObjectNode> versions(String id) {
    Future<List<ObjectNode>> docs = allVersions(id);
    Future<Map<String, List<String>>> served = servedBy(id);
    return Future.all(docs, served).map(done -> {
      List<ObjectNode> list = docs.result();
      if (list.isEmpty()) {
        throw unknown(id);
      }
      ObjectNode out = Es.JSON.createObjectNode().put("id", id);
      out.put("latest", list.stream().filter(d -> d.path("latest").asBoolean()).map(d -> d.path("version").asText())
          .findFirst().orElse(list.get(list.size() - 1).path("version").asText()));
      ArrayNode versions = out.putArray("versions");
      ArrayNode info = out.putArray("info");
      for (ObjectNode doc : list) {
        versions.add(doc.get("raw"));
        ObjectNode entry = info.addObject().put("version", doc.path("version").asText());
        for (String key : List.of("published", "publishedBy", "firstSeenIn", "extends", "ancestors", "lint",
            "resolution", "firstSeenAt", "indexedAt", ContractDocument.PUBLISHED_TEXT)) {
          if (doc.has(key)) {
            entry.set(key, doc.get(key));
          }
        }
        ((ObjectNode) entry.path("lint")).remove("findings");
        ((ObjectNode) entry.path("resolution")).remove("findings");
        entry.set("servedBy", ContractDocument.strings(served.result().getOrDefault(doc.path("version").asText(),
            List.of())));
      }
      return out;
    });
  }

  /** The stored document of a version (the latest when {@code version} is null). */
  public Future<ObjectNode> document(String id, String version) {
    return allVersions(id).map(list -> {
      if (list.isEmpty()) {
        throw unknown(id);
      }
      return list.stream().filter(d -> version == null ? d.path("latest").asBoolean()
              : d.path("version").asText().equals(version)).findFirst()
          .or(() -> version == null ? java.util.Optional.of(list.get(list.size() - 1)) : java.util.Optional.empty())
          .orElseThrow(() -> Problem.notFound("unknown-version", "contract '" + Negotiation.truncate(id)
              + "' has no version '" + Negotiation.truncate(version) + "'; it has "
              + list.stream().map(d -> d.path("version").asText()).toList()));
    });
  }

  /** The ancestors of a version, nearest first, read with one query. */
  public Future<ObjectNode> ancestors(String id, String version) {
    return document(id, version).compose(doc -> {
      List<String> keys = new ArrayList<>();
      doc.path("ancestors").forEach(a -> keys.add(a.asText()));
      List<String> ids = new ArrayList<>();
      doc.path("ancestorIds").forEach(a -> ids.add(a.asText()));
      Query query = keys.isEmpty() ? Query.of(q -> q.terms(t -> t.field("id").terms(v -> v.value(values(ids)))))
          : Query.of(q -> q.terms(t -> t.field("key").terms(v -> v.value(values(keys)))));
      Future<Map<String, ObjectNode>> found = ids.isEmpty() ? Future.succeededFuture(Map.of())
          : es.call(c -> c.search(r -> r.index(indices.contracts().alias()).size(MAX_VERSIONS).query(query)
              .source(s -> s.filter(f -> f.includes("key", "id", "version", "name", "domain", "published", "latest"))),
              ObjectNode.class)).map(ContractService::byKeyAndLatestId);
      return found.map(known -> {
        ObjectNode out = Es.JSON.createObjectNode().put("id", id).put("version", doc.path("version").asText());
        ArrayNode list = out.putArray("ancestors");
        List<String> names = keys.isEmpty() ? ids : keys;
        for (int i = 0; i < names.size(); i++) {
          ObjectNode hit = known.get(names.get(i));
          ObjectNode entry = list.addObject();
          String ancestorId = keys.isEmpty() ? names.get(i) : names.get(i).substring(0, names.get(i).lastIndexOf('@'));
          entry.put("id", ancestorId);
          entry.put("version", hit != null ? hit.path("version").asText() : null);
          entry.put("depth", i + 1);
          entry.put("known", hit != null);
          if (hit != null) {
            entry.set("name", hit.get("name"));
            entry.set("domain", hit.get("domain"));
            entry.put("published", hit.path("published").asBoolean(false));
          }
          entry.putObject("links").put("self", "/api/contracts/" + ancestorId);
        }
        return out;
      });
    });
  }

  /** Descendants: one search on the ancestor ids (or ancestor keys, for one version), paged by key. */
  public Future<ObjectNode> descendants(String id, String version, boolean allVersions, int size, String after) {
    return descendants.find(id, version, allVersions, size, after);
  }

  private Future<List<ObjectNode>> allVersions(String id) {
    return es.call(c -> c.search(r -> r.index(indices.contracts().alias()).size(MAX_VERSIONS)
            .query(q -> q.term(t -> t.field("id").value(id))), ObjectNode.class))
        .map((SearchResponse<ObjectNode> response) -> {
          List<ObjectNode> list = new ArrayList<>(response.hits().hits().stream().map(Hit::source).toList());
          list.sort(Comparator.comparing(d -> d.path("version").asText(), ContractSource.VERSION_ORDER));
          return list;
        });
  }

  /** The quanta serving each version of a contract. */
  private Future<Map<String, List<String>>> servedBy(String id) {
    return es.call(c -> c.search(r -> r.index(indices.quanta().alias()).size(10_000)
            .query(q -> q.term(t -> t.field("contract.id").value(id)))
            .source(s -> s.filter(f -> f.includes("id", "contract.version"))), ObjectNode.class))
        .map((SearchResponse<ObjectNode> response) -> {
          Map<String, List<String>> out = new HashMap<>();
          response.hits().hits().forEach(h -> out.computeIfAbsent(h.source().path("contract").path("version").asText(),
              k -> new ArrayList<>()).add(h.source().path("id").asText()));
          return out;
        });
  }

  private static Map<String, ObjectNode> byKeyAndLatestId(SearchResponse<ObjectNode> response) {
    Map<String, ObjectNode> out = new HashMap<>();
    response.hits().hits().forEach(h -> {
      ObjectNode doc = h.source();
      out.put(doc.path("key").asText(), doc);
      if (doc.path("latest").asBoolean(false)) {
        out.put(doc.path("id").asText(), doc);
      }
    });
    return out;
  }

  private static List<FieldValue> values(List<String> texts) {
    return texts.stream().map(FieldValue::of).toList();
  }

  static Problem unknown(String id) {
    return Problem.notFound("unknown-contract", "the dictionary holds no contract '" + Negotiation.truncate(id) + "'");
  }
}
