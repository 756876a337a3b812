package io.quanta.contract.inherit;

import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.ExtendsReference;
import io.quanta.contract.model.SemVer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the resolver looks parents up: a set of folders today ({@link FolderContractSource}), the
 * dictionary later. Calls are synchronous and cheap to repeat; the resolver memoizes what it builds.
 */
public interface ContractSource {

  /** Orders versions by semver precedence; versions that are not semver sort first, by text. */
  Comparator<String> VERSION_ORDER = Comparator
      .comparing((String v) -> SemVer.parse(v).orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Comparator.naturalOrder());

  /** The versions held for this contract id, in any order; empty when the id is unknown. */
  List<String> versions(String id);

  /** The contract with this id and version. */
  Optional<DataContract> get(String id, String version);

  /** The parsed text of a contract, when the source has it, so findings can give a file, line and column. */
  default Optional<ParsedDocument> document(String id, String version) {
    return Optional.empty();
  }

  /** Problems the source has with one contract, such as two files that both claim it. */
  default List<Finding> problems(String id, String version) {
    return List.of();
  }

  /** Problems that belong to no known contract, such as files that could not be read. */
  default List<Finding> problems() {
    return List.of();
  }

  /**
   * The newest version the reference accepts, if any. Releases win over pre-releases ({@code customer@2}
   * picks 2.0.0 over 2.1.0-rc1); a pre-release is picked only when no release is accepted.
   */
  default Optional<String> newest(ExtendsReference reference) {
    List<String> accepted = versions(reference.id()).stream().filter(reference::accepts).toList();
    Optional<String> release = accepted.stream()
        .filter(v -> SemVer.parse(v).map(s -> s.preRelease() == null).orElse(true))
        .max(VERSION_ORDER);
    return release.isPresent() ? release : accepted.stream().max(VERSION_ORDER);
  }

  /** A source over contracts already in memory; a later contract with the same id and version wins. */
  static ContractSource of(Collection<DataContract> contracts) {
    InMemoryContractSource source = new InMemoryContractSource();
    contracts.forEach(source::add);
    return source;
  }
}
