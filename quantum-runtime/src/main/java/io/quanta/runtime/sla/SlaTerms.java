package io.quanta.runtime.sla;

import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SchemaObject;
import io.quanta.contract.model.SlaProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contract's {@code slaProperties} as this quantum reads them. Each property applies to the objects
 * its {@code element} names ({@code object.column}, several separated by commas; a bare column when the
 * contract has one object; the deprecated {@code slaDefaultElement} when it has none), or to every
 * object when no element is given. Only {@code latency} (synonyms {@code ly}, {@code freshness}) is
 * measured; the rest are reported as promised.
 */
public final class SlaTerms {

  private static final Set<String> LATENCY = Set.of("latency", "ly", "freshness");
  private static final Map<String, String> MEANING = Map.ofEntries(
      Map.entry("latency", "the newest row of each object it applies to is at most this old (measured on the"
          + " object's freshness column)"),
      Map.entry("frequency", "how often the data is updated (reported, not measured)"),
      Map.entry("retention", "how long data is kept available (reported, not measured)"),
      Map.entry("availability", "the share of time the data can be read (reported, not measured)"),
      Map.entry("generalavailability", "when the data became generally available"),
      Map.entry("endofsupport", "when support for this contract ends"),
      Map.entry("endoflife", "when the data stops being served"),
      Map.entry("timeofavailability", "the time of day by which new data is available (reported, not measured)"));

  /** One SLA property with what it means here and, for durations, its length. */
  public record Term(SlaProperty property, String name, List<String[]> elements, Duration duration, String meaning) {

    /** True when this is a latency promise, the one measured here. */
    public boolean latency() {
      return LATENCY.contains(name);
    }

    /** True when it applies to the object (no element, or an element naming it). */
    public boolean appliesTo(String object) {
      return elements.isEmpty() || elements.stream().anyMatch(e -> e[0].equals(object));
    }
  }

  private final List<Term> terms;

  private SlaTerms(List<Term> terms) {
    this.terms = List.copyOf(terms);
  }

  public static SlaTerms of(DataContract contract) {
    List<Term> out = new ArrayList<>();
    if (contract.slaProperties() != null) {
      for (SlaProperty p : contract.slaProperties()) {
        if (p.property() == null) {
          continue;
        }
        String name = p.property().trim().toLowerCase(Locale.ROOT);
        String element = p.element() != null ? p.element() : contract.slaDefaultElement();
        String meaning = LATENCY.contains(name) ? MEANING.get("latency")
            : MEANING.getOrDefault(name, "reported as written");
        out.add(new Term(p, name, elements(contract, element), SlaDuration.parse(p.value(), p.unit()).orElse(null),
            meaning));
      }
    }
    return new SlaTerms(out);
  }

  public List<Term> terms() {
    return terms;
  }

  /** The strictest latency that applies to the object and reads as a duration. */
  public Optional<Duration> latency(String object) {
    return terms.stream().filter(t -> t.latency() && t.duration() != null && t.appliesTo(object))
        .map(Term::duration).min(Duration::compareTo);
  }

  /**
   * The column a latency element names for the object ({@code orders.updated_at}), used as its freshness
   * column when quantum.yaml gives none.
   */
  public static Optional<String> freshnessElement(DataContract contract, String object) {
    return of(contract).terms.stream().filter(Term::latency).flatMap(t -> t.elements().stream())
        .filter(e -> e[0].equals(object) && e[1] != null).map(e -> e[1]).findFirst();
  }

  /** Each element as {object, column-or-null}. */
  private static List<String[]> elements(DataContract contract, String element) {
    List<String[]> out = new ArrayList<>();
    if (element == null || element.isBlank()) {
      return out;
    }
    List<String> objects = contract.objects().stream().map(SchemaObject::name).toList();
    for (String part : element.split(",")) {
      String e = part.trim();
      int dot = e.indexOf('.');
      if (dot > 0) {
        String rest = e.substring(dot + 1);
        int next = rest.indexOf('.');
        out.add(new String[] {e.substring(0, dot), next > 0 ? rest.substring(0, next) : rest});
      } else if (objects.contains(e)) {
        out.add(new String[] {e, null});
      } else if (objects.size() == 1 && !e.isEmpty()) {
        out.add(new String[] {objects.get(0), e});
      }
    }
    return out;
  }
}
