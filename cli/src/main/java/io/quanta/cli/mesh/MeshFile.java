package io.quanta.cli.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.runtime.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The optional {@code mesh.yaml} of a mesh folder: {@code quanta} commands to run before the quanta
 * start ({@code prepare}), helper processes to keep running beside them ({@code processes}), and base
 * contracts no quantum serves, to publish to the dictionary ({@code contracts}). Paths are relative to
 * the mesh folder. See docs/mesh.md.
 */
record MeshFile(List<List<String>> prepare, List<Helper> processes, List<Path> contracts) {

  /** A long-running {@code quanta} command of the mesh, such as a program a sidecar quantum wraps. */
  record Helper(String name, List<String> command) {
  }

  static final String NAME = "mesh.yaml";
  private static final Set<String> KEYS = Set.of("prepare", "processes", "contracts");

  static MeshFile read(Path meshDir) throws IOException {
    Path file = meshDir.resolve(NAME);
    if (!Files.exists(file)) {
      return new MeshFile(List.of(), List.of(), List.of());
    }
    JsonNode root;
    try {
      root = ContractCodec.yamlMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(file + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new MeshFile(List.of(), List.of(), List.of());
    }
    if (!root.isObject()) {
      throw new ConfigException(file + ": expected keys " + KEYS);
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw new ConfigException(file + ": unknown key '" + name + "' (allowed: prepare, processes, contracts)");
      }
    }
    List<List<String>> prepare = new ArrayList<>();
    for (JsonNode command : list(root, "prepare", file)) {
      prepare.add(command(command, file, "prepare"));
    }
    List<Helper> processes = new ArrayList<>();
    for (JsonNode process : list(root, "processes", file)) {
      String name = process.path("name").asText("");
      if (!name.matches("[a-z][a-z0-9-]{0,62}")) {
        throw new ConfigException(file + ": every process needs a name of lower-case letters, digits and '-'");
      }
      processes.add(new Helper(name, command(process.path("command"), file, "processes." + name + ".command")));
    }
    List<Path> contracts = new ArrayList<>();
    for (JsonNode contract : list(root, "contracts", file)) {
      Path path = meshDir.resolve(contract.asText()).normalize();
      if (!contract.isTextual() || !Files.isRegularFile(path)) {
        throw new ConfigException(file + ": contracts: " + contract + " is not a file under " + meshDir);
      }
      contracts.add(path);
    }
    return new MeshFile(prepare, processes, contracts);
  }

  private static Iterable<JsonNode> list(JsonNode root, String key, Path file) {
    JsonNode node = root.path(key);
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new ConfigException(file + ": '" + key + "' must be a list");
    }
    return node;
  }

  private static List<String> command(JsonNode node, Path file, String where) {
    if (!node.isArray() || node.isEmpty()) {
      throw new ConfigException(file + ": " + where + " must be a quanta command as a list of words, e.g. [sample, counter]");
    }
    List<String> words = new ArrayList<>();
    node.forEach(word -> words.add(word.asText()));
    return List.copyOf(words);
  }
}
