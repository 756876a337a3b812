package io.quanta.runtime.control;

import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SchemaObject;
import io.quanta.contract.model.SchemaProperty;
import java.util.List;
import java.util.Locale;

/**
 * The classification of what an access request asks for: the highest {@code classification} among the
 * properties (nested ones included) of the requested object, or of every object when none is named. The
 * order is public &lt; internal &lt; confidential &lt; restricted; a property without a classification counts
 * as {@value #UNCLASSIFIED} (never as public, so forgetting to classify never opens data), and a word outside
 * the scale ranks above restricted, since nothing says it is safe.
 */
final class Classification {

  static final String UNCLASSIFIED = "internal";
  private static final List<String> SCALE = List.of("public", "internal", "confidential", "restricted");

  private Classification() {
  }

  /** The highest classification of one object, or of all objects when {@code object} is null. */
  static String of(DataContract contract, String object) {
    List<SchemaObject> objects = object == null ? contract.objects()
        : contract.object(object).map(List::of).orElse(List.of());
    String highest = null;
    for (SchemaObject o : objects) {
      highest = higher(highest, highest(o.columns()));
    }
    return highest == null ? UNCLASSIFIED : highest;
  }

  private static String highest(List<SchemaProperty> properties) {
    String highest = properties.isEmpty() ? UNCLASSIFIED : null;
    for (SchemaProperty p : properties) {
      String own = p.classification() == null || p.classification().isBlank() ? UNCLASSIFIED
          : p.classification().trim().toLowerCase(Locale.ROOT);
      highest = higher(highest, own);
      if (!p.children().isEmpty()) {
        highest = higher(highest, highest(p.children()));
      }
      if (p.items() != null) {
        highest = higher(highest, highest(List.of(p.items())));
      }
    }
    return highest;
  }

  static String higher(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return rank(b) > rank(a) ? b : a;
  }

  static int rank(String classification) {
    int index = SCALE.indexOf(classification);
    return index >= 0 ? index : SCALE.size();
  }

  /** True when requests of this classification are approved without the owner. */
  static boolean autoApproved(String classification, List<String> autoApprove) {
    return autoApprove.stream().anyMatch(a -> a.trim().equalsIgnoreCase(classification));
  }
}
