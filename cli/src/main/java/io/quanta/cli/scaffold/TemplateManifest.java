package io.quanta.cli.scaffold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reads a template's {@code template.yaml}: one key, {@code description}, a single line that
 * {@code quanta templates} shows. Unknown keys are refused so that a typo is noticed by the team that
 * publishes the template, not by the engineer who uses it.
 */
final class TemplateManifest {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final int MAX_DESCRIPTION = 200;

  private TemplateManifest() {
  }

  /** The description of the template in {@code folder}; {@code where} names the manifest in messages. */
  static String description(Path folder, String where) {
    Path file = folder.resolve(Template.MANIFEST);
    JsonNode tree;
    try {
      tree = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new ScaffoldException(where + ": missing (a template folder needs a template.yaml with a description)");
    } catch (JsonProcessingException e) {
      throw new ScaffoldException(where + ":" + e.getLocation().getLineNr() + ": not valid YAML: "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ScaffoldException(where + ": cannot read it: " + e.getMessage());
    }
    if (tree == null || !tree.isObject()) {
      throw new ScaffoldException(where + ": must be a mapping with a 'description'");
    }
    for (Iterator<String> keys = tree.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.equals("description")) {
        throw new ScaffoldException(where + ": unknown key '" + key + "' (the only key is 'description')");
      }
    }
    JsonNode description = tree.get("description");
    if (description == null || !description.isTextual() || description.textValue().isBlank()) {
      throw new ScaffoldException(where + ": needs a 'description', one line of text");
    }
    String text = description.textValue().strip();
    if (text.contains("\n") || text.length() > MAX_DESCRIPTION) {
      throw new ScaffoldException(where + ": the description must be one line of at most " + MAX_DESCRIPTION
          + " characters");
    }
    return text;
  }
}
