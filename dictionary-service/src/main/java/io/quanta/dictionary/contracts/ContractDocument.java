package io.quanta.dictionary.contracts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.finding.FindingsReport;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Builds the contracts-index document of one contract version: identity, facts and fields of its effective
 * form (so inherited fields are found), raw and effective contract, inheritance (parent, ancestors,
 * ancestor ids, missing parents), lint summary and provenance.
 */
public final class ContractDocument {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final int MAX_SUGGESTED_FIELDS = 50;

  private ContractDocument() {
  }

  /** Where a version came from: published through the API (by whom), or served by a quantum. */
  /** The member that holds a published version's text exactly as it was published (not indexed). */
  public static final String PUBLISHED_TEXT = "publishedText";

  public record Provenance(boolean published, String publishedBy, String seenIn) {

    public static Provenance published(String by) {
      return new Provenance(true, by, null);
    }

    public static Provenance servedBy(String quantum) {
      return new Provenance(false, null, quantum);
    }
  }

  /**
   * The document; {@code servedEffective} is the effective form the serving quantum resolved (or null), used
   * when the dictionary cannot resolve the chain itself.
   */
  public static ObjectNode build(Linted linted, Resolved resolved, ObjectNode servedEffective, Provenance provenance,
      Instant now) {
    ObjectNode raw = linted.tree();
    String id = raw.path("id").asText();
    String version = raw.path("version").asText();
    ObjectNode effective = resolved.resolved() ? resolved.effective() : servedEffective;
    String effectiveSource = resolved.resolved() ? resolved.source() : servedEffective != null ? "quantum" : "none";
    ObjectNode doc = NODES.objectNode();
    doc.put("kind", "contract");
    doc.put("key", id + "@" + version);
    doc.put("id", id);
    doc.put("version", version);
    doc.put("latest", false);
    ArrayNode fields = ContractFields.of(effective != null ? effective : raw);
    ContractFacts.put(doc, effective != null ? effective : raw, fields);
    putText(doc, "dataProduct", ContractFields.text(raw.path("dataProduct")));
    putText(doc, "tenant", ContractFields.text(raw.path("tenant")));
    doc.put("published", provenance.published());
    putText(doc, "publishedBy", provenance.publishedBy());
    putText(doc, "firstSeenIn", provenance.seenIn());
    putText(doc, "extends", ContractFacts.extendsValue(raw));
    putText(doc, "parentId", ContractFacts.parentId(raw));
    doc.set("ancestors", strings(resolved.ancestors()));
    doc.set("ancestorIds", strings(resolved.ancestorIds()));
    doc.put("depth", resolved.resolved() ? resolved.ancestors().size() : resolved.ancestorIds().size());
    doc.set("sla", sla(effective != null ? effective : raw));
    doc.set("raw", raw);
    if (effective != null && effective != raw) {
      // A contract that extends nothing is its own effective form: kept once, as raw.
      doc.set("effective", effective);
    }
    doc.put("effectiveSource", effectiveSource);
    ObjectNode resolution = doc.putObject("resolution");
    resolution.put("resolved", resolved.resolved());
    resolution.set("chain", strings(resolved.chain()));
    resolution.set("missing", strings(resolved.missing()));
    resolution.set("findings", FindingsReport.json(resolved.findings().stream().limit(Linted.MAX_FINDINGS).toList()));
    doc.set("lint", linted.summary());
    doc.put("hash", linted.hash());
    doc.put("firstSeenAt", now.toString());
    doc.put("indexedAt", now.toString());
    doc.set("suggest", suggest(doc));
    return doc;
  }

  /** Completion inputs: id and name weigh most, then field names. */
  static ArrayNode suggest(ObjectNode doc) {
    ArrayNode out = NODES.arrayNode();
    Set<String> names = new LinkedHashSet<>();
    names.add(doc.path("id").asText());
    if (doc.hasNonNull("name")) {
      names.add(doc.path("name").asText());
    }
    ObjectNode main = out.addObject().put("weight", 10);
    main.set("input", strings(names));
    Set<String> fields = new LinkedHashSet<>();
    doc.path("fields").forEach(f -> {
      if (fields.size() < MAX_SUGGESTED_FIELDS) {
        fields.add(f.path("name").asText());
      }
    });
    fields.removeAll(names);
    if (!fields.isEmpty()) {
      out.addObject().put("weight", 1).set("input", strings(fields));
    }
    return out;
  }

  private static ArrayNode sla(ObjectNode contract) {
    ArrayNode out = NODES.arrayNode();
    contract.path("slaProperties").forEach(p -> {
      ObjectNode entry = out.addObject();
      putText(entry, "property", ContractFields.text(p.path("property")));
      entry.put("value", p.path("value").isValueNode() ? p.path("value").asText() : p.path("value").toString());
      putText(entry, "unit", ContractFields.text(p.path("unit")));
      putText(entry, "element", ContractFields.text(p.path("element")));
    });
    return out;
  }

  /** A JSON array of the texts. */
  public static ArrayNode strings(Iterable<String> values) {
    ArrayNode out = NODES.arrayNode();
    values.forEach(out::add);
    return out;
  }

  private static void putText(ObjectNode doc, String key, String value) {
    if (value != null) {
      doc.put(key, value);
    }
  }
}
