package io.quanta.contract.governance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;

/** The entry points of governance: read policy sets, the built-in defaults, combine, write. */
public final class PolicySets {

  /** The classpath resource of the built-in global policy set. */
  public static final String DEFAULTS_RESOURCE = "io/quanta/contract/governance/default-policies.yaml";

  private PolicySets() {
  }

  /** Reads the policy files under these folders (or these files) with the standard checks. */
  public static PolicyLoad load(Collection<Path> locations) throws IOException {
    return PolicySetReader.standard().load(locations);
  }

  /** Reads one policy file's text with the standard checks; {@code source} names it in findings. */
  public static PolicyLoad read(String source, String text) {
    return PolicySetReader.standard().read(source, text);
  }

  /** The built-in global policy set, {@code enterprise-defaults}, documented in docs/governance.md. */
  public static PolicySet defaults() {
    return Defaults.SET;
  }

  /** Combines global and domain sets; see {@link CombinedPolicies} for what a domain may change. */
  public static CombinedPolicies combine(Collection<PolicySet> sets) {
    return PolicyCombiner.combine(sets);
  }

  /** The set in the file format, as a tree. */
  public static ObjectNode toTree(PolicySet set) {
    return PolicySetWriter.toTree(set);
  }

  /** The set in the file format, as YAML. */
  public static String toYaml(PolicySet set) {
    return ContractCodec.writeYaml(toTree(set));
  }

  /** Read on first use, so a broken resource cannot stop the rest of this class from working. */
  private static final class Defaults {
    static final PolicySet SET = readDefaults();
  }

  private static PolicySet readDefaults() {
    try (InputStream in = PolicySets.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the built-in policy set " + DEFAULTS_RESOURCE + " is missing");
      }
      PolicyLoad load = read("built-in:default-policies.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (load.hasErrors() || load.sets().size() != 1) {
        throw new IllegalStateException("the built-in policy set is invalid: " + load.problems());
      }
      return load.sets().get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
