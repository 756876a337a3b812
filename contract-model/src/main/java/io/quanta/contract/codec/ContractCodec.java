package io.quanta.contract.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quanta.contract.model.DataContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads ODCS contracts from YAML or JSON and writes them back. Reading keeps every field, modelled
 * or not, so {@code write(read(x))} is the same document as {@code x}.
 *
 * <pre>{@code
 * DataContract contract = ContractCodec.readFile(Path.of("orders.odcs.yaml"));
 * String json = ContractCodec.toJson(contract);
 * }</pre>
 */
public final class ContractCodec {

  private static final YAMLFactory YAML_FACTORY = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();
  private static final JsonFactory JSON_FACTORY = new JsonFactory();
  private static final ObjectMapper YAML = new YAMLMapper(YAML_FACTORY)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private ContractCodec() {
  }

  /** Which syntax a text is in; JSON when it starts with a brace, YAML otherwise. */
  public enum Syntax {
    YAML, JSON;

    public static Syntax sniff(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!Character.isWhitespace(c) && c != '\uFEFF') {
          return c == '{' ? JSON : YAML;
        }
      }
      return YAML;
    }
  }

  /** Parses text into a tree with source positions; malformed text is a {@link ContractSyntaxException}. */
  public static ParsedDocument parse(String source, String text) throws ContractSyntaxException {
    JsonFactory factory = Syntax.sniff(text) == Syntax.JSON ? JSON_FACTORY : YAML_FACTORY;
    return DocumentReader.read(factory, source, text);
  }

  /** Binds a parsed tree to the typed model. */
  public static DataContract bind(JsonNode tree) throws ContractBindingException {
    try {
      return JSON.treeToValue(tree, DataContract.class);
    } catch (JsonMappingException e) {
      throw new ContractBindingException(bindingMessage(e), pointer(e));
    } catch (JsonProcessingException e) {
      throw new ContractBindingException(e.getOriginalMessage(), "");
    } catch (IllegalArgumentException e) {
      throw new ContractBindingException(e.getMessage(), "");
    }
  }

  /** Reads and binds a contract from text in either syntax. */
  public static DataContract read(String text) throws ContractSyntaxException, ContractBindingException {
    return bind(parse("<text>", text).tree());
  }

  /** Reads and binds a contract file; the message of any failure names the file and the position. */
  public static DataContract readFile(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      return read(text);
    } catch (ContractSyntaxException e) {
      throw new IOException(file + ":" + e.position() + ": " + e.getMessage(), e);
    } catch (ContractBindingException e) {
      throw new IOException(file + ": at " + (e.pointer().isEmpty() ? "/" : e.pointer()) + ": " + e.getMessage(), e);
    }
  }

  /** The contract as a JSON tree, every field included. */
  public static JsonNode toTree(DataContract contract) {
    return JSON.valueToTree(contract);
  }

  /** The contract as YAML. */
  public static String toYaml(DataContract contract) {
    return writeYaml(contract);
  }

  /** Any model value or tree as YAML, in the same style as contracts are written. */
  public static String writeYaml(Object value) {
    try {
      return YAML.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The contract as indented JSON. */
  public static String toJson(DataContract contract) {
    return writeJson(contract);
  }

  /** Any model value or tree as indented JSON. */
  public static String writeJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared JSON mapper, configured for the model. */
  public static ObjectMapper jsonMapper() {
    return JSON;
  }

  /** The shared YAML mapper, configured for the model. */
  public static ObjectMapper yamlMapper() {
    return YAML;
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      pointer.append('/');
      pointer.append(reference.getFieldName() != null
          ? SourceMap.escape(reference.getFieldName()) : Integer.toString(reference.getIndex()));
    }
    return pointer.toString();
  }

  private static String bindingMessage(JsonMappingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "a value has the wrong shape";
    }
    if (message.startsWith("Cannot deserialize value of type") || message.startsWith("Cannot construct instance")) {
      return "this value has the wrong shape for its field";
    }
    return message.replaceAll("\\s+", " ");
  }
}
