package io.quanta.runtime.discovery;

import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.inherit.ContractSource;
import io.quanta.contract.model.DataContract;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Several contract sources as one: a contract is taken from the first source that holds that id and
 * version, so local folders (first) win over the dictionary; versions and problems are the union.
 */
public final class LayeredContractSource implements ContractSource {

  private final List<ContractSource> layers;

  public LayeredContractSource(List<ContractSource> layers) {
    this.layers = List.copyOf(layers);
  }

  @Override
  public List<String> versions(String id) {
    Set<String> versions = new LinkedHashSet<>();
    layers.forEach(layer -> versions.addAll(layer.versions(id)));
    return List.copyOf(versions);
  }

  @Override
  public Optional<DataContract> get(String id, String version) {
    return holder(id, version).flatMap(layer -> layer.get(id, version));
  }

  @Override
  public Optional<ParsedDocument> document(String id, String version) {
    return holder(id, version).flatMap(layer -> layer.document(id, version));
  }

  @Override
  public List<Finding> problems(String id, String version) {
    return holder(id, version).map(layer -> layer.problems(id, version)).orElse(List.of());
  }

  @Override
  public List<Finding> problems() {
    List<Finding> problems = new ArrayList<>();
    layers.forEach(layer -> problems.addAll(layer.problems()));
    return problems;
  }

  private Optional<ContractSource> holder(String id, String version) {
    return layers.stream().filter(layer -> layer.get(id, version).isPresent()).findFirst();
  }
}
