package io.quanta.runtime.auth;

import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.Role;
import io.quanta.runtime.data.ReadAuthorizer;
import io.quanta.runtime.schema.Table;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Read access to the output port: the owner reads everything; a principal holding a role that the contract's
 * {@code roles} list with {@code access: read} or {@code write} reads every object; anyone else needs an
 * unexpired grant on the object (or on all objects). Anonymous callers get 401, others without access 403.
 */
public final class ContractReadAuthorizer implements ReadAuthorizer {

  private static final Set<String> READING = Set.of("read", "write");

  private final AccessRules rules;
  private final Set<String> readRoles;
  private final Grants grants;

  public ContractReadAuthorizer(AccessRules rules, DataContract contract, Grants grants) {
    this.rules = rules;
    this.readRoles = readRoles(contract);
    this.grants = grants;
  }

  @Override
  public Future<Void> authorize(RoutingContext ctx, Table table) {
    Principal principal = Principal.of(ctx).orElse(null);
    if (principal == null) {
      return Future.failedFuture(AuthProblems.unauthenticated());
    }
    if (rules.isOwner(principal) || principal.roles().stream().anyMatch(readRoles::contains)) {
      return Future.succeededFuture();
    }
    return grants.allows(principal.name(), table.object()).compose(allowed -> allowed
        ? Future.succeededFuture()
        : Future.failedFuture(AuthProblems.noReadAccess(table.object())));
  }

  /** The contract roles that give read access. */
  static Set<String> readRoles(DataContract contract) {
    if (contract.roles() == null) {
      return Set.of();
    }
    return contract.roles().stream()
        .filter(r -> r.role() != null && r.access() != null
            && READING.contains(r.access().trim().toLowerCase(Locale.ROOT)))
        .map(Role::role)
        .collect(Collectors.toUnmodifiableSet());
  }
}
