package io.quanta.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Compares lists of allowed values ({@code logicalTypeOptions.enum}, a quality rule's {@code validValues}).
 * Consumers name these values in filters, mappings and reports, so a removed value breaks them even
 * though the range narrows; an added value is an addition that readers must tolerate, like a new column.
 * Dropping the whole list lets any value through and breaks; adding one where there was none is tighter.
 */
final class Vocabulary {

  private Vocabulary() {
  }

  static void compare(ChangeLog log, String path, JsonNode before, JsonNode after, String noun) {
    boolean had = before != null && before.isArray();
    boolean has = after != null && after.isArray();
    if (had && !has) {
      log.add(path, ChangeKind.OPTION_WIDENED, ChangeLog.show(before), null,
          "the list of allowed values is gone: readers may get any value");
      return;
    }
    if (!had && has) {
      log.add(path, ChangeKind.OPTION_NARROWED, null, ChangeLog.show(after),
          "values are now limited to a list: readers see fewer values");
      return;
    }
    if (!had) {
      return;
    }
    List<String> was = OptionsDiff.texts(before);
    List<String> now = OptionsDiff.texts(after);
    for (String value : was) {
      if (!now.contains(value)) {
        log.add(path, ChangeKind.ENUM_VALUE_REMOVED, value, null,
            "consumers that filter, map or count on '" + value + "' silently lose it");
      }
    }
    for (String value : now) {
      if (!was.contains(value)) {
        log.add(path, ChangeKind.ENUM_VALUE_ADDED, null, value,
            "a new " + noun + ": an addition readers must tolerate, like a new column");
      }
    }
  }
}
