package io.quanta.cli.mesh;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * What {@code mesh up} is running, written to {@code mesh.json} as members come up so that another
 * shell can ask for status or bring everything down. Written to a temporary file and moved into place,
 * so a reader never sees half a file.
 */
record MeshState(long supervisorPid, String startedAt, String meshDir, List<MeshMember> members) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(temporary.toFile(), this);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The recorded state, or empty when no mesh was started from this home. */
  static Optional<MeshState> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    return Optional.of(JSON.readValue(file.toFile(), MeshState.class));
  }

  /** True while the process that brought the mesh up is still running. */
  boolean supervisorAlive() {
    return ProcessHandle.of(supervisorPid).map(ProcessHandle::isAlive).orElse(false);
  }
}
