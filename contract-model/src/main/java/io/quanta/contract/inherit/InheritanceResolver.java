package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.codec.ParsedDocument;
import io.quanta.contract.inherit.ContractMerger.Merged;
import io.quanta.contract.model.CustomProperty;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.ExtendsReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Computes effective contracts from a {@link ContractSource}. Each ancestor is resolved once and
 * remembered (by id and version), so resolving many contracts that share ancestors costs time linear in
 * their number. Create a new resolver when the source changes. Safe to share between threads.
 *
 * <pre>{@code
 * InheritanceResolver resolver = new InheritanceResolver(FolderContractSource.scan(List.of(folder)));
 * Resolution resolution = resolver.resolve(contract);
 * }</pre>
 */
public final class InheritanceResolver {

  private final ContractSource source;
  private final Map<ContractRef, Memo> resolved = new HashMap<>();

  public InheritanceResolver(ContractSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Resolves a contract; findings name it by {@code id@version} (or by its file when the source holds it). */
  public Resolution resolve(DataContract contract) {
    return resolve(contract, null);
  }

  /** Resolves a contract read from a document, so that findings about it give its file, line and column. */
  public synchronized Resolution resolve(DataContract contract, ParsedDocument document) {
    ContractRef self = ContractRef.of(contract);
    Memo known = resolved.get(self);
    if (known != null && known.contract() == contract) {
      return known.step().resolution();
    }
    boolean stored = contract.id() != null && contract.version() != null
        && source.get(self.id(), self.version()).map(c -> c == contract || c.equals(contract)).orElse(false);
    if (known != null && stored) {
      return known.step().resolution();
    }
    Locator locator = document != null ? Locator.of(self, document) : locate(self);
    return build(new Link(contract, self, locator, stored)).resolution();
  }

  private Step build(Link first) {
    List<Link> links = new ArrayList<>(List.of(first));
    Step step = null;
    while (step == null) {
      Link link = links.get(links.size() - 1);
      Optional<String> value = link.contract().extendsValue();
      if (value.isEmpty()) {
        break;
      }
      String pointer = extendsPointer(link.contract());
      ExtendsReference.Parsed parsed = ExtendsReference.parse(value.get());
      if (parsed.reference().isEmpty()) {
        return failed(links, null, List.of(link.locator().error("extends-malformed", pointer,
            link.ref() + " has extends '" + value.get() + "': " + parsed.problem())));
      }
      ExtendsReference reference = parsed.reference().get();
      Optional<String> version = source.newest(reference);
      Optional<DataContract> parent = version.flatMap(v -> source.get(reference.id(), v));
      if (parent.isEmpty()) {
        return failed(links, reference.toString(), notFound(link, pointer, reference));
      }
      ContractRef parentRef = new ContractRef(reference.id(), version.get());
      if (links.stream().anyMatch(l -> l.ref().equals(parentRef))) {
        List<Object> cycle = new ArrayList<>(refs(links));
        cycle.add(parentRef);
        return failed(links, null, List.of(link.locator().error("inheritance-cycle", pointer,
            "cycle: " + Problem.arrows(cycle)).unchained()));
      }
      List<Problem> duplicates = source.problems(parentRef.id(), parentRef.version()).stream()
          .map(Problem::of).toList();
      if (!duplicates.isEmpty()) {
        return failed(links, parentRef.toString(), duplicates);
      }
      Memo memo = resolved.get(parentRef);
      step = memo == null ? null : memo.step();
      if (step == null) {
        links.add(new Link(parent.get(), parentRef, locate(parentRef), true));
      }
    }
    for (int i = links.size() - 1; i >= 0; i--) {
      Link link = links.get(i);
      if (step == null) {
        step = merged(ContractMerger.root(tree(link.contract()), link.ref(), link.locator()), link.ref(), List.of());
      } else if (step.effective() == null) {
        step = step.extendedBy(link.ref());
      } else {
        EffectiveContract parent = step.effective();
        step = merged(ContractMerger.merge(parent.tree(), parent.originIndex(), parent.ref(), tree(link.contract()),
            link.ref(), link.locator()), link.ref(), parent.chain());
      }
      if (link.stored()) {
        resolved.put(link.ref(), new Memo(link.contract(), step));
      }
    }
    return step;
  }

  private List<Problem> notFound(Link link, String pointer, ExtendsReference reference) {
    List<String> versions = source.versions(reference.id());
    List<Problem> problems = new ArrayList<>();
    if (versions.isEmpty()) {
      problems.add(link.locator().error("parent-missing", pointer, link.ref() + " extends " + reference
          + ", but no contract '" + reference.id() + "' is in the source"));
      // An unreadable file may well be the missing parent.
      source.problems().forEach(f -> problems.add(Problem.of(f)));
    } else {
      String known = versions.stream().sorted(ContractSource.VERSION_ORDER).collect(Collectors.joining(", "));
      problems.add(link.locator().error("parent-version", pointer, link.ref() + " extends " + reference + ", but "
          + reference.id() + " has versions " + known + "; none matches " + reference.versionSpec()));
    }
    return problems;
  }

  private static Step merged(Merged merged, ContractRef self, List<ContractRef> parentChain) {
    List<ContractRef> chain = new ArrayList<>(parentChain.size() + 1);
    chain.add(self);
    chain.addAll(parentChain);
    if (!merged.problems().isEmpty()) {
      return new Step(names(chain), null, merged.problems());
    }
    return new Step(null, new EffectiveContract(merged.tree(), chain, merged.origins()), List.of());
  }

  private Locator locate(ContractRef ref) {
    return Locator.of(ref, source.document(ref.id(), ref.version()).orElse(null));
  }

  private static Step failed(List<Link> links, String unresolved, List<Problem> problems) {
    List<String> chain = names(refs(links));
    if (unresolved != null) {
      chain.add(unresolved);
    }
    return new Step(chain, null, problems);
  }

  private static List<ContractRef> refs(List<Link> links) {
    return links.stream().map(Link::ref).toList();
  }

  private static List<String> names(List<ContractRef> refs) {
    return refs.stream().map(ContractRef::toString).collect(Collectors.toCollection(ArrayList::new));
  }

  private static String extendsPointer(DataContract contract) {
    List<CustomProperty> properties = contract.customProperties();
    for (int i = 0; i < properties.size(); i++) {
      if (DataContract.EXTENDS.equals(properties.get(i).property())) {
        return "/customProperties/" + i + "/value";
      }
    }
    return "/customProperties";
  }

  private static ObjectNode tree(DataContract contract) {
    return (ObjectNode) ContractCodec.toTree(contract);
  }

  /** A resolved contract of the source, with the copy it was resolved from. */
  private record Memo(DataContract contract, Step step) {
  }

  /** One contract of the chain being resolved; {@code stored} when it is the source's own copy. */
  private record Link(DataContract contract, ContractRef ref, Locator locator, boolean stored) {
  }

  /** A resolved contract, or the problems that prevent it with the chain they belong to. */
  private record Step(List<String> chain, EffectiveContract effective, List<Problem> problems) {

    Step extendedBy(ContractRef child) {
      List<String> longer = new ArrayList<>(chain.size() + 1);
      longer.add(child.toString());
      longer.addAll(chain);
      return new Step(longer, null, problems);
    }

    Resolution resolution() {
      if (effective != null) {
        return Resolution.of(effective);
      }
      return Resolution.failed(problems.stream().map(p -> p.toFinding(chain)).toList());
    }
  }
}
