package io.quanta.runtime.auth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the verified claims of a JWT into a {@link Principal}: {@code sub} (else {@code preferred_username}) is
 * the name, roles come from {@code roles} and Keycloak's {@code realm_access.roles} together, and
 * {@code domain} is the domain. {@code sub} comes first because it is stable where user names can change.
 */
public final class ClaimsMapper {

  private ClaimsMapper() {
  }

  /** The principal of the claims, or empty when they name nobody. */
  public static Optional<Principal> principal(JsonObject claims) {
    String name = text(claims, "sub");
    if (name == null) {
      name = text(claims, "preferred_username");
    }
    if (name == null) {
      return Optional.empty();
    }
    Set<String> roles = new LinkedHashSet<>();
    addRoles(claims.getValue("roles"), roles);
    if (claims.getValue("realm_access") instanceof JsonObject realm) {
      addRoles(realm.getValue("roles"), roles);
    }
    return Optional.of(new Principal(name, roles, text(claims, "domain")));
  }

  private static void addRoles(Object value, Set<String> roles) {
    if (value instanceof String role && !role.isBlank()) {
      roles.add(role.trim());
    } else if (value instanceof JsonArray array) {
      for (Object item : array) {
        if (item instanceof String role && !role.isBlank()) {
          roles.add(role.trim());
        }
      }
    }
  }

  private static String text(JsonObject claims, String key) {
    return claims.getValue(key) instanceof String text && !text.isBlank() ? text.trim() : null;
  }
}
