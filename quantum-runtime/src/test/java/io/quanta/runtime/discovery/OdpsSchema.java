package io.quanta.runtime.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The official ODPS v1.0.0 JSON Schema (bundled test resource), with format assertions on. */
final class OdpsSchema {

  private static final Schema SCHEMA = load();

  private OdpsSchema() {
  }

  /** The validator's messages for a document; empty when it is a valid ODPS descriptor. */
  static List<String> validate(JsonNode descriptor) {
    return SCHEMA.validate(descriptor).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    try (InputStream in = OdpsSchema.class.getResourceAsStream("/odps/odps-json-schema-v1.0.0.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09, b -> b.schemaRegistryConfig(config))
          .getSchema(SchemaLocation.of("urn:test:odps-v1.0.0"), text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
