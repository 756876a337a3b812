package io.quanta.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Replaces the errors of a failed {@code oneOf}/{@code anyOf} by what a person needs: the errors of the
 * alternative the element came closest to, or one sentence naming the alternatives when none is closer.
 * Nested alternatives are reduced first.
 */
final class AlternativesReducer {

  /** Keywords whose next evaluation step is a property or definition name, not a keyword. */
  private static final Set<String> NAMING = Set.of("properties", "patternProperties", "$defs", "definitions",
      "dependentSchemas");

  private final SchemaNavigator schema;
  private final SchemaMessages messages;
  private final JsonNode document;

  AlternativesReducer(SchemaNavigator schema, SchemaMessages messages, JsonNode document) {
    this.schema = schema;
    this.messages = messages;
    this.document = document;
  }

  List<Violation> reduce(List<Violation> violations) {
    return reduce(violations, 0);
  }

  private List<Violation> reduce(List<Violation> violations, int from) {
    List<Violation> out = new ArrayList<>();
    Map<List<Object>, List<Violation>> groups = new LinkedHashMap<>();
    for (Violation v : violations) {
      int at = combinator(v.evaluation(), from);
      if (at < 0) {
        out.add(v);
      } else {
        groups.computeIfAbsent(v.evaluation().subList(0, at + 1), k -> new ArrayList<>()).add(v);
      }
    }
    groups.forEach((prefix, members) -> out.addAll(resolve(prefix, members)));
    return out;
  }

  /** Index of the first oneOf/anyOf keyword at or after {@code from}, or -1. */
  private static int combinator(List<Object> evaluation, int from) {
    boolean name = false;
    for (int i = from; i < evaluation.size(); i++) {
      Object step = evaluation.get(i);
      if (name) {
        name = false;
        continue;
      }
      boolean last = i == evaluation.size() - 1;
      if (("oneOf".equals(step) || "anyOf".equals(step)) && (last || evaluation.get(i + 1) instanceof Integer)) {
        return i;
      }
      name = NAMING.contains(step);
    }
    return -1;
  }

  private List<Violation> resolve(List<Object> prefix, List<Violation> members) {
    int size = prefix.size();
    Violation own = null;
    Map<Integer, List<Violation>> raw = new TreeMap<>();
    for (Violation v : members) {
      if (v.evaluation().size() == size) {
        own = v;
      } else {
        raw.computeIfAbsent((Integer) v.evaluation().get(size), k -> new ArrayList<>()).add(v);
      }
    }
    List<Integer> matched = own == null ? List.of() : matchedBranches(own);
    if (matched.size() > 1) {
      return List.of(ambiguous(prefix, own.instancePath(), matched));
    }
    Map<Integer, List<Violation>> branches = new TreeMap<>();
    raw.forEach((index, list) -> {
      List<Violation> reduced = reduce(list, size + 1);
      if (!reduced.isEmpty()) {
        branches.put(index, reduced);
      }
    });
    if (branches.isEmpty()) {
      return own == null ? List.of() : List.of(messages.render(own));
    }
    String at = own != null ? own.instancePath() : members.stream()
        .map(Violation::instancePath).min(Comparator.comparingInt(String::length)).orElse("");
    Map<Integer, List<Violation>> candidates = new TreeMap<>(branches);
    candidates.values().removeIf(list -> list.stream().anyMatch(v -> v.keyword().equals("type")
        && v.instancePath().equals(at)));
    if (candidates.isEmpty()) {
      return List.of(wrongType(prefix, at, branches));
    }
    if (candidates.values().stream().allMatch(list -> single(list, "required", at))) {
      Set<String> names = new LinkedHashSet<>();
      candidates.values().forEach(list -> names.add(list.get(0).property()));
      return List.of(Violation.summary("schema-required", at, prefix, List.copyOf(names),
          "one of the fields " + Words.either(quoted(names)) + " is required" + Words.in(at)));
    }
    if (candidates.values().stream().allMatch(list -> single(list, "pattern", at))) {
      Set<String> nouns = new LinkedHashSet<>();
      Set<String> forms = new LinkedHashSet<>();
      candidates.values().forEach(list -> {
        SchemaMessages.Shape shape = SchemaMessages.shapeOf(list.get(0).schemaPointer(),
            schema.at(list.get(0).schemaPointer()).asText());
        nouns.add(shape.noun());
        forms.add(shape.form());
      });
      String noun = nouns.size() == 1 ? nouns.iterator().next() : "value";
      return List.of(Violation.summary("schema-pattern", at, prefix, List.of(), Words.field(at) + " "
          + Words.value(document.at(at)) + Words.around(at) + " is not a valid " + noun
          + ": write " + Words.either(List.copyOf(forms))));
    }
    int best = candidates.entrySet().stream()
        .min(Comparator.<Map.Entry<Integer, List<Violation>>>comparingInt(e -> -maxDepth(e.getValue()))
            .thenComparingInt(e -> e.getValue().size())
            .thenComparingInt(Map.Entry::getKey))
        .orElseThrow().getKey();
    List<Violation> chosen = new ArrayList<>();
    String label = label(prefix, best);
    boolean telling = raw.size() > 1 && !label.startsWith("'") && !label.startsWith("form ");
    String note = telling ? " (read as " + label + ", the closest of " + raw.size() + " allowed forms)" : "";
    for (Violation v : candidates.get(best)) {
      Violation rendered = messages.render(v);
      chosen.add(rendered.withMessage(rendered.code(), rendered.message() + note));
    }
    return chosen;
  }

  /** The branches a oneOf error says matched: its arguments are the count, then the indexes, as text. */
  private static List<Integer> matchedBranches(Violation own) {
    if (!"oneOf".equals(own.keyword()) || own.arguments().length < 2) {
      return List.of();
    }
    List<Integer> indexes = new ArrayList<>();
    for (int i = 1; i < own.arguments().length; i++) {
      for (String token : String.valueOf(own.arguments()[i]).split("\\D+")) {
        if (!token.isEmpty()) {
          indexes.add(Integer.parseInt(token));
        }
      }
    }
    return indexes;
  }

  private Violation ambiguous(List<Object> prefix, String at, List<Integer> matched) {
    List<String> labels = new ArrayList<>();
    boolean fields = true;
    for (int index : matched) {
      fields &= branchNode(prefix, index).path("required").size() == 1;
      labels.add(label(prefix, index));
    }
    String message = fields
        ? Words.where(at) + " has " + Words.either(labels).replace(" or ", " and ") + ", but only one of them is allowed"
        : Words.where(at) + " matches " + Words.either(labels).replace(" or ", " and ")
            + ", but must match exactly one of them";
    return Violation.summary("schema-alternatives", at, prefix, List.of(), message);
  }

  private Violation wrongType(List<Object> prefix, String at, Map<Integer, List<Violation>> branches) {
    Set<String> expected = new LinkedHashSet<>();
    branches.keySet().forEach(index -> expected.add(label(prefix, index)));
    return Violation.summary("schema-type", at, prefix, List.of(), Words.field(at) + " must be "
        + Words.either(List.copyOf(expected)) + ", found " + Words.value(document.at(at))
        + Words.around(at));
  }

  /** How an alternative reads: "a list of TeamMember", "a mapping of fields (Team)", "'mustBe'". */
  private String label(List<Object> prefix, int index) {
    JsonNode branch = branchNode(prefix, index);
    String name = SchemaNavigator.refName(branch);
    JsonNode target = name == null ? branch : schema.resolve(branch.path("$ref").asText());
    JsonNode type = target.path("type");
    if (type.isTextual()) {
      String word = JsonTypes.word(type.asText());
      String items = SchemaNavigator.refName(target.path("items"));
      if (items != null) {
        return word + " of " + items;
      }
      return name == null ? word : word + " (" + name + ")";
    }
    if (branch.path("required").size() == 1) {
      return "'" + branch.path("required").get(0).asText() + "'";
    }
    return name != null ? name : "form " + (index + 1);
  }

  private JsonNode branchNode(List<Object> prefix, int index) {
    return schema.walk(prefix, prefix.size()).path(index);
  }

  private static boolean single(List<Violation> list, String keyword, String at) {
    return list.size() == 1 && list.get(0).keyword().equals(keyword) && list.get(0).instancePath().equals(at);
  }

  private static int maxDepth(List<Violation> list) {
    return list.stream().mapToInt(Violation::depth).max().orElse(0);
  }

  private static List<String> quoted(Set<String> names) {
    return names.stream().map(n -> "'" + n + "'").toList();
  }
}
