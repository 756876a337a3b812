package io.quanta.dictionary.es;

import co.elastic.clients.util.BinaryData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Documents as the UTF-8 JSON Elasticsearch is sent, written once: a bulk request copies these bytes as they are
 * ({@link #binary}) instead of serialising the tree again through the typed client's JSON-P layer, and a digest
 * is taken of the same bytes. The text is what {@code JsonNode.toString()} gives, so digests of either agree.
 */
public final class JsonBytes {

  private static final String CONTENT_TYPE = "application/json";
  private static final HexFormat HEX = HexFormat.of();

  private JsonBytes() {
  }

  /** The compact JSON of a tree, UTF-8. */
  public static byte[] of(JsonNode node) {
    try {
      return Es.JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a JSON tree always serialises", e);
    }
  }

  /** A document for a bulk operation, sent as these bytes. */
  public static BinaryData binary(byte[] json) {
    return BinaryData.of(json, CONTENT_TYPE);
  }

  /**
   * The object {@code json} with the members of {@code more} added at its end, without parsing either:
   * {@code {"a":1}} and {@code {"b":2}} give {@code {"a":1,"b":2}}. Both must be JSON objects as {@link #of}
   * writes them (no whitespace around), and {@code more} must not repeat a member of {@code json}.
   */
  public static byte[] concat(byte[] json, ObjectNode more) {
    if (json.length < 2 || json[0] != '{' || json[json.length - 1] != '}') {
      throw new IllegalArgumentException("not a compact JSON object");
    }
    if (more.isEmpty()) {
      return json;
    }
    byte[] tail = of(more);
    boolean empty = json.length == 2;
    byte[] out = new byte[json.length + tail.length - (empty ? 2 : 1)];
    System.arraycopy(json, 0, out, 0, json.length - 1);
    int at = json.length - 1;
    if (!empty) {
      out[at++] = ',';
    }
    System.arraycopy(tail, 1, out, at, tail.length - 1);
    return out;
  }

  /** Lower-case hex SHA-256 of bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Lower-case hex SHA-256 of a text's UTF-8 bytes. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
