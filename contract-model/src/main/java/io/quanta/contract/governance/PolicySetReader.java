package io.quanta.contract.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ContractSyntaxException;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.contract.governance.check.CheckRegistry;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads {@code kind: PolicySet} files against a registry of checks, reporting every problem with its line. */
public final class PolicySetReader {

  /** The value of {@code kind} that marks a policy file. */
  public static final String KIND = "PolicySet";
  private static final List<String> FIELDS = List.of("kind", "name", "description", "level", "domain", "policies");

  private final CheckRegistry registry;

  private PolicySetReader(CheckRegistry registry) {
    this.registry = registry;
  }

  /** A reader that knows the standard checks. */
  public static PolicySetReader standard() {
    return new PolicySetReader(CheckRegistry.standard());
  }

  /** A reader that knows the checks of this registry. */
  public static PolicySetReader using(CheckRegistry registry) {
    return new PolicySetReader(registry);
  }

  /**
   * Reads every {@code *.yaml} and {@code *.yml} file under each folder (recursively, in path order); a
   * location that is a file is read whatever its name. Missing locations and unreadable files throw.
   */
  public PolicyLoad load(Collection<Path> locations) throws IOException {
    List<PolicySet> sets = new ArrayList<>();
    List<Finding> problems = new ArrayList<>();
    for (Path location : locations) {
      for (Path file : files(location)) {
        PolicyLoad one = read(file.toString(), readText(file));
        sets.addAll(one.sets());
        problems.addAll(one.problems());
      }
    }
    return new PolicyLoad(sets, problems);
  }

  /** Reads one policy file's text; {@code source} names it in findings. */
  public PolicyLoad read(String source, String text) {
    ParsedDocument document;
    try {
      document = ContractCodec.parse(source, text);
    } catch (ContractSyntaxException e) {
      return new PolicyLoad(List.of(), List.of(new Finding(Severity.ERROR, PolicyFileProblems.SYNTAX, source, "",
          e.position(), syntaxMessage(e.getMessage()))));
    }
    PolicyFileProblems problems = new PolicyFileProblems(source, document.sourceMap());
    document.duplicateKeys().forEach(d -> problems.error(PolicyFileProblems.FORMAT, d.replaceFirst(" \\(line.*", ""),
        "the key " + d + " appears twice in one mapping"));
    Optional<PolicySet> set = readSet(document.tree(), problems);
    return new PolicyLoad(set.stream().toList(), problems.findings());
  }

  private Optional<PolicySet> readSet(ObjectNode tree, PolicyFileProblems problems) {
    String kind = problems.text(tree, "kind", "", false);
    if (!KIND.equals(kind)) {
      problems.error(PolicyFileProblems.FORMAT, kind == null ? "" : "/kind", kind == null
          ? "not a policy set: the file has no kind: " + KIND
          : "not a policy set: kind is '" + kind + "', expected " + KIND);
      return Optional.empty();
    }
    int before = problems.count();
    problems.rejectUnknown(tree, "", "a policy set", FIELDS);
    String name = problems.text(tree, "name", "", true);
    String description = problems.text(tree, "description", "", false);
    String domain = problems.text(tree, "domain", "", false);
    PolicyLevel level = level(problems.text(tree, "level", "", true), domain, problems);
    JsonNode entries = tree.get("policies");
    if (entries == null || !entries.isArray()) {
      problems.error(PolicyFileProblems.FORMAT, entries == null ? "" : "/policies",
          "policies must be a list of policies" + (entries == null ? ", and it is missing" : ""));
    }
    if (problems.count() > before || level == null) {
      return Optional.empty();
    }
    PolicyEntryReader entryReader = new PolicyEntryReader(registry, problems, level);
    List<Policy> policies = new ArrayList<>();
    List<SeverityOverride> overrides = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String pointer = "/policies/" + i;
      Optional<PolicyEntryReader.Entry> entry = entryReader.read(entries.get(i), pointer);
      if (entry.isEmpty()) {
        continue;
      }
      String id = entry.get().id();
      String first = seen.putIfAbsent(id, problems.origin(pointer).toString());
      if (first != null) {
        problems.error(PolicyFileProblems.DUPLICATE, pointer + "/id", "policy id '" + id + "' is already used at "
            + first + "; ids must be unique in a set");
      } else if (entry.get().policy() != null) {
        policies.add(entry.get().policy());
      } else {
        overrides.add(entry.get().override());
      }
    }
    return Optional.of(new PolicySet(name, description, level, level == PolicyLevel.DOMAIN ? domain : null,
        policies, overrides, problems.source()));
  }

  private static PolicyLevel level(String word, String domain, PolicyFileProblems problems) {
    if (word == null) {
      return null;
    }
    PolicyLevel level;
    try {
      level = PolicyLevel.parse(word);
    } catch (IllegalArgumentException e) {
      problems.error(PolicyFileProblems.FORMAT, "/level", e.getMessage());
      return null;
    }
    if (level == PolicyLevel.DOMAIN && domain == null) {
      problems.error(PolicyFileProblems.FORMAT, "/level", "a domain policy set must name its domain: add domain:");
    } else if (level == PolicyLevel.GLOBAL && domain != null) {
      problems.error(PolicyFileProblems.FORMAT, "/domain", "a global policy set applies to every domain;"
          + " remove domain: or write level: domain");
    }
    return level;
  }

  private static List<Path> files(Path location) throws IOException {
    if (!Files.exists(location)) {
      throw new NoSuchFileException(location.toString(), null, "no such policies file or folder");
    }
    if (!Files.isDirectory(location)) {
      return List.of(location);
    }
    try (Stream<Path> walk = Files.walk(location)) {
      return walk.filter(Files::isRegularFile).filter(PolicySetReader::isYaml).sorted().toList();
    }
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static String readText(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not UTF-8 text", e);
    }
  }

  /** The codec speaks of contracts; a policy file is a policy set. */
  private static String syntaxMessage(String message) {
    if (message.startsWith("the file is empty")) {
      return "the file is empty: a policy set is a mapping with kind: " + KIND;
    }
    if (message.startsWith("a contract must be a mapping")) {
      return message.replaceFirst("a contract", "a policy set");
    }
    return "malformed YAML: " + message;
  }
}
