package io.quanta.dictionary.contracts;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.inherit.ContractSource;
import io.quanta.contract.model.SemVer;
import io.quanta.dictionary.es.Es;
import io.quanta.dictionary.es.JsonBytes;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes contract documents in one bulk request per call, after one query for what the index holds of the
 * same ids: a version keeps when it was first seen and whether it was published; a version published with
 * other content is not overwritten by a quantum serving a different text under the same version; and the
 * {@code latest} flag of every version of each id is set (releases over pre-releases, semver order). A
 * document whose content (everything but timestamps and flags) is what the index holds already is not
 * written again: every crawl of an unchanged quantum would otherwise re-index its contract, nested fields and
 * all.
 */
public final class ContractStore {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContractStore.class);

  /** Keys left out of a document's content hash: when and where it was seen, and the flags kept apart. */
  private static final List<String> VOLATILE = List.of("firstSeenAt", "firstSeenIn", "indexedAt", "latest",
      "published", "publishedBy", "contentHash");

  /** What happened to one document. */
  public enum Outcome {
    CREATED, UPDATED, UNCHANGED, CONFLICT
  }

  private final Es es;
  private final String alias;

  public ContractStore(Es es, String alias) {
    this.es = es;
    this.alias = alias;
  }

  /** Saves the documents (built by {@link ContractDocument}); outcomes in the same order. */
  public Future<List<Outcome>> save(List<ObjectNode> docs) {
    return save(docs, false);
  }

  /**
   * As {@link #save(List)}; {@code visible} waits until searches see the documents, so that an API client
   * that stored a contract finds it with its next request.
   */
  public Future<List<Outcome>> save(List<ObjectNode> docs, boolean visible) {
    return plan(docs).compose(plan -> {
      if (plan.operations().isEmpty()) {
        // What an API client stored is in the index already; a crawl may have written it a moment ago, unrefreshed.
        return !visible || plan.kept() == 0 ? Future.succeededFuture(plan.outcomes())
            : es.call(c -> c.indices().refresh(r -> r.index(alias))).map(r -> plan.outcomes());
      }
      return es.call(c -> c.bulk(b -> b.operations(plan.operations()).refresh(visible ? Refresh.WaitFor : Refresh.False)))
          .map((BulkResponse response) -> {
            refused(response.items());
            return plan.outcomes();
          });
    });
  }

  /**
   * What saving the documents takes, without writing: their outcomes in the same order, and the bulk
   * operations that write them (none for unchanged content or a conflict), for a caller that sends them in
   * one bulk request with writes of its own. The response items of these operations go to {@link #refused}.
   */
  public Future<Plan> plan(List<ObjectNode> docs) {
    if (docs.isEmpty()) {
      return Future.succeededFuture(new Plan(List.of(), List.of(), 0));
    }
    Set<String> ids = new TreeSet<>();
    docs.forEach(d -> ids.add(d.path("id").asText()));
    return existing(ids).map(held -> plan(docs, held));
  }

  /**
   * The outcomes of a save and the bulk operations that carry it out; {@code kept} counts the documents whose
   * content the index holds already.
   */
  public record Plan(List<Outcome> outcomes, List<BulkOperation> operations, int kept) {
  }

  /** Logs the documents the contracts index refused: one must not hold back the others. */
  public static void refused(List<BulkResponseItem> items) {
    items.stream().filter(i -> i.error() != null).forEach(i -> LOG.warn(
        "the contracts index refused {}: {}", i.id(), i.error().reason()));
  }

  private Future<Map<String, ObjectNode>> existing(Set<String> ids) {
    List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
    return es.call(c -> c.search(r -> r.index(alias).size(10_000)
            .query(q -> q.terms(t -> t.field("id").terms(v -> v.value(values))))
            .source(s -> s.filter(f -> f.includes("key", "id", "version", "hash", "contentHash", "latest", "published",
                "publishedBy", "firstSeenIn", "firstSeenAt", ContractDocument.PUBLISHED_TEXT))), ObjectNode.class))
        .map((SearchResponse<ObjectNode> response) -> {
          Map<String, ObjectNode> out = new LinkedHashMap<>();
          response.hits().hits().forEach(h -> out.put(h.source().path("key").asText(), h.source()));
          return out;
        });
  }

  private Plan plan(List<ObjectNode> docs, Map<String, ObjectNode> held) {
    List<Outcome> outcomes = new ArrayList<>();
    Map<String, ObjectNode> writes = new LinkedHashMap<>();
    Map<String, byte[]> contents = new HashMap<>();
    int kept = 0;
    for (ObjectNode doc : docs) {
      String key = doc.path("key").asText();
      ObjectNode before = held.get(key);
      keepPublishedText(doc, before);
      byte[] content = content(doc);
      contents.put(key, content);
      doc.put("contentHash", JsonBytes.sha256(content));
      Outcome outcome = merge(doc, before);
      outcomes.add(outcome);
      if (outcome != Outcome.CONFLICT && !alreadyHeld(doc, before)) {
        writes.put(key, doc);
      } else if (outcome != Outcome.CONFLICT) {
        kept++;
      }
    }
    List<BulkOperation> operations = new ArrayList<>();
    Map<String, List<String>> versions = new HashMap<>();
    held.values().forEach(h -> versions.computeIfAbsent(h.path("id").asText(), k -> new ArrayList<>())
        .add(h.path("version").asText()));
    writes.values().forEach(d -> versions.computeIfAbsent(d.path("id").asText(), k -> new ArrayList<>())
        .add(d.path("version").asText()));
    Map<String, String> newest = new HashMap<>();
    versions.forEach((id, list) -> newest.put(id, newest(list)));
    for (ObjectNode doc : writes.values()) {
      doc.put("latest", doc.path("version").asText().equals(newest.get(doc.path("id").asText())));
      // The content was serialised once for its digest; the volatile members go after it.
      byte[] json = JsonBytes.concat(contents.get(doc.path("key").asText()), volatileMembers(doc));
      operations.add(BulkOperation.of(o -> o.index(i -> i.index(alias).id(doc.path("key").asText())
          .document(JsonBytes.binary(json)))));
    }
    for (ObjectNode h : held.values()) {
      String key = h.path("key").asText();
      boolean latest = h.path("version").asText().equals(newest.get(h.path("id").asText()));
      if (!writes.containsKey(key) && h.path("latest").asBoolean(false) != latest) {
        ObjectNode flag = Es.JSON.createObjectNode().put("latest", latest);
        operations.add(BulkOperation.of(o -> o.update(u -> u.index(alias).id(key).action(a -> a.doc(flag)))));
      }
    }
    return new Plan(outcomes, operations, kept);
  }

  /**
   * True when the index holds this very content already, with the same publication: nothing to write (the
   * {@code latest} flag, when it must change, is set apart).
   */
  private static boolean alreadyHeld(ObjectNode doc, ObjectNode before) {
    return before != null && before.path("contentHash").asText().equals(doc.path("contentHash").asText())
        && (!doc.path("published").asBoolean(false) || before.path("published").asBoolean(false)
            && before.path("publishedBy").equals(doc.path("publishedBy")));
  }

  /**
   * The document's JSON without its {@link #VOLATILE} keys (taken out for the serialisation, then put back):
   * what the content digest is taken of.
   */
  private static byte[] content(ObjectNode doc) {
    ObjectNode aside = volatileMembers(doc);
    doc.remove(VOLATILE);
    byte[] json = JsonBytes.of(doc);
    doc.setAll(aside);
    return json;
  }

  /** The document's {@link #VOLATILE} members, in that order. */
  private static ObjectNode volatileMembers(ObjectNode doc) {
    ObjectNode out = Es.JSON.createObjectNode();
    for (String key : VOLATILE) {
      JsonNode value = doc.get(key);
      if (value != null) {
        out.set(key, value);
      }
    }
    return out;
  }

  /**
   * A quantum serving a published version (the same contract: same digest) leaves its published text in place;
   * publishing the same contract again with another layout replaces it.
   */
  private static void keepPublishedText(ObjectNode doc, ObjectNode before) {
    if (before != null && !doc.has(ContractDocument.PUBLISHED_TEXT) && before.hasNonNull(ContractDocument.PUBLISHED_TEXT)
        && before.path("hash").asText().equals(doc.path("hash").asText())) {
      doc.set(ContractDocument.PUBLISHED_TEXT, before.get(ContractDocument.PUBLISHED_TEXT));
    }
  }

  /** Carries over what the index knows of the same version; CONFLICT when a published text would be replaced. */
  private static Outcome merge(ObjectNode doc, ObjectNode before) {
    if (before == null) {
      return Outcome.CREATED;
    }
    boolean sameText = before.path("hash").asText().equals(doc.path("hash").asText());
    boolean wasPublished = before.path("published").asBoolean(false);
    if (wasPublished && !sameText && !doc.path("published").asBoolean(false)) {
      return Outcome.CONFLICT;
    }
    copy(before, doc, "firstSeenAt");
    copy(before, doc, "firstSeenIn");
    if (wasPublished) {
      doc.put("published", true);
      if (!doc.hasNonNull("publishedBy")) {
        copy(before, doc, "publishedBy");
      }
    }
    return sameText ? Outcome.UNCHANGED : Outcome.UPDATED;
  }

  private static void copy(JsonNode from, ObjectNode to, String key) {
    if (from.hasNonNull(key)) {
      to.set(key, from.get(key));
    }
  }

  /** The newest version: the greatest release, else the greatest pre-release, in semver order. */
  static String newest(List<String> versions) {
    return versions.stream().filter(v -> SemVer.parse(v).map(s -> s.preRelease() == null).orElse(true))
        .max(ContractSource.VERSION_ORDER)
        .orElseGet(() -> versions.stream().max(ContractSource.VERSION_ORDER).orElse(null));
  }
}
