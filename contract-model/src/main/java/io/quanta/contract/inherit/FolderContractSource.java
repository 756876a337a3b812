package io.quanta.contract.inherit;

import io.quanta.contract.codec.ContractBindingException;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.codec.SourcePosition;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.model.DataContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The contracts of a set of folders, read recursively from {@code *.odcs.yaml}, {@code *.odcs.yml} and
 * {@code *.odcs.json} files. A file that cannot be read or bound is a finding, not an exception; two
 * files claiming the same id and version are a finding naming both, reported when that contract is used.
 *
 * <pre>{@code
 * ContractSource source = FolderContractSource.scan(List.of(Path.of("contracts")));
 * }</pre>
 */
public final class FolderContractSource implements ContractSource {

  private final InMemoryContractSource index = new InMemoryContractSource();
  private final Map<ContractRef, ParsedDocument> documents = new HashMap<>();
  private final Map<ContractRef, List<Finding>> duplicates = new HashMap<>();
  private final List<Finding> unreadable = new ArrayList<>();

  private FolderContractSource() {
  }

  /** Reads every contract file under the folders; a folder that cannot be listed is a finding too. */
  public static FolderContractSource scan(List<Path> folders) {
    FolderContractSource source = new FolderContractSource();
    folders.stream().flatMap(source::files).sorted().distinct().forEach(source::load);
    return source;
  }

  /** True when the name ends with one of the contract file suffixes. */
  public static boolean isContractFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".odcs.yaml") || name.endsWith(".odcs.yml") || name.endsWith(".odcs.json");
  }

  /** The file a contract was read from. */
  public Optional<Path> file(String id, String version) {
    return document(id, version).map(d -> Path.of(d.source()));
  }

  @Override
  public List<String> versions(String id) {
    return index.versions(id);
  }

  @Override
  public Optional<DataContract> get(String id, String version) {
    return index.get(id, version);
  }

  @Override
  public Optional<ParsedDocument> document(String id, String version) {
    return Optional.ofNullable(documents.get(new ContractRef(id, version)));
  }

  @Override
  public List<Finding> problems(String id, String version) {
    return duplicates.getOrDefault(new ContractRef(id, version), List.of());
  }

  @Override
  public List<Finding> problems() {
    return List.copyOf(unreadable);
  }

  private Stream<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      unreadable.add(finding(folder.toString(), null, "", "not a folder that can be read"));
      return Stream.empty();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).filter(FolderContractSource::isContractFile).toList().stream();
    } catch (IOException | UncheckedIOException e) {
      unreadable.add(finding(folder.toString(), null, "", "cannot list the folder: " + e.getMessage()));
      return Stream.empty();
    }
  }

  private void load(Path file) {
    String name = file.toString();
    ParsedDocument document;
    DataContract contract;
    try {
      document = ContractCodec.parse(name, Files.readString(file, StandardCharsets.UTF_8));
      contract = ContractCodec.bind(document.tree());
    } catch (IOException e) {
      unreadable.add(finding(name, null, "", "cannot read the file: " + e.getMessage()));
      return;
    } catch (ContractSyntaxException e) {
      unreadable.add(finding(name, e.position(), "", "not a contract: " + e.getMessage()));
      return;
    } catch (ContractBindingException e) {
      unreadable.add(finding(name, null, e.pointer(), "not a contract: " + e.getMessage()));
      return;
    }
    if (contract.id() == null || contract.version() == null) {
      unreadable.add(finding(name, SourcePosition.START, "",
          "the contract has no " + (contract.id() == null ? "id" : "version") + ", so no contract can extend it"));
      return;
    }
    ContractRef ref = ContractRef.of(contract);
    ParsedDocument first = documents.get(ref);
    if (first != null) {
      duplicates.computeIfAbsent(ref, r -> new ArrayList<>()).add(new Finding(Severity.ERROR, "duplicate-contract",
          name, "/id", document.sourceMap().locate("/id"),
          "both " + first.source() + " and " + name + " hold " + ref + ": keep one of them"));
      return;
    }
    documents.put(ref, document);
    index.add(contract);
  }

  private static Finding finding(String source, SourcePosition position, String path, String message) {
    return new Finding(Severity.WARNING, "unreadable-contract", source, path, position, message);
  }
}
