package io.quanta.cli.scaffold;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Copies a template into a new quantum folder: every file but the manifest, with {@code {{variables}}}
 * replaced in contents and names, and a leading {@code dot-} in a name written as {@code .} (build tools
 * drop dot-files from the jar). The files are written into a hidden folder next to the target and moved in
 * place at the end, so a failure never leaves half a quantum; an existing non-empty folder is never touched.
 */
public final class Scaffolder {

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private Scaffolder() {
  }

  /** Writes the quantum and returns the files written, relative to {@code target}, sorted. */
  public static List<Path> create(Template template, Path target, Map<String, String> variables) {
    Path dir = target.toAbsolutePath().normalize();
    refuseToOverwrite(target, dir);
    Path parent = dir.getParent();
    Path staging = parent.resolve("." + dir.getFileName() + ".quanta-new-" + UUID.randomUUID());
    try {
      Files.createDirectories(parent);
      List<Path> written = write(template, staging, variables);
      if (Files.isDirectory(dir)) {
        Files.delete(dir);
      }
      move(staging, dir);
      return written;
    } catch (IOException e) {
      throw new ScaffoldException("cannot write " + target + ": " + describe(e));
    } finally {
      deleteQuietly(staging);
    }
  }

  private static void refuseToOverwrite(Path target, Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ScaffoldException(target + " exists and is not a folder; choose another --dir");
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new ScaffoldException(target + " already exists and is not empty; choose another --dir or remove it");
        }
      } catch (IOException e) {
        throw new ScaffoldException("cannot read " + target + ": " + describe(e));
      }
    }
  }

  private static List<Path> write(Template template, Path staging, Map<String, String> variables) throws IOException {
    Path root = template.root();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(Files::isRegularFile)
          .filter(f -> !root.relativize(f).toString().equals(Template.MANIFEST))
          .sorted(Comparator.comparing(f -> root.relativize(f).toString()))
          .toList();
    }
    List<Path> written = new ArrayList<>();
    for (Path source : sources) {
      String where = "template " + template.name() + ": " + root.relativize(source);
      Path relative = outputPath(root.relativize(source), variables, where);
      Path file = staging.resolve(relative.toString()).normalize();
      if (!file.startsWith(staging)) {
        throw new ScaffoldException(where + ": the file name leaves the quantum folder");
      }
      Files.createDirectories(file.getParent());
      byte[] bytes = Files.readAllBytes(source);
      String text = utf8(bytes);
      if (text == null) {
        Files.write(file, bytes);
      } else {
        String content = Placeholders.apply(text, variables, where);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        if (POSIX && QuantumVariables.SECRETS.stream().anyMatch(s -> content.contains(variables.get(s)))) {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
      }
      written.add(relative);
    }
    if (written.isEmpty()) {
      throw new ScaffoldException("template " + template.name() + " has no files besides " + Template.MANIFEST);
    }
    return written.stream().sorted().toList();
  }

  /** The file's path in the quantum: each name with variables replaced and {@code dot-} made a leading dot. */
  private static Path outputPath(Path relative, Map<String, String> variables, String where) {
    Path out = null;
    for (Path part : relative) {
      String name = Placeholders.apply(part.toString(), variables, where);
      if (name.startsWith("dot-")) {
        name = "." + name.substring(4);
      }
      out = out == null ? Path.of(name) : out.resolve(name);
    }
    return out;
  }

  /** The text of a UTF-8 file, or null for binary content, which is copied unchanged. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Only a hidden staging folder can be left behind; the quantum folder itself is complete or absent.
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied on " + e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
