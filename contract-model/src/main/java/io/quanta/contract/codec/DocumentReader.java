package io.quanta.contract.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a document tree and its {@link SourceMap} in one pass over the parser's tokens, so that
 * positions cost no second parse.
 */
final class DocumentReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SourceMap sourceMap;
  private final List<String> duplicates = new ArrayList<>();

  private DocumentReader(int expectedElements) {
    this.sourceMap = new SourceMap(expectedElements);
  }

  static ParsedDocument read(JsonFactory factory, String source, String text) throws ContractSyntaxException {
    // About one element per 12 characters of YAML: sizing the map up front spares its rehashing.
    DocumentReader reader = new DocumentReader(text.length() / 12);
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ContractSyntaxException("the file is empty: a contract is a mapping of fields", SourcePosition.START);
      }
      if (first != JsonToken.START_OBJECT) {
        throw new ContractSyntaxException(
            "a contract must be a mapping of fields at the top, found " + describe(first), position(parser));
      }
      JsonNode tree = reader.value(parser, "", false);
      return new ParsedDocument(source, (ObjectNode) tree, reader.sourceMap, reader.duplicates);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      SourcePosition position = at == null ? SourcePosition.START
          : new SourcePosition(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
      throw new ContractSyntaxException(cleanMessage(e), position);
    } catch (IOException e) {
      throw new ContractSyntaxException("cannot read the document: " + e.getMessage(), SourcePosition.START);
    }
  }

  /** Reads the value at the current token; a member's value is already placed by its key. */
  private JsonNode value(JsonParser parser, String pointer, boolean placed) throws IOException {
    JsonToken token = parser.currentToken();
    if (!placed) {
      sourceMap.put(pointer, position(parser));
    }
    switch (token) {
      case START_OBJECT -> {
        ObjectNode node = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String child = pointer + "/" + SourceMap.escape(name);
          SourcePosition keyPosition = position(parser);
          if (node.has(name)) {
            duplicates.add(child + " (line " + keyPosition.line() + ")");
          }
          sourceMap.put(child, keyPosition);
          parser.nextToken();
          node.set(name, value(parser, child, true));
        }
        return node;
      }
      case START_ARRAY -> {
        ArrayNode node = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          node.add(value(parser, pointer + "/" + index++, false));
        }
        return node;
      }
      case VALUE_STRING -> {
        return NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      case VALUE_EMBEDDED_OBJECT -> {
        Object embedded = parser.getEmbeddedObject();
        return embedded == null ? NODES.nullNode() : NODES.textNode(parser.getText());
      }
      default -> throw new JsonParseException(parser, "unexpected " + describe(token));
    }
  }

  private static SourcePosition position(JsonParser parser) {
    JsonLocation at = parser.currentTokenLocation();
    return new SourcePosition(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a text value";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "nothing (null)";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }

  /** The parser's own words without Jackson's source-reference noise. */
  private static String cleanMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "malformed document";
    }
    message = message.replaceAll("\\s*at \\[Source:.*", "").replaceAll("\\s+", " ").trim();
    return message.isEmpty() ? "malformed document" : message;
  }
}
