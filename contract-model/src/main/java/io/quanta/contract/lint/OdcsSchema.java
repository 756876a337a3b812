package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Draft201909;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The official ODCS v3.1.0 JSON Schema (draft 2019-09), bundled and compiled once per JVM. The compiled
 * schema is immutable, so one instance serves every thread.
 *
 * <p>It loads offline: the draft 2019-09 dialect is built into the validator, and every resource loader
 * is replaced by one that refuses, so a schema change that needed the network would fail at load time
 * instead of fetching. {@code format} is an annotation, as draft 2019-09 defines it by default.
 */
public final class OdcsSchema {

  /** Where the schema lives on the classpath. */
  public static final String RESOURCE = "/io/quanta/contract/lint/odcs-json-schema-v3.1.0.json";

  private static final String ID = "urn:quanta:odcs-json-schema-v3.1.0";

  private final JsonNode document;
  private final Schema schema;

  private OdcsSchema() {
    this.document = readDocument();
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .locale(Locale.ENGLISH)
        .build();
    // ODCS groups its server shapes under "$defs/ServerSource"; walking there reads the shape names as
    // unknown keywords, which the default factory logs one warning each for. They validate nothing either way.
    Dialect dialect = Dialect.builder(Draft201909.getInstance())
        .unknownKeywordFactory((name, context) -> new AnnotationKeyword(name))
        .build();
    SchemaRegistry registry = SchemaRegistry.withDialect(dialect, builder -> builder
        .schemaRegistryConfig(config)
        .schemaLoader(loader -> loader.fetchRemoteResources(false).resourceLoaders(loaders -> loaders.values(list -> {
          list.clear();
          list.add(iri -> {
            throw new IllegalStateException("the ODCS schema must load offline, but it asked for " + iri);
          });
        }))));
    this.schema = registry.getSchema(SchemaLocation.of(ID), document);
    this.schema.initializeValidators();
  }

  /** The shared, ready-to-use schema. */
  public static OdcsSchema get() {
    return Holder.INSTANCE;
  }

  /** Validates a document tree and returns the validator's own, unreduced errors. */
  public List<Error> validate(JsonNode instance) {
    return schema.validate(instance);
  }

  /** The schema document itself, for reading what a location allows. */
  JsonNode document() {
    return document;
  }

  private static JsonNode readDocument() {
    try (InputStream in = OdcsSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled ODCS schema " + RESOURCE + " is missing from the classpath");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled ODCS schema", e);
    }
  }

  /** Lazy holder: the schema compiles on first use, once, without locking afterwards. */
  private static final class Holder {
    private static final OdcsSchema INSTANCE = new OdcsSchema();
  }
}
