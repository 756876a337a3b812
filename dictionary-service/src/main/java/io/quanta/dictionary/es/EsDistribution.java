package io.quanta.dictionary.es;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Elasticsearch server distribution ({@code org.elasticsearch.distribution.integ-test-zip:elasticsearch},
 * a zip on Maven Central that the build fetches into the local Maven repository), found and unpacked once
 * into a folder that is then reused.
 *
 * <p>The zip is looked for in {@code QUANTA_ES_DISTRIBUTION} (a zip file or an unpacked folder), then in the
 * local repository the build used, then in {@code ~/.m2/repository}.
 */
public final class EsDistribution {

  private static final String PROPERTIES = "/io/quanta/dictionary/es/distribution.properties";
  private static final String MARKER = ".quanta-unpacked";

  private final String version;
  private final Path zip;
  private final Path unpacked;

  private EsDistribution(String version, Path zip, Path unpacked) {
    this.version = version;
    this.zip = zip;
    this.unpacked = unpacked;
  }

  /** The version the build fetched (the one this service is tested with). */
  public static String version() {
    return properties().getProperty("version");
  }

  /** Finds the distribution; fails with one sentence that says where it looked and what to do. */
  public static EsDistribution locate() {
    String version = version();
    String configured = System.getenv("QUANTA_ES_DISTRIBUTION");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured).toAbsolutePath().normalize();
      if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("bin/elasticsearch"))) {
        return new EsDistribution(version, null, path);
      }
      if (Files.isRegularFile(path)) {
        return new EsDistribution(version, path, null);
      }
      throw new IllegalStateException("QUANTA_ES_DISTRIBUTION=" + configured
          + " is neither an Elasticsearch zip nor an unpacked Elasticsearch folder");
    }
    Properties p = properties();
    String relative = p.getProperty("groupId").replace('.', '/') + "/" + p.getProperty("artifactId") + "/" + version
        + "/" + p.getProperty("artifactId") + "-" + version + ".zip";
    Optional<Path> found = Stream.of(p.getProperty("localRepository"),
            System.getProperty("user.home") + "/.m2/repository")
        .filter(repo -> repo != null && !repo.isBlank() && !repo.startsWith("${"))
        .map(repo -> Path.of(repo, relative))
        .filter(Files::isRegularFile)
        .findFirst();
    return found.map(zip -> new EsDistribution(version, zip, null)).orElseThrow(() -> new IllegalStateException(
        "the Elasticsearch " + version + " distribution is not in the local Maven repository (" + relative
            + "); build once online ('./mvnw -B package -pl dictionary-service -am -DskipTests'), set"
            + " QUANTA_ES_DISTRIBUTION to the zip, or give an Elasticsearch with --es-url / QUANTA_ES_URL"));
  }

  /**
   * The unpacked distribution under {@code parent} ({@code parent/elasticsearch-<version>}), unpacking it
   * first when it is not there yet; a half-finished unpack (no marker file) is redone.
   */
  public Path unpackInto(Path parent, Consumer<String> progress) {
    if (unpacked != null) {
      return unpacked;
    }
    Path home = parent.resolve("elasticsearch-" + version);
    if (Files.isRegularFile(home.resolve(MARKER))) {
      return home;
    }
    try {
      Files.createDirectories(parent);
      Path staging = Files.createTempDirectory(parent, ".unpacking-");
      progress.accept("unpacking Elasticsearch " + version + " into " + home + " (once)...");
      unzip(staging, progress);
      Path root = staging.resolve("elasticsearch-" + version);
      makeExecutable(root.resolve("bin"));
      Files.writeString(root.resolve(MARKER), zip.toString());
      if (Files.exists(home)) {
        deleteTree(home);
      }
      Files.move(root, home, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(staging);
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + zip + " into " + parent + ": " + e.getMessage(), e);
    }
  }

  private void unzip(Path target, Consumer<String> progress) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      int total = file.size();
      int done = 0;
      int reported = 0;
      for (var entries = file.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("the zip entry " + entry.getName() + " points outside the folder");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
          }
        }
        int percent = ++done * 100 / total;
        if (percent >= reported + 25) {
          reported = percent - percent % 25;
          progress.accept("unpacked " + reported + "%");
        }
      }
    }
  }

  private static void makeExecutable(Path bin) throws IOException {
    try (Stream<Path> files = Files.list(bin)) {
      for (Path file : files.toList()) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static Properties properties() {
    Properties p = new Properties();
    try (InputStream in = EsDistribution.class.getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("the build did not write " + PROPERTIES + "; rebuild dictionary-service");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
