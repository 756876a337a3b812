package io.quanta.dictionary.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.dictionary.es.Es;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One logical index: its alias ({@code <prefix>-<name>}), the mapping version, and the settings and mappings
 * of that version. Raising {@code version} in the resource makes the next start build
 * {@code <alias>-v<version>}, copy the documents over and move the alias.
 *
 * @param alias what every reader and writer uses
 * @param version the mapping version this code writes
 * @param idField the keyword field that holds the document id (scans sort on it; {@code _id} cannot be sorted)
 * @param body the settings and mappings, as the create-index API takes them
 */
public record IndexDefinition(String alias, int version, String idField, ObjectNode body) {

  /** The concrete index of this version, {@code <alias>-v<version>}. */
  public String index() {
    return alias + "-v" + version;
  }

  /** The version of a concrete index of this alias, or -1 when the name is not one. */
  public int versionOf(String indexName) {
    String prefix = alias + "-v";
    if (!indexName.startsWith(prefix)) {
      return -1;
    }
    try {
      return Integer.parseInt(indexName.substring(prefix.length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Reads {@code io/quanta/dictionary/index/<name>.json}: {@code {version, idField, settings, mappings}}. */
  public static IndexDefinition resource(String prefix, String name) {
    String path = "/io/quanta/dictionary/index/" + name + ".json";
    try (InputStream in = IndexDefinition.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the index definition " + path + " is missing from the build");
      }
      ObjectNode body = (ObjectNode) Es.JSON.readTree(in);
      JsonNode version = body.remove("version");
      JsonNode idField = body.remove("idField");
      return new IndexDefinition(prefix + "-" + name, version.asInt(), idField.asText(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
