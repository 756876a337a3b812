package io.quanta.contract.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test contracts: the ODCS project's own examples (bundled as test resources) and our own cases. */
public final class Fixtures {

  private Fixtures() {
  }

  /** Every official ODCS example contract, sorted by name. */
  public static Stream<Path> officialExamples() {
    try (Stream<Path> files = Files.list(resource("odcs-examples"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One official example by file name. */
  public static Path officialExample(String name) {
    return resource("odcs-examples").resolve(name);
  }

  /** A test resource folder or file. */
  public static Path resource(String name) {
    try {
      var url = Fixtures.class.getClassLoader().getResource(name);
      if (url == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
