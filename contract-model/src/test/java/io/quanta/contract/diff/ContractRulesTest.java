package io.quanta.contract.diff;

import static io.quanta.contract.diff.Compatibility.BREAKING;
import static io.quanta.contract.diff.Compatibility.NON_BREAKING;
import static io.quanta.contract.diff.DiffFixture.changes;
import static io.quanta.contract.diff.DiffFixture.find;
import static io.quanta.contract.diff.DiffFixture.single;
import static io.quanta.contract.model.SemVer.Bump.MAJOR;
import static io.quanta.contract.model.SemVer.Bump.MINOR;
import static io.quanta.contract.model.SemVer.Bump.PATCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

  private static ObjectNode extendsProperty(ObjectNode contract) {
    return find((ArrayNode) contract.get("customProperties"), "property", "extends");
  }

  @Test
  void changed_contract_id_is_breaking_and_says_it_is_another_contract() {
    Change change = single(c -> c.put("id", "orders-v2"), ChangeKind.CONTRACT_ID_CHANGED, BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/id");
    assertThat(change.why()).contains("different contract");
  }

  @Test
  void extends_another_parent_is_breaking() {
    single(c -> extendsProperty(c).put("value", "finance-base@1"), ChangeKind.EXTENDS_CHANGED, BREAKING, MAJOR);
  }

  @Test
  void extends_another_major_of_the_parent_is_breaking() {
    single(c -> extendsProperty(c).put("value", "sales-base@2.0.0"), ChangeKind.EXTENDS_CHANGED, BREAKING, MAJOR);
  }

  @Test
  void extends_a_floating_parent_version_is_breaking() {
    single(c -> extendsProperty(c).put("value", "sales-base"), ChangeKind.EXTENDS_CHANGED, BREAKING, MAJOR);
  }

  @Test
  void extends_a_newer_minor_of_the_parent_needs_a_minor_bump() {
    single(c -> extendsProperty(c).put("value", "sales-base@1.4"), ChangeKind.EXTENDS_VERSION_CHANGED,
        NON_BREAKING, MINOR);
  }

  @Test
  void removed_parent_is_breaking() {
    single(c -> DiffFixture.remove((ArrayNode) c.get("customProperties"), "property", "extends"),
        ChangeKind.EXTENDS_REMOVED, BREAKING, MAJOR);
  }

  @Test
  void other_custom_properties_need_a_patch() {
    Change change = single(c -> find((ArrayNode) c.get("customProperties"), "property", "owner-note")
        .put("value", "kept by the payments team"), ChangeKind.DOCUMENTATION_CHANGED, NON_BREAKING, PATCH);

    assertThat(change.path()).isEqualTo("/customProperties/owner-note");
  }

  @Test
  void removed_server_is_breaking() {
    single(c -> ((ArrayNode) c.get("servers")).remove(0), ChangeKind.SERVER_REMOVED, BREAKING, MAJOR);
  }

  @Test
  void moved_server_is_breaking() {
    Change change = single(c -> ((ObjectNode) c.get("servers").get(0)).put("host", "db2.example.com"),
        ChangeKind.SERVER_CHANGED, BREAKING, MAJOR);

    assertThat(change.path()).isEqualTo("/servers/prod/host");
  }

  @Test
  void added_server_needs_a_minor_bump() {
    single(c -> ((ArrayNode) c.get("servers")).addObject().put("server", "replica").put("type", "postgres"),
        ChangeKind.SERVER_ADDED, NON_BREAKING, MINOR);
  }

  @Test
  void server_description_needs_a_patch() {
    single(c -> ((ObjectNode) c.get("servers").get(0)).put("description", "main database"),
        ChangeKind.DOCUMENTATION_CHANGED, NON_BREAKING, PATCH);
  }

  @Test
  void removed_role_is_breaking_and_changed_access_too() {
    single(c -> ((ArrayNode) c.get("roles")).remove(0), ChangeKind.ROLE_REMOVED, BREAKING, MAJOR);
    single(c -> ((ObjectNode) c.get("roles").get(0)).put("access", "write"), ChangeKind.ROLE_ACCESS_CHANGED,
        BREAKING, MAJOR);
  }

  @Test
  void added_role_needs_a_minor_bump() {
    single(c -> ((ArrayNode) c.get("roles")).addObject().put("role", "orders_auditor").put("access", "read"),
        ChangeKind.ROLE_ADDED, NON_BREAKING, MINOR);
  }

  @Test
  void documentation_only_changes_need_a_patch() {
    List<Change> changes = changes(c -> {
      ((ObjectNode) c.get("description")).put("usage", "Daily sales reports");
      c.putArray("tags").add("sales");
      c.putArray("support").addObject().put("channel", "#orders").put("tool", "slack");
      c.putObject("team").put("name", "orders-team");
      c.putArray("authoritativeDefinitions").addObject().put("type", "canonical").put("url", "https://x.example");
    });

    assertThat(changes).extracting(Change::path)
        .containsExactly("/description", "/tags", "/support", "/team", "/authoritativeDefinitions");
    assertThat(changes).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.DOCUMENTATION_CHANGED));
    assertThat(DiffFixture.required(c -> c.putArray("tags").add("sales"))).isEqualTo(PATCH);
  }

  @Test
  void status_and_other_metadata_need_a_patch() {
    Change change = single(c -> c.put("status", "deprecated"), ChangeKind.METADATA_CHANGED, NON_BREAKING, PATCH);

    assertThat(change.path()).isEqualTo("/status");
  }

  @Test
  void version_alone_is_not_a_change() {
    assertThat(changes(c -> c.put("version", "9.9.9"))).isEmpty();
  }

  @Test
  void required_bump_is_the_largest_of_all_changes() {
    assertThat(DiffFixture.required(c -> {
      c.put("status", "deprecated");
      ((ArrayNode) c.get("roles")).addObject().put("role", "auditor");
      ((ArrayNode) c.get("servers")).remove(0);
    })).isEqualTo(MAJOR);
  }
}
