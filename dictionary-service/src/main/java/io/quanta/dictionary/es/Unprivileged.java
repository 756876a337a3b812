package io.quanta.dictionary.es;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.stream.Stream;

/**
 * Elasticsearch refuses to run as root. As root, it runs as {@code nobody:nogroup} through
 * {@code setpriv --reuid=nobody --regid=nogroup --clear-groups}; the distribution and its data and log
 * folders must then belong to that user (its config files are mode 660 and it writes a keystore into
 * {@code config/}), and every folder above them must be traversable by it.
 */
final class Unprivileged {

  static final String USER = "nobody";
  static final String GROUP = "nogroup";

  private Unprivileged() {
  }

  /** True when this process runs as root (uid 0). */
  static boolean isRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /** The command prefix that drops root for the child process. */
  static List<String> dropRoot() {
    return List.of("setpriv", "--reuid=" + USER, "--regid=" + GROUP, "--clear-groups");
  }

  /** Gives {@code root} and everything under it to nobody:nogroup, unless it already belongs to nobody. */
  static void handOver(Path root) {
    try {
      UserPrincipalLookupService lookup = root.getFileSystem().getUserPrincipalLookupService();
      UserPrincipal user = lookup.lookupPrincipalByName(USER);
      GroupPrincipal group = lookup.lookupPrincipalByGroupName(GROUP);
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.toList()) {
          PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
              LinkOption.NOFOLLOW_LINKS);
          if (!view.getOwner().equals(user) || !view.readAttributes().group().equals(group)) {
            view.setOwner(user);
            view.setGroup(group);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot give " + root + " to " + USER + ":" + GROUP + " for Elasticsearch: "
          + e.getMessage(), e);
    }
  }

  /** The first folder above {@code path} that other users cannot enter, or null when there is none. */
  static Path closedParent(Path path) {
    for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
      try {
        if (Files.isDirectory(dir) && !Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
          return dir;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return null;
  }

  /**
   * Where Elasticsearch keeps its files when the wanted folder lies under one closed to other users (a
   * checkout under /root): a folder of its own under /var/tmp, named after the wanted one, so each
   * dictionary home still gets its own data and keeps it across restarts.
   */
  static Path openHome(Path wanted) {
    String name = wanted.getFileName() == null ? "root" : wanted.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
    return Path.of("/var/tmp", "quanta-elasticsearch", name + "-" + Integer.toHexString(wanted.toString().hashCode()));
  }

  /** Fails with one sentence when a folder above {@code path} cannot be entered by other users. */
  static void checkReachable(Path path) {
    for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
      try {
        if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
          throw new IllegalStateException("Elasticsearch runs as '" + USER + "' and cannot reach " + path + ": "
              + dir + " is closed to other users; choose a data folder outside it (--data) or run as another user");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
