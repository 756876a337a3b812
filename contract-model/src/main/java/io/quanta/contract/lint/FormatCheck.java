package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.codec.ParsedDocument;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Values that break a {@code format} the ODCS schema declares ({@code date-time}, {@code date}, {@code uri}).
 * Draft 2019-09 makes {@code format} an annotation, so the schema verdict ignores it and these are warnings;
 * but validators that do check formats, the ODCS project's own among them, reject such contracts.
 */
final class FormatCheck implements SemanticCheck {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

  /** Per server type, the fields whose format is {@code uri}: read from the schema, not written twice. */
  private final Map<String, Map<String, String>> serverFormats;

  FormatCheck(SchemaNavigator schema) {
    this.serverFormats = serverFormats(schema);
  }

  @Override
  public void check(ParsedDocument document, DocumentFindings findings) {
    JsonNode contract = document.tree();
    check(contract, "contractCreatedTs", "", "date-time", findings);
    JsonNode team = contract.path("team");
    var members = team.isArray() ? Nodes.items(contract, "team", "") : Nodes.items(team, "members", "/team");
    for (Nodes.Item member : members) {
      check(member.node(), "dateIn", member.pointer(), "date", findings);
      check(member.node(), "dateOut", member.pointer(), "date", findings);
    }
    for (Nodes.Item server : Nodes.items(contract, "servers", "")) {
      Map<String, String> formats = serverFormats.getOrDefault(server.node().path("type").asText(""), Map.of());
      formats.forEach((field, format) -> check(server.node(), field, server.pointer(), format, findings));
    }
  }

  private static void check(JsonNode parent, String field, String parentPointer, String format,
      DocumentFindings findings) {
    JsonNode value = parent.path(field);
    if (value.isTextual() && !matches(format, value.asText())) {
      findings.warning("format", parentPointer + "/" + field, field + " " + Words.quote(value.asText())
          + " is not " + example(format) + "; validators that check formats, as the ODCS project's own does,"
          + " reject it");
    }
  }

  static boolean matches(String format, String text) {
    try {
      return switch (format) {
        case "date" -> DATE.matcher(text).matches() && LocalDate.parse(text) != null;
        case "date-time" -> DATE_TIME.matcher(text).matches()
            && OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT).replace(' ', 'T')) != null;
        case "uri" -> new URI(text).isAbsolute();
        default -> true;
      };
    } catch (DateTimeParseException | URISyntaxException e) {
      return false;
    }
  }

  private static String example(String format) {
    return switch (format) {
      case "date" -> "an RFC 3339 date (like 2024-05-31)";
      case "date-time" -> "an RFC 3339 date-time (like 2024-05-31T10:00:00Z)";
      default -> "an absolute URI (like s3://bucket/path)";
    };
  }

  private static Map<String, Map<String, String>> serverFormats(SchemaNavigator schema) {
    Map<String, Map<String, String>> byType = new HashMap<>();
    for (JsonNode branch : schema.at("/$defs/Server/allOf")) {
      String type = branch.path("if").path("properties").path("type").path("const").asText(null);
      JsonNode shape = schema.resolve(branch.path("then").path("$ref").asText(null));
      if (type == null) {
        continue;
      }
      shape.path("properties").fields().forEachRemaining(field -> {
        String format = field.getValue().path("format").asText(null);
        if (format != null) {
          byType.computeIfAbsent(type, k -> new HashMap<>()).put(field.getKey(), format);
        }
      });
    }
    return byType;
  }
}
