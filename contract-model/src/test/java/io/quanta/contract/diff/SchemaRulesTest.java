package io.quanta.contract.diff;

import static io.quanta.contract.diff.Compatibility.BREAKING;
import static io.quanta.contract.diff.Compatibility.NON_BREAKING;
import static io.quanta.contract.diff.DiffFixture.changes;
import static io.quanta.contract.diff.DiffFixture.object;
import static io.quanta.contract.diff.DiffFixture.property;
import static io.quanta.contract.diff.DiffFixture.single;
import static io.quanta.contract.model.SemVer.Bump.MAJOR;
import static io.quanta.contract.model.SemVer.Bump.MINOR;
import static io.quanta.contract.model.SemVer.Bump.PATCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaRulesTest {

  @Test
  void removed_object_is_breaking() {
    Change change = single(c -> ((ArrayNode) c.get("schema")).remove(0), ChangeKind.OBJECT_REMOVED, BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/schema/orders");
  }

  @Test
  void added_object_needs_a_minor_bump() {
    Change change = single(c -> ((ArrayNode) c.get("schema")).addObject().put("name", "refunds"),
        ChangeKind.OBJECT_ADDED, NON_BREAKING, MINOR);

    assertThat(change.path()).isEqualTo("/schema/refunds");
  }

  @Test
  void reordered_objects_and_properties_are_no_change() {
    ObjectNode before = DiffFixture.base();
    ((ArrayNode) before.get("schema")).addObject().put("name", "refunds");
    ObjectNode after = before.deepCopy();
    ArrayNode props = (ArrayNode) object(after, "orders").get("properties");
    props.add(props.remove(0));
    ArrayNode schema = (ArrayNode) after.get("schema");
    schema.add(schema.remove(0));

    assertThat(ContractDiff.changes(DiffFixture.contract(before), DiffFixture.contract(after))).isEmpty();
    assertThat(((ArrayNode) after.get("schema")).get(0).get("name").asText()).isEqualTo("refunds");
  }

  @Test
  void removed_property_is_breaking() {
    Change change = single(c -> DiffFixture.remove((ArrayNode) object(c, "orders").get("properties"), "name",
        "status"), ChangeKind.PROPERTY_REMOVED, BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/schema/orders/properties/status");
  }

  @Test
  void removed_nested_property_is_breaking() {
    Change change = single(c -> DiffFixture.remove((ArrayNode) property(c, "orders", "customer").get("properties"),
        "name", "tier"), ChangeKind.PROPERTY_REMOVED, BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/schema/orders/properties/customer/properties/tier");
  }

  @Test
  void added_optional_property_needs_a_minor_bump() {
    single(c -> ((ArrayNode) object(c, "orders").get("properties")).addObject().put("name", "note"),
        ChangeKind.PROPERTY_ADDED, NON_BREAKING, MINOR);
  }

  @Test
  void added_required_property_does_not_break_readers() {
    Change change = single(c -> ((ArrayNode) object(c, "orders").get("properties")).addObject()
        .put("name", "currency").put("required", true), ChangeKind.PROPERTY_ADDED, NON_BREAKING, MINOR);

    assertThat(change.why()).contains("writers");
  }

  @Test
  void logical_type_change_is_breaking() {
    Change change = single(c -> property(c, "orders", "amount").put("logicalType", "string"),
        ChangeKind.LOGICAL_TYPE_CHANGED, BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/schema/orders/properties/amount/logicalType");
    assertThat(change.before()).isEqualTo("number");
    assertThat(change.after()).isEqualTo("string");
  }

  @Test
  void physical_type_change_is_breaking() {
    single(c -> property(c, "orders", "amount").put("physicalType", "varchar(20)"),
        ChangeKind.PHYSICAL_TYPE_CHANGED, BREAKING, MAJOR);
  }

  @Test
  void physical_type_widening_breaks_readers() {
    single(c -> property(c, "orders", "order_id").put("physicalType", "varchar(64)"),
        ChangeKind.PHYSICAL_TYPE_WIDENED, BREAKING, MAJOR);
  }

  @Test
  void physical_type_narrowing_needs_a_minor_bump() {
    single(c -> property(c, "orders", "amount").put("physicalType", "decimal(8,2)"),
        ChangeKind.PHYSICAL_TYPE_NARROWED, NON_BREAKING, MINOR);
  }

  @Test
  void physical_type_spelled_differently_needs_a_patch() {
    single(c -> property(c, "orders", "order_id").put("physicalType", "VARCHAR (36)"),
        ChangeKind.METADATA_CHANGED, NON_BREAKING, PATCH);
  }

  @Test
  void object_physical_type_change_is_breaking() {
    single(c -> object(c, "orders").put("physicalType", "topic"), ChangeKind.PHYSICAL_TYPE_CHANGED, BREAKING,
        MAJOR);
  }

  @Test
  void renamed_physical_table_is_breaking() {
    Change change = single(c -> object(c, "orders").put("physicalName", "orders_v2"),
        ChangeKind.PHYSICAL_NAME_CHANGED, BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/schema/orders/physicalName");
  }

  @Test
  void physical_name_written_out_as_the_name_needs_a_patch() {
    single(c -> property(c, "orders", "amount").put("physicalName", "amount"), ChangeKind.METADATA_CHANGED,
        NON_BREAKING, PATCH);
  }

  @Test
  void property_made_optional_is_breaking() {
    single(c -> property(c, "orders", "amount").put("required", false), ChangeKind.MADE_OPTIONAL, BREAKING, MAJOR);
  }

  @Test
  void property_made_required_needs_a_minor_bump() {
    single(c -> property(c, "orders", "status").put("required", true), ChangeKind.MADE_REQUIRED, NON_BREAKING,
        MINOR);
  }

  @Test
  void nested_property_made_optional_is_breaking() {
    Change change = single(c -> ((ObjectNode) property(c, "orders", "customer").get("properties").get(0))
        .remove("required"), ChangeKind.MADE_OPTIONAL, BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/schema/orders/properties/customer/properties/email/required");
  }

  @Test
  void unique_dropped_is_breaking() {
    single(c -> property(c, "orders", "order_id").put("unique", false), ChangeKind.UNIQUE_DROPPED, BREAKING, MAJOR);
  }

  @Test
  void unique_added_needs_a_minor_bump() {
    single(c -> property(c, "orders", "status").put("unique", true), ChangeKind.UNIQUE_ADDED, NON_BREAKING, MINOR);
  }

  @Test
  void column_added_to_the_primary_key_is_breaking() {
    Change change = single(c -> property(c, "orders", "status").put("primaryKey", true).put("primaryKeyPosition", 2),
        ChangeKind.PRIMARY_KEY_CHANGED, BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/schema/orders/primaryKey");
    assertThat(change.before()).isEqualTo("order_id");
    assertThat(change.after()).isEqualTo("order_id, status");
  }

  @Test
  void column_removed_from_the_primary_key_is_breaking() {
    single(c -> property(c, "orders", "order_id").put("primaryKey", false), ChangeKind.PRIMARY_KEY_CHANGED,
        BREAKING, MAJOR);
  }

  @Test
  void primary_key_reordered_is_breaking() {
    List<Change> changes = changes(c -> {
      property(c, "orders", "order_id").put("primaryKeyPosition", 2);
      property(c, "orders", "status").put("primaryKey", true).put("primaryKeyPosition", 1);
    });
    ObjectNode before = DiffFixture.base();
    property(before, "orders", "status").put("primaryKey", true).put("primaryKeyPosition", 2);
    ObjectNode after = DiffFixture.base();
    property(after, "orders", "order_id").put("primaryKeyPosition", 2);
    property(after, "orders", "status").put("primaryKey", true).put("primaryKeyPosition", 1);

    List<Change> reordered = ContractDiff.changes(DiffFixture.contract(before), DiffFixture.contract(after));

    assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.PRIMARY_KEY_CHANGED);
    assertThat(reordered).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.PRIMARY_KEY_CHANGED);
      assertThat(c.before()).isEqualTo("order_id, status");
      assertThat(c.after()).isEqualTo("status, order_id");
    });
  }

  @Test
  void classification_lowered_is_breaking() {
    single(c -> property(c, "orders", "order_id").put("classification", "public"),
        ChangeKind.CLASSIFICATION_LOWERED, BREAKING, MAJOR);
  }

  @Test
  void classification_removed_is_breaking() {
    single(c -> property(c, "orders", "order_id").remove("classification"), ChangeKind.CLASSIFICATION_LOWERED,
        BREAKING, MAJOR);
  }

  @Test
  void classification_raised_needs_a_minor_bump() {
    single(c -> property(c, "orders", "order_id").put("classification", "Restricted"),
        ChangeKind.CLASSIFICATION_RAISED, NON_BREAKING, MINOR);
  }

  @Test
  void unknown_classification_is_breaking() {
    single(c -> property(c, "orders", "order_id").put("classification", "level-3"),
        ChangeKind.CLASSIFICATION_CHANGED, BREAKING, MAJOR);
  }

  @Test
  void partitioning_change_needs_a_minor_bump() {
    single(c -> property(c, "orders", "status").put("partitioned", true).put("partitionKeyPosition", 1),
        ChangeKind.PARTITIONING_CHANGED, NON_BREAKING, MINOR);
  }

  @Test
  void removed_relationship_is_breaking_and_added_one_is_not() {
    ObjectNode withLink = DiffFixture.base();
    object(withLink, "orders").putArray("relationships").addObject().put("type", "foreignKey")
        .put("from", "orders.customer_id").put("to", "customers.id");
    ObjectNode without = DiffFixture.base();

    List<Change> removed = ContractDiff.changes(DiffFixture.contract(withLink), DiffFixture.contract(without));
    List<Change> added = ContractDiff.changes(DiffFixture.contract(without), DiffFixture.contract(withLink));

    assertThat(removed).extracting(Change::kind).containsExactly(ChangeKind.RELATIONSHIP_REMOVED);
    assertThat(added).extracting(Change::kind).containsExactly(ChangeKind.RELATIONSHIP_ADDED);
    assertThat(added.get(0).bump()).isEqualTo(MINOR);
  }

  @Test
  void array_items_type_change_is_breaking() {
    ObjectNode before = DiffFixture.base();
    ((ArrayNode) object(before, "orders").get("properties")).addObject().put("name", "lines")
        .put("logicalType", "array").putObject("items").put("logicalType", "string");
    ObjectNode after = before.deepCopy();
    ((ObjectNode) property(after, "orders", "lines").get("items")).put("logicalType", "integer");

    List<Change> changes = ContractDiff.changes(DiffFixture.contract(before), DiffFixture.contract(after));

    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.LOGICAL_TYPE_CHANGED);
      assertThat(c.path()).isEqualTo("/schema/orders/properties/lines/items/logicalType");
    });
  }

  @Test
  void description_and_business_name_need_a_patch() {
    List<Change> changes = changes(c -> {
      property(c, "orders", "amount").put("description", "Total in euros").put("businessName", "Amount");
      object(c, "orders").putArray("tags").add("sales");
    });

    assertThat(changes).extracting(Change::path).containsExactlyInAnyOrder(
        "/schema/orders/properties/amount/description", "/schema/orders/properties/amount/businessName",
        "/schema/orders/tags");
    assertThat(changes).allSatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.DOCUMENTATION_CHANGED);
      assertThat(c.bump()).isEqualTo(PATCH);
    });
  }

  @Test
  void names_with_slashes_are_escaped_in_paths() {
    Change change = single(c -> ((ArrayNode) c.get("schema")).addObject().put("name", "a/b~c"),
        ChangeKind.OBJECT_ADDED, NON_BREAKING, MINOR);

    assertThat(change.path()).isEqualTo("/schema/a~1b~0c");
  }
}
