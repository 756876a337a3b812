package io.quanta.contract.governance.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.CustomProperty;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.Team;
import io.quanta.contract.model.TeamMember;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code required-fundamentals}: the listed fundamentals are present and not empty. A field is a dotted
 * path of the ODCS document ({@code domain}, {@code description.purpose}); {@code team} needs a team
 * with a name or a member; {@code owner} needs an owner (see {@link #hasOwner(DataContract)}).
 */
public record RequiredFundamentals(List<String> fields) implements PolicyRule {

  public static final String NAME = "required-fundamentals";
  public static final String OWNER = "owner";
  public static final PolicyCheck CHECK = PolicyCheck.of(NAME,
      "The contract states the listed fundamentals (domain, team, owner, description.purpose…).",
      List.of("fields"), p -> new RequiredFundamentals(validate(p.requiredNames("fields"))));

  /** The modelled top-level fields of an ODCS v3 contract, the roots a field path may start from. */
  private static final Map<String, RecordComponent> ROOTS = Arrays.stream(DataContract.class.getRecordComponents())
      .filter(c -> !c.getName().equals("extra"))
      .collect(Collectors.toMap(RecordComponent::getName, c -> c, (a, b) -> a, LinkedHashMap::new));
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern OWNER_ROLE = Pattern.compile("(?i)(.*[\\s_-])?owner");

  public RequiredFundamentals {
    fields = List.copyOf(fields);
  }

  @Override
  public String check() {
    return NAME;
  }

  @Override
  public ObjectNode params() {
    return JsonNodeFactory.instance.objectNode().set("fields", CheckParams.array(fields));
  }

  @Override
  public List<Violation> evaluate(DataContract contract) {
    List<Violation> violations = new ArrayList<>();
    for (String field : fields) {
      if (field.equals(OWNER)) {
        if (!hasOwner(contract)) {
          violations.add(new Violation("/team", "the contract names no owner: add a team member with role owner"
              + " (or a role ending in owner, such as Data Owner) or a custom property owner"));
        }
      } else if (field.equals("team")) {
        if (!hasTeam(contract.team())) {
          violations.add(new Violation("/team", "the contract has no team: name the team or list its members"));
        }
      } else {
        if (isEmpty(value(contract, field))) {
          violations.add(new Violation("/" + field.replace('.', '/'), "the contract has no " + field));
        }
      }
    }
    return violations;
  }

  @Override
  public boolean atLeastAsStrictAs(PolicyRule other) {
    return other instanceof RequiredFundamentals o && fields.containsAll(o.fields);
  }

  /**
   * True when a current team member (one without {@code dateOut}) has the role {@code owner} or a role
   * ending in the word owner ({@code Data Owner}, {@code product_owner}), in any case; or when the
   * contract or its team has a custom property {@code owner} with a value.
   */
  public static boolean hasOwner(DataContract contract) {
    if (hasValue(contract.customProperties())) {
      return true;
    }
    Team team = contract.team();
    if (team == null) {
      return false;
    }
    if (hasValue(team.customProperties())) {
      return true;
    }
    for (TeamMember member : team.membersOrEmpty()) {
      if (member != null && member.dateOut() == null && member.role() != null
          && OWNER_ROLE.matcher(member.role().trim()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Serialises only the root field the path starts from: whole contracts can hold thousands of properties. */
  private static JsonNode value(DataContract contract, String path) {
    String[] segments = path.split("\\.", 2);
    Object root;
    try {
      root = ROOTS.get(segments[0]).getAccessor().invoke(contract);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + segments[0] + " of a contract", e);
    }
    if (root == null) {
      return null;
    }
    JsonNode node = ContractCodec.jsonMapper().valueToTree(root);
    return segments.length == 1 ? node : node.at("/" + segments[1].replace('.', '/'));
  }

  private static boolean hasValue(List<CustomProperty> properties) {
    return CustomProperty.find(properties, OWNER).map(CustomProperty::textValue)
        .filter(v -> !v.isBlank()).isPresent();
  }

  private static boolean hasTeam(Team team) {
    return team != null && (!ContractWalk.isBlank(team.name()) || !team.membersOrEmpty().isEmpty());
  }

  private static boolean isEmpty(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return true;
    }
    if (node.isTextual()) {
      return node.asText().isBlank();
    }
    return node.isContainerNode() && node.isEmpty();
  }

  private static List<String> validate(List<String> fields) throws InvalidParamException {
    for (String field : fields) {
      if (field.equals(OWNER)) {
        continue;
      }
      String[] segments = field.split("\\.", -1);
      for (String segment : segments) {
        if (!SEGMENT.matcher(segment).matches()) {
          throw new InvalidParamException("fields", "'" + field + "' is not a field path: write names joined by"
              + " dots, such as description.purpose");
        }
      }
      if (!ROOTS.containsKey(segments[0])) {
        throw new InvalidParamException("fields", "'" + segments[0] + "' is not a top-level field of an ODCS"
            + " contract; use owner or one of " + String.join(", ", ROOTS.keySet()));
      }
    }
    return fields;
  }
}
