package io.quanta.dictionary.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.finding.FindingsReport;
import io.quanta.contract.model.ExtendsReference;
import io.quanta.dictionary.contracts.ContractDocument;
import io.quanta.dictionary.contracts.ContractFacts;
import io.quanta.dictionary.contracts.ContractFields;
import io.quanta.dictionary.contracts.Linted;
import io.quanta.dictionary.contracts.Resolved;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the quanta-index document of a quantum that answered: identity from its index, the facts and
 * effective fields of its contract, lineage edges, freshness, quality and SLA from its observability
 * endpoints, and the lint and resolution findings. Without a contract this time (its endpoint failed) the
 * document holds no contract facts and is merged into the last one, which keeps them.
 */
final class QuantumDocument {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Raw observability documents larger than this are not kept whole. */
  static final int MAX_DOCUMENT_BYTES = 256 * 1024;

  private QuantumDocument() {
  }

  /**
   * The new document. {@code contractDoc} is the contracts-index document of the contract it serves (null when
   * the contract could not be read or is invalid); {@code linted} is null when the contract was not fetched.
   */
  static ObjectNode build(Claim claim, Snapshot snapshot, Linted linted, Resolved resolved, ObjectNode contractDoc) {
    ObjectNode doc = NODES.objectNode();
    doc.put("kind", "quantum");
    doc.put("id", claim.id());
    doc.put("url", claim.url());
    JsonNode root = snapshot.root().json();
    JsonNode source = contractDoc != null ? contractDoc.path("effective").isObject() ? contractDoc.get("effective")
        : contractDoc.get("raw") : linted != null ? linted.tree() : null;
    if (source != null) {
      ArrayNode fields = ContractFields.of(source);
      ContractFacts.put(doc, source, fields);
      ObjectNode contract = doc.putObject("contract");
      contract.put("id", source.path("id").asText(null));
      contract.put("version", source.path("version").asText(null));
      contract.put("key", source.path("id").asText("") + "@" + source.path("version").asText(""));
      contract.put("name", source.path("name").asText(null));
      contract.put("hash", linted == null ? null : linted.hash());
      doc.set("ancestors", ContractDocument.strings(resolved == null ? List.of() : resolved.ancestors()));
      doc.set("ancestorIds", ContractDocument.strings(resolved == null ? List.of() : resolved.ancestorIds()));
    } else if (root != null && root.path("name").isTextual()) {
      // Partial: the contract's facts and fields stay as last indexed; the name may come from the index.
      doc.put("name", root.path("name").asText());
    }
    if (linted != null) {
      ObjectNode lint = doc.putObject("lint");
      lint.put("valid", linted.valid()).put("errors", linted.errors()).put("warnings", linted.warnings());
    }
    JsonNode status = snapshot.status().json();
    String state = status != null && status.path("state").isTextual() ? status.path("state").asText()
        : root != null && root.path("state").isTextual() ? root.path("state").asText() : null;
    if (state != null) {
      doc.put("status", state.toLowerCase(java.util.Locale.ROOT));
    } else {
      doc.remove("status");
    }
    doc.set("freshness", Observations.freshness(status));
    doc.set("quality", Observations.quality(snapshot.quality().json(), status));
    doc.set("sla", Observations.sla(status));
    if (snapshot.lineage().json() != null || source != null) {
      doc.set("lineage", lineage(snapshot.lineage().json()));
    }
    if (linted != null) {
      // A merged document would merge these raw answers key by key with the old ones: only whole documents get them.
      ObjectNode documents = doc.putObject("documents");
      keep(documents, "root", snapshot.root());
      keep(documents, "status", snapshot.status());
      keep(documents, "quality", snapshot.quality());
      keep(documents, "descriptor", snapshot.descriptor());
      doc.set("findings", findings(linted, resolved));
      doc.set("suggest", suggest(doc));
    }
    return doc;
  }

  /** Lint findings of the contract, then those of its inheritance resolution. */
  private static ArrayNode findings(Linted linted, Resolved resolved) {
    ArrayNode out = NODES.arrayNode();
    if (linted != null) {
      out.addAll(FindingsReport.json(linted.findings().stream().limit(100).toList()));
    }
    if (resolved != null && !resolved.resolved()) {
      out.addAll(FindingsReport.json(resolved.findings().stream().limit(100).toList()));
    }
    return out;
  }

  /** Inputs and outputs as served, plus the upstream ids, URLs and contract ids lineage queries match. */
  private static ObjectNode lineage(JsonNode served) {
    if (served == null) {
      return NODES.objectNode();
    }
    ObjectNode out = NODES.objectNode();
    ArrayNode inputs = out.putArray("inputs");
    Set<String> upstream = new LinkedHashSet<>();
    Set<String> urls = new LinkedHashSet<>();
    Set<String> contracts = new LinkedHashSet<>();
    for (JsonNode input : served.path("inputs")) {
      if (!input.isObject() || inputs.size() >= 200) {
        continue;
      }
      ObjectNode entry = inputs.addObject();
      for (String key : new String[] {"quantum", "url", "contract"}) {
        String value = ContractFields.text(input.path(key));
        if (value != null) {
          entry.put(key, value);
        }
      }
      if (entry.has("quantum")) {
        upstream.add(entry.get("quantum").asText());
      } else if (entry.has("url")) {
        urls.add(normalise(entry.get("url").asText()));
      } else if (entry.has("contract")) {
        ExtendsReference.parse(entry.get("contract").asText()).reference().ifPresent(r -> contracts.add(r.id()));
      }
    }
    ArrayNode outputs = out.putArray("outputs");
    served.path("outputs").forEach(o -> {
      if (o.isObject() && outputs.size() < 200) {
        outputs.add(o);
      }
    });
    out.set("upstream", ContractDocument.strings(upstream));
    out.set("upstreamUrls", ContractDocument.strings(urls));
    out.set("upstreamContracts", ContractDocument.strings(contracts));
    return out;
  }

  /** A URL as lineage compares them: no trailing slash. */
  static String normalise(String url) {
    return url.replaceAll("/+$", "");
  }

  private static void keep(ObjectNode documents, String name, Fetched fetched) {
    JsonNode json = fetched.json();
    if (json != null && fetched.size() <= MAX_DOCUMENT_BYTES) {
      documents.set(name, json);
    }
  }

  private static ArrayNode suggest(ObjectNode doc) {
    ArrayNode out = NODES.arrayNode();
    Set<String> names = new LinkedHashSet<>();
    names.add(doc.path("id").asText());
    if (doc.path("name").isTextual()) {
      names.add(doc.path("name").asText());
    }
    out.addObject().put("weight", 20).set("input", ContractDocument.strings(names));
    return out;
  }
}
