package io.quanta.cli.scaffold;

import java.nio.file.Path;

/**
 * One template: its name (the folder's name), the one-line description from its manifest, where it comes
 * from ({@code built-in} or the team folder) and the folder whose files make the quantum.
 */
public record Template(String name, String description, String origin, Path root) {

  /** The manifest's file name; it describes the template and is not copied. */
  public static final String MANIFEST = "template.yaml";
}
