package io.quanta.cli.mesh;

import java.nio.file.Path;

/**
 * The folder a local mesh keeps everything in: the shared MariaDB's and Elasticsearch's data (kept
 * across restarts), one log file per process, and the state file that {@code mesh status} and
 * {@code mesh down} read from another shell.
 */
record MeshHome(Path root) {

  /** {@code --home}, else {@code QUANTA_MESH_HOME}, else {@code .quanta/mesh} under the project (or here). */
  static MeshHome resolve(Path option) {
    if (option != null) {
      return new MeshHome(option.toAbsolutePath().normalize());
    }
    String env = System.getenv("QUANTA_MESH_HOME");
    if (env != null && !env.isBlank()) {
      return new MeshHome(Path.of(env).toAbsolutePath().normalize());
    }
    return new MeshHome(projectRoot().resolve(".quanta").resolve("mesh"));
  }

  /** The checkout the launcher runs from ({@code QUANTA_ROOT}), else the current directory. */
  static Path projectRoot() {
    String root = System.getenv("QUANTA_ROOT");
    return (root == null || root.isBlank() ? Path.of("") : Path.of(root)).toAbsolutePath().normalize();
  }

  Path database() {
    return root.resolve("mariadb");
  }

  Path elasticsearch() {
    return root.resolve("elasticsearch");
  }

  Path dictionary() {
    return root.resolve("dictionary");
  }

  Path logs() {
    return root.resolve("logs");
  }

  Path log(String name) {
    return logs().resolve(name + ".log");
  }

  Path stateFile() {
    return root.resolve("mesh.json");
  }
}
