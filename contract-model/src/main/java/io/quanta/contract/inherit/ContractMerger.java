package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.model.DataContract;
import java.util.List;
import java.util.Set;

/**
 * Merges a child contract onto its parent's effective contract. Fundamentals take the child's value
 * when it sets one, else the parent's; tags are united; schema, quality and SLA merge element by element.
 */
final class ContractMerger {

  /** Custom properties the resolver owns: {@code extends} is consumed, the others are written by the annotator. */
  static final Set<String> CONTRACT_MARKERS = Set.of(DataContract.EXTENDS, Annotator.INHERITANCE_CHAIN,
      Annotator.INHERITED_ELEMENTS);
  /** Fields that name the contract itself: never inherited. */
  private static final Set<String> OWN_ONLY = Set.of("id", "version", "contractCreatedTs");
  /** Fields every contract sets, whose origin says nothing. */
  private static final Set<String> UNTRACKED = Set.of("apiVersion", "kind");

  /** A merge outcome: the effective tree and its origins, or the problems that forbid it. */
  record Merged(ObjectNode tree, OriginIndex origins, List<Problem> problems) {
  }

  private ContractMerger() {
  }

  /** A contract that extends nothing: every element is its own. */
  static Merged root(ObjectNode contract, ContractRef self, Locator locator) {
    return merge(Nodes.NODES.objectNode(), OriginIndex.EMPTY, self, contract, self, locator);
  }

  static Merged merge(ObjectNode parent, OriginIndex parentOrigins, ContractRef parentRef,
      ObjectNode child, ContractRef self, Locator locator) {
    MergeContext ctx = new MergeContext(self, parentRef, parentOrigins, locator);
    ObjectNode merged = Nodes.NODES.objectNode();
    for (String field : SchemaMerger.fields(parent, child)) {
      JsonNode was = Nodes.get(parent, field);
      JsonNode now = Nodes.get(child, field);
      switch (field) {
        case "schema" -> Nodes.put(merged, field, new SchemaMerger(ctx).objects(was, now));
        case "slaProperties" -> Nodes.put(merged, field, new SlaMerger(ctx).merge(was, now));
        case "tags" -> Nodes.put(merged, field, Nodes.union(was, now));
        case "customProperties" -> {
          ArrayNode properties = ListMerge.customProperties(was, now, CONTRACT_MARKERS, (p, c, index, childIndex) -> {
            ctx.declared(new Place("/customProperties/" + index, "/customProperties/" + childIndex,
                "custom property " + Nodes.text(c, "property")), p != null);
            return c;
          });
          if (!properties.isEmpty()) {
            Nodes.put(merged, field, properties);
          }
        }
        default -> {
          if (OWN_ONLY.contains(field)) {
            if (now != null) {
              Nodes.put(merged, field, now);
            }
          } else {
            Nodes.put(merged, field, field.equals("description") ? description(was, now) : now != null ? now : was);
            if (now != null && !UNTRACKED.contains(field)) {
              ctx.declared(new Place("/" + field, "/" + field, field), was != null);
            }
          }
        }
      }
    }
    return new Merged(merged, ctx.origins(), ctx.problems());
  }

  /** The description merges field by field, so a child can restate its purpose and keep the limitations. */
  private static JsonNode description(JsonNode was, JsonNode now) {
    if (was == null || now == null || !was.isObject() || !now.isObject()) {
      return now != null ? now : was;
    }
    ObjectNode merged = Nodes.NODES.objectNode();
    for (String field : SchemaMerger.fields(was, now)) {
      Nodes.put(merged, field, SchemaMerger.common(field, Nodes.get(was, field), Nodes.get(now, field)));
    }
    return merged;
  }
}
