package io.quanta.contract.governance.check;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.model.DataContract;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code semantic-version}: the contract's {@code version} is a full semantic version
 * ({@code MAJOR.MINOR.PATCH}, optional pre-release and build), which diff and publish rely on.
 */
public record SemanticVersion() implements PolicyRule {

  public static final String NAME = "semantic-version";
  public static final PolicyCheck CHECK = PolicyCheck.of(NAME,
      "The contract version is a semantic version MAJOR.MINOR.PATCH.", List.of(), p -> new SemanticVersion());
  private static final Pattern SEMVER = Pattern.compile(
      "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z.-]+)?");

  @Override
  public String check() {
    return NAME;
  }

  @Override
  public ObjectNode params() {
    return JsonNodeFactory.instance.objectNode();
  }

  @Override
  public List<Violation> evaluate(DataContract contract) {
    String version = contract.version();
    if (version == null || version.isBlank()) {
      return List.of(new Violation("/version", "the contract has no version; write a semantic version such as"
          + " 1.0.0"));
    }
    if (!SEMVER.matcher(version).matches()) {
      return List.of(new Violation("/version", "version '" + version + "' is not a semantic version"
          + " MAJOR.MINOR.PATCH such as 1.0.0"));
    }
    return List.of();
  }
}
