package io.quanta.contract.inherit;

import io.quanta.contract.model.DataContract;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Contracts held in memory, indexed by id and version; what tests, benchmarks and the folder scan build on. */
public final class InMemoryContractSource implements ContractSource {

  private final Map<String, Map<String, DataContract>> byId = new HashMap<>();

  /** Adds (or replaces) a contract; one without an id or version cannot be a parent and is ignored. */
  public InMemoryContractSource add(DataContract contract) {
    if (contract.id() != null && contract.version() != null) {
      byId.computeIfAbsent(contract.id(), id -> new LinkedHashMap<>()).put(contract.version(), contract);
    }
    return this;
  }

  /** True when a contract with this id and version is held. */
  public boolean contains(String id, String version) {
    return get(id, version).isPresent();
  }

  @Override
  public List<String> versions(String id) {
    Map<String, DataContract> versions = byId.get(id);
    return versions == null ? List.of() : List.copyOf(versions.keySet());
  }

  @Override
  public Optional<DataContract> get(String id, String version) {
    Map<String, DataContract> versions = byId.get(id);
    return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
  }
}
