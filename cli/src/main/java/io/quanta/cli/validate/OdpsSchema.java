package io.quanta.cli.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The official ODPS v1.0.0 JSON Schema (bundled with its licence note in NOTICE.md), compiled once, with
 * format assertions on, loaded offline: its only references are to its own definitions.
 */
final class OdpsSchema {

  static final String RESOURCE = "/io/quanta/cli/validate/odps-json-schema-v1.0.0.json";
  private static final Schema SCHEMA = load();

  private OdpsSchema() {
  }

  /** The schema's errors for a descriptor; empty when it is a valid ODPS v1.0.0 data product. */
  static List<Error> validate(JsonNode descriptor) {
    return SCHEMA.validate(descriptor);
  }

  private static Schema load() {
    try (InputStream in = OdpsSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled ODPS schema " + RESOURCE + " is missing from the quanta jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER).locale(Locale.ENGLISH).build();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09, b -> b.schemaRegistryConfig(config)
              .schemaLoader(loader -> loader.fetchRemoteResources(false)))
          .getSchema(SchemaLocation.of("urn:quanta:odps-json-schema-v1.0.0"), text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
