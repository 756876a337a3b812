package io.quanta.contract.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quanta.contract.codec.ContractCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates documents against the official ODCS v3.1.0 JSON Schema, as tests of written contracts need. */
public final class OdcsSchemaCheck {

  private static final String RESOURCE = "/io/quanta/contract/lint/odcs-json-schema-v3.1.0.json";
  private static final Schema SCHEMA = load();

  private OdcsSchemaCheck() {
  }

  /** The schema's complaints about a document, one line each; empty when it is valid. */
  public static List<String> errors(JsonNode document) {
    return SCHEMA.validate(document).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    try (InputStream in = OdcsSchemaCheck.class.getResourceAsStream(RESOURCE)) {
      JsonNode schema = ContractCodec.jsonMapper().readTree(in);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
