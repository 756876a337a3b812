package io.quanta.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A lower or upper limit of a value range, from {@code minimum}/{@code exclusiveMinimum} or
 * {@code maximum}/{@code exclusiveMaximum} (either the JSON Schema 2019 form with a value, or the
 * draft-4 form where the exclusive key is a boolean).
 */
record Bound(String key, JsonNode value, boolean inclusive, boolean upper) {

  static Bound lower(Map<String, JsonNode> options) {
    return of(options, "minimum", "exclusiveMinimum", false);
  }

  static Bound upper(Map<String, JsonNode> options) {
    return of(options, "maximum", "exclusiveMaximum", true);
  }

  private static Bound of(Map<String, JsonNode> options, String plain, String exclusive, boolean upper) {
    JsonNode limit = options.get(plain);
    JsonNode strict = options.get(exclusive);
    if (strict != null && !strict.isNull() && !strict.isBoolean()) {
      return new Bound(exclusive, strict, false, upper);
    }
    if (limit == null || limit.isNull()) {
      return null;
    }
    return new Bound(plain, limit, strict == null || !strict.asBoolean(false), upper);
  }

  /** Reports how the limit moved: out (breaking), in (tighter), or not at all. */
  static void compare(ChangeLog log, String options, Bound old, Bound neu) {
    if (old == null && neu == null) {
      return;
    }
    if (neu == null) {
      log.add(ChangeLog.path(options, old.key), ChangeKind.OPTION_WIDENED, old.show(), null,
          "the limit is gone: readers may get values beyond " + ChangeLog.show(old.value));
      return;
    }
    String path = ChangeLog.path(options, neu.key);
    if (old == null) {
      log.add(path, ChangeKind.OPTION_NARROWED, null, neu.show(), "a new limit: readers see fewer values");
      return;
    }
    Integer order = Ordered.compare(neu.value, old.value);
    if (order == null) {
      log.add(path, ChangeKind.OPTION_CHANGED, old.show(), neu.show(),
          "the limits cannot be compared: readers may get values they were not built for");
      return;
    }
    int outward = neu.upper ? order : -order;
    if (outward == 0) {
      outward = old.inclusive == neu.inclusive ? 0 : neu.inclusive ? 1 : -1;
    }
    if (outward > 0) {
      log.add(path, ChangeKind.OPTION_WIDENED, old.show(), neu.show(),
          "readers built for " + old.show() + " may get values beyond it");
    } else if (outward < 0) {
      log.add(path, ChangeKind.OPTION_NARROWED, old.show(), neu.show(), "tighter: readers see fewer values");
    } else if (!old.key.equals(neu.key) || !OtherFields.same(old.value, neu.value)) {
      log.add(path, ChangeKind.METADATA_CHANGED, old.show(), neu.show(), "the same limit, written differently");
    }
  }

  private String show() {
    return key + " " + ChangeLog.show(value);
  }
}
