package io.quanta.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SlaProperty;
import java.util.Objects;
import java.util.Set;

/**
 * Compares SLA properties, matched by id, else property name (several of one name pair up in order).
 * Values are converted to one unit before comparing, so {@code 1 d} and {@code 24 h} are the same promise.
 */
final class SlaDiff {

  private static final Set<String> RULES = Set.of("property", "value", "valueExt", "unit", "element");

  private SlaDiff() {
  }

  static void compare(ChangeLog log, DataContract old, DataContract neu) {
    if (!Objects.equals(old.slaDefaultElement(), neu.slaDefaultElement())) {
      log.add("/slaDefaultElement", ChangeKind.SLA_CHANGED, old.slaDefaultElement(), neu.slaDefaultElement(),
          "the SLAs are now measured on another element: the old promise is gone");
    }
    for (Keyed.Pair<SlaProperty> pair : Keyed.match(old.slaProperties(), neu.slaProperties(), SlaDiff::key)) {
      String path = ChangeLog.path("/slaProperties", pair.key());
      if (pair.after() == null) {
        log.add(path, ChangeKind.SLA_REMOVED, show(pair.before()), null, "consumers lose the promise");
      } else if (pair.before() == null) {
        log.add(path, ChangeKind.SLA_ADDED, null, show(pair.after()), "a new promise: tighter");
      } else {
        property(log, path, pair.before(), pair.after());
      }
    }
  }

  private static String key(SlaProperty p) {
    return p.id() != null ? p.id() : p.property();
  }

  private static void property(ChangeLog log, String path, SlaProperty old, SlaProperty neu) {
    if (!Objects.equals(old.element(), neu.element())) {
      log.add(ChangeLog.path(path, "element"), ChangeKind.SLA_CHANGED, old.element(), neu.element(),
          "the SLA is now measured on another element: the old promise is gone");
    }
    if (!Objects.equals(old.property(), neu.property())) {
      log.add(ChangeLog.path(path, "property"), ChangeKind.SLA_CHANGED, old.property(), neu.property(),
          "the SLA now promises something else");
    }
    value(log, ChangeLog.path(path, "value"), neu.property(), old.value(), old.unit(), neu.value(), neu.unit());
    value(log, ChangeLog.path(path, "valueExt"), neu.property(), old.valueExt(), old.unit(), neu.valueExt(),
        neu.unit());
    OtherFields.compare(log, path, Elements.tree(old), Elements.tree(neu), RULES);
  }

  private static void value(ChangeLog log, String path, String property, JsonNode oldValue, String oldUnit,
      JsonNode newValue, String newUnit) {
    String was = show(oldValue, oldUnit);
    String now = show(newValue, newUnit);
    if (was == null && now == null || OtherFields.same(oldValue, newValue) && Objects.equals(oldUnit, newUnit)) {
      return;
    }
    if (now == null) {
      log.add(path, ChangeKind.SLA_WEAKENED, was, null, "the value is gone: consumers lose the promise");
      return;
    }
    if (was == null) {
      log.add(path, ChangeKind.SLA_STRENGTHENED, null, now, "a new value: tighter");
      return;
    }
    SlaValues.Quantity before = SlaValues.quantity(oldValue, oldUnit);
    SlaValues.Quantity after = SlaValues.quantity(newValue, newUnit);
    int direction = SlaValues.strongerWhenLarger(property);
    if (before == null || after == null || !before.dimension().equals(after.dimension())) {
      log.add(path, ChangeKind.SLA_CHANGED, was, now, "cannot compare " + was + " with " + now
          + ": consumers may get less than promised");
      return;
    }
    int order = after.amount().compareTo(before.amount()) * direction;
    if (after.amount().compareTo(before.amount()) == 0) {
      log.add(path, ChangeKind.METADATA_CHANGED, was, now, "the same promise, written differently");
    } else if (direction == 0) {
      log.add(path, ChangeKind.SLA_CHANGED, was, now, "cannot tell whether " + property
          + " is stronger when larger or smaller: consumers may get less than promised");
    } else if (order < 0) {
      log.add(path, ChangeKind.SLA_WEAKENED, was, now, "consumers get less than the " + was + " promised");
    } else {
      log.add(path, ChangeKind.SLA_STRENGTHENED, was, now, "a stronger promise: tighter");
    }
  }

  private static String show(SlaProperty p) {
    String value = show(p.value(), p.unit());
    return value == null ? p.property() : p.property() + " " + value;
  }

  private static String show(JsonNode value, String unit) {
    String text = ChangeLog.show(value);
    if (text == null) {
      return null;
    }
    return unit == null || unit.isBlank() ? text : text + " " + unit;
  }
}
