package io.quanta.dictionary.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractBindingException;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.inherit.ContractRef;
import io.quanta.contract.inherit.EffectiveContract;
import io.quanta.contract.inherit.InMemoryContractSource;
import io.quanta.contract.inherit.InheritanceResolver;
import io.quanta.contract.inherit.Resolution;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.ExtendsReference;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a contract's inheritance with the contract-model resolver, using the contracts the dictionary
 * holds as the source: the parents are loaded level by level (one query per level, through a
 * {@link ParentLoader}), then the merge runs on a worker thread.
 */
public final class DictionaryResolver {

  /** Longer chains than this are not followed (a cycle is found long before). */
  static final int MAX_DEPTH = 32;

  private final Vertx vertx;

  public DictionaryResolver(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Resolves {@code raw} (an ODCS contract tree that binds, or not). */
  public Future<Resolved> resolve(ObjectNode raw, ParentLoader loader) {
    String parent = ContractFacts.parentId(raw);
    if (ContractFacts.extendsValue(raw) == null) {
      return Future.succeededFuture(new Resolved(raw, true, "self", List.of(ref(raw)), List.of(), List.of(), List.of()));
    }
    Map<String, List<ObjectNode>> known = new HashMap<>();
    return walk(parent == null ? Set.of() : Set.of(parent), known, loader, 0)
        .compose(v -> vertx.executeBlocking(() -> merge(raw, known), false));
  }

  private Future<Void> walk(Set<String> frontier, Map<String, List<ObjectNode>> known, ParentLoader loader, int depth) {
    Set<String> wanted = new HashSet<>(frontier);
    wanted.removeAll(known.keySet());
    if (wanted.isEmpty() || depth >= MAX_DEPTH) {
      return Future.succeededFuture();
    }
    return loader.load(wanted).compose(found -> {
      known.putAll(found);
      Set<String> next = new LinkedHashSet<>();
      found.values().forEach(versions -> versions.forEach(c -> {
        String id = ContractFacts.parentId(c);
        if (id != null) {
          next.add(id);
        }
      }));
      return walk(next, known, loader, depth + 1);
    });
  }

  private static Resolved merge(ObjectNode raw, Map<String, List<ObjectNode>> known) {
    InMemoryContractSource source = new InMemoryContractSource();
    known.values().forEach(versions -> versions.forEach(c -> bind(c).ifPresent(source::add)));
    List<String> missing = known.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
        .sorted().toList();
    DataContract self;
    try {
      self = ContractCodec.bind(raw);
    } catch (ContractBindingException e) {
      return new Resolved(null, false, "none", List.of(), ancestorIds(raw, source), missing, List.of());
    }
    Resolution resolution = new InheritanceResolver(source).resolve(self);
    if (resolution.effective().isEmpty()) {
      return new Resolved(null, false, "none", List.of(), ancestorIds(raw, source), missing, resolution.findings());
    }
    EffectiveContract effective = resolution.effective().get();
    ObjectNode tree = (ObjectNode) ContractCodec.toTree(effective.annotated());
    List<String> chain = effective.chain().stream().map(ContractRef::toString).toList();
    List<String> ids = effective.chain().stream().skip(1).map(ContractRef::id).distinct().toList();
    List<Finding> warnings = resolution.findings();
    return new Resolved(tree, true, "dictionary", chain, ids, List.of(), warnings);
  }

  /** The ids up the extends chain as far as the source knows them, for a chain that does not resolve. */
  private static List<String> ancestorIds(JsonNode raw, InMemoryContractSource source) {
    List<String> ids = new ArrayList<>();
    JsonNode current = raw;
    for (int i = 0; i < MAX_DEPTH && current != null; i++) {
      String value = ContractFacts.extendsValue(current);
      Optional<ExtendsReference> reference = value == null ? Optional.empty()
          : ExtendsReference.parse(value).reference();
      if (reference.isEmpty() || ids.contains(reference.get().id())) {
        break;
      }
      ids.add(reference.get().id());
      current = source.newest(reference.get()).flatMap(v -> source.get(reference.get().id(), v))
          .<JsonNode>map(ContractCodec::toTree).orElse(null);
    }
    return ids;
  }

  private static Optional<DataContract> bind(ObjectNode raw) {
    try {
      return Optional.of(ContractCodec.bind(raw));
    } catch (ContractBindingException e) {
      return Optional.empty();
    }
  }

  static String ref(JsonNode raw) {
    String id = raw.path("id").asText(ContractRef.NO_ID);
    String version = ContractFields.text(raw.path("version"));
    return version == null ? id : id + "@" + version;
  }
}
