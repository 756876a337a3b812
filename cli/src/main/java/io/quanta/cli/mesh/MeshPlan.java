package io.quanta.cli.mesh;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.ConfigLoader;
import io.quanta.runtime.config.PipelineConfig;
import io.quanta.runtime.config.QuantumConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * The quanta of a mesh folder — every folder below it (two levels at most) that holds a
 * {@code quantum.yaml} — each read and checked as {@code quanta run} would, with the port it will get:
 * its own {@code server.port} when set and free, else the next free one from {@code firstPort}.
 */
record MeshPlan(Path directory, List<Planned> quanta) {

  /** One quantum to start; {@code composed} when it reads other quanta's output ports. */
  record Planned(Path directory, String id, String domain, int port, boolean composed) {
  }

  /** Reads every quantum; a broken one is a {@link ConfigException} naming its folder. */
  static MeshPlan of(Path directory, Map<String, String> environment, int firstPort, IntPredicate portFree)
      throws IOException {
    List<Path> folders;
    try (Stream<Path> found = Files.find(directory, 3, (p, a) -> p.getFileName().toString().equals("quantum.yaml"))) {
      folders = found.map(Path::getParent).filter(p -> !p.toString().contains("/.quanta")).sorted().toList();
    }
    List<Planned> planned = new ArrayList<>();
    Set<Integer> taken = new HashSet<>();
    Set<String> ids = new HashSet<>();
    int next = firstPort;
    for (Path folder : folders) {
      QuantumConfig config;
      try {
        config = new ConfigLoader(environment::get).read(folder, null);
      } catch (ConfigException e) {
        throw new ConfigException(folder + ": " + e.getMessage());
      }
      if (!ids.add(config.id())) {
        throw new ConfigException(folder + ": quantum id '" + config.id() + "' is used by another quantum of the mesh");
      }
      int port = config.server().port();
      if (port == 0 || taken.contains(port) || !portFree.test(port)) {
        while (taken.contains(next) || !portFree.test(next)) {
          next++;
        }
        port = next;
      }
      taken.add(port);
      boolean composed = config.pipeline() != null && config.pipeline().sources().stream()
          .anyMatch(source -> source.origin() instanceof PipelineConfig.QuantumOrigin);
      planned.add(new Planned(folder, config.id(), domain(config.contractFile()), port, composed));
    }
    // Upstreams first: a composed quantum's first run reads quanta that are already serving.
    planned.sort(java.util.Comparator.comparing(Planned::composed));
    return new MeshPlan(directory, List.copyOf(planned));
  }

  private static String domain(Path contractFile) {
    try {
      String domain = ContractCodec.readFile(contractFile).domain();
      return domain == null ? "" : domain;
    } catch (RuntimeException | IOException e) {
      return "";
    }
  }
}
