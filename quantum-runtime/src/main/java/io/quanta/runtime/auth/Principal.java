package io.quanta.runtime.auth;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.Set;

/**
 * A signed-in caller: a name (grants are given to it), roles (matched against the contract's roles and the
 * owner role) and an optional domain. An anonymous caller has no principal at all.
 */
public record Principal(String name, Set<String> roles, String domain) {

  static final String KEY = "quanta.principal";

  public Principal {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a principal needs a name");
    }
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** The principal the {@link Authenticator} found for this request, if the caller signed in. */
  public static Optional<Principal> of(RoutingContext ctx) {
    return Optional.ofNullable(ctx.get(KEY));
  }
}
