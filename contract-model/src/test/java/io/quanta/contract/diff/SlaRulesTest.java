package io.quanta.contract.diff;

import static io.quanta.contract.diff.Compatibility.BREAKING;
import static io.quanta.contract.diff.Compatibility.NON_BREAKING;
import static io.quanta.contract.diff.DiffFixture.changes;
import static io.quanta.contract.diff.DiffFixture.single;
import static io.quanta.contract.diff.DiffFixture.sla;
import static io.quanta.contract.model.SemVer.Bump.MAJOR;
import static io.quanta.contract.model.SemVer.Bump.MINOR;
import static io.quanta.contract.model.SemVer.Bump.PATCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaRulesTest {

  @Test
  void larger_latency_is_breaking() {
    Change change = single(c -> sla(c, "latency").put("value", 1).put("unit", "day"), ChangeKind.SLA_WEAKENED,
        BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/slaProperties/latency/value");
    assertThat(change.before()).isEqualTo("4 h");
    assertThat(change.after()).isEqualTo("1 day");
  }

  @Test
  void smaller_latency_in_other_units_needs_a_minor_bump() {
    single(c -> sla(c, "latency").put("value", 90).put("unit", "m"), ChangeKind.SLA_STRENGTHENED, NON_BREAKING,
        MINOR);
  }

  @Test
  void same_latency_in_other_units_needs_a_patch() {
    single(c -> sla(c, "latency").put("value", 240).put("unit", "minutes"), ChangeKind.METADATA_CHANGED,
        NON_BREAKING, PATCH);
  }

  @Test
  void shorter_retention_is_breaking() {
    single(c -> sla(c, "retention").put("value", 18).put("unit", "months"), ChangeKind.SLA_WEAKENED, BREAKING,
        MAJOR);
  }

  @Test
  void longer_retention_needs_a_minor_bump() {
    single(c -> sla(c, "retention").put("value", "5y"), ChangeKind.SLA_STRENGTHENED, NON_BREAKING, MINOR);
  }

  @Test
  void lower_availability_is_breaking() {
    single(c -> sla(c, "availability").put("value", 99.5), ChangeKind.SLA_WEAKENED, BREAKING, MAJOR);
  }

  @Test
  void less_frequent_updates_are_breaking() {
    Edits.expectOne(c -> ((ArrayNode) c.get("slaProperties")).addObject().put("property", "frequency")
            .put("value", 1).put("unit", "h"),
        c -> ((ArrayNode) c.get("slaProperties")).addObject().put("property", "frequency")
            .put("value", "PT2H"),
        ChangeKind.SLA_WEAKENED);
  }

  @Test
  void later_end_of_support_needs_a_minor_bump_and_earlier_breaks() {
    Edits.expectOne(c -> ((ArrayNode) c.get("slaProperties")).addObject().put("property", "endOfSupport")
            .put("value", "2032-05-12T09:30:10-08:00"),
        c -> ((ArrayNode) c.get("slaProperties")).addObject().put("property", "endOfSupport")
            .put("value", "2033-01-01T00:00:00Z"),
        ChangeKind.SLA_STRENGTHENED);
    Edits.expectOne(c -> ((ArrayNode) c.get("slaProperties")).addObject().put("property", "endOfLife")
            .put("value", "2042-05-12"),
        c -> ((ArrayNode) c.get("slaProperties")).addObject().put("property", "endOfLife")
            .put("value", "2040-01-01"),
        ChangeKind.SLA_WEAKENED);
  }

  @Test
  void later_time_of_availability_is_breaking() {
    Edits.expectOne(c -> ((ArrayNode) c.get("slaProperties")).addObject().put("property", "timeOfAvailability")
            .put("value", "09:00-08:00"),
        c -> ((ArrayNode) c.get("slaProperties")).addObject().put("property", "timeOfAvailability")
            .put("value", "10:00-08:00"),
        ChangeKind.SLA_WEAKENED);
  }

  @Test
  void removed_sla_property_is_breaking() {
    Change change = single(c -> DiffFixture.remove((ArrayNode) c.get("slaProperties"), "property", "retention"),
        ChangeKind.SLA_REMOVED, BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/slaProperties/retention");
  }

  @Test
  void added_sla_property_needs_a_minor_bump() {
    single(c -> ((ArrayNode) c.get("slaProperties")).addObject().put("property", "frequency").put("value", 1)
        .put("unit", "d"), ChangeKind.SLA_ADDED, NON_BREAKING, MINOR);
  }

  @Test
  void units_that_cannot_be_compared_are_breaking() {
    single(c -> sla(c, "latency").put("unit", "percent"), ChangeKind.SLA_CHANGED, BREAKING, MAJOR);
  }

  @Test
  void unknown_sla_property_change_is_breaking() {
    Edits.expectOne(c -> ((ArrayNode) c.get("slaProperties")).addObject().put("property", "freshnessScore")
            .put("value", 3),
        c -> ((ArrayNode) c.get("slaProperties")).addObject().put("property", "freshnessScore")
            .put("value", 4),
        ChangeKind.SLA_CHANGED);
  }

  @Test
  void measured_element_change_is_breaking() {
    single(c -> sla(c, "latency").put("element", "orders.order_id"), ChangeKind.SLA_CHANGED, BREAKING, MAJOR);
  }

  @Test
  void sla_description_needs_a_patch() {
    single(c -> sla(c, "latency").put("description", "from order to table"), ChangeKind.DOCUMENTATION_CHANGED,
        NON_BREAKING, PATCH);
  }

  @Test
  void sla_properties_match_by_name_not_position() {
    List<Change> changes = changes(c -> {
      ArrayNode list = (ArrayNode) c.get("slaProperties");
      list.add(list.remove(0));
    });

    assertThat(changes).isEmpty();
  }
}
