package io.quanta.cli.validate;

import java.nio.file.Path;

/**
 * The folder being validated, as the user typed it and as an absolute path, so that findings name files the
 * way the user wrote them ({@code shop-orders/quantum.yaml}).
 */
record QuantumFolder(Path given, Path absolute) {

  static QuantumFolder of(Path given) {
    return new QuantumFolder(given, given.toAbsolutePath().normalize());
  }

  /** A file of the quantum, named relative to the folder as given; files elsewhere keep their absolute path. */
  String name(Path file) {
    Path normalized = file.toAbsolutePath().normalize();
    return normalized.startsWith(absolute) ? given.resolve(absolute.relativize(normalized)).toString()
        : normalized.toString();
  }
}
