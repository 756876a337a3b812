package io.quanta.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimsMapperTest {

  @Test
  void maps_sub_roles_and_domain() {
    JsonObject claims = new JsonObject().put("sub", "alice").put("roles", new JsonArray().add("owner").add("analyst"))
        .put("domain", "sales").put("preferred_username", "Alice A.");

    assertThat(ClaimsMapper.principal(claims)).hasValue(new Principal("alice", Set.of("owner", "analyst"), "sales"));
  }

  @Test
  void falls_back_to_preferred_username_and_merges_keycloak_realm_roles() {
    JsonObject claims = new JsonObject().put("preferred_username", "bob")
        .put("roles", "analyst")
        .put("realm_access", new JsonObject().put("roles", new JsonArray().add("auditor").add(42)));

    assertThat(ClaimsMapper.principal(claims)).hasValue(new Principal("bob", Set.of("analyst", "auditor"), null));
  }

  @Test
  void ignores_roles_and_names_of_the_wrong_type() {
    JsonObject claims = new JsonObject().put("sub", 12).put("preferred_username", "carol")
        .put("roles", new JsonObject().put("owner", true)).put("domain", new JsonArray().add("x"));

    assertThat(ClaimsMapper.principal(claims)).hasValue(new Principal("carol", Set.of(), null));
  }

  @Test
  void names_nobody_without_sub_or_preferred_username() {
    assertThat(ClaimsMapper.principal(new JsonObject().put("roles", new JsonArray().add("owner")))).isEmpty();
    assertThat(ClaimsMapper.principal(new JsonObject().put("sub", "  "))).isEmpty();
  }
}
