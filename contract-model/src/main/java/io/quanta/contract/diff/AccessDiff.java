package io.quanta.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.quanta.contract.model.Role;
import io.quanta.contract.model.Server;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares how consumers reach the data: servers (matched by {@code server}) and access roles (matched by
 * {@code role}). Consumers are connected to a server and granted a role, so removing or moving either breaks.
 */
final class AccessDiff {

  private static final Set<String> SERVER_DOCUMENTATION = Set.of("id", "server", "description", "customProperties",
      "roles");

  private AccessDiff() {
  }

  static void servers(ChangeLog log, List<Server> before, List<Server> after) {
    for (Keyed.Pair<Server> pair : Keyed.match(before, after, s -> s.server() != null ? s.server() : s.type())) {
      String path = ChangeLog.path("/servers", pair.key());
      if (pair.after() == null) {
        log.add(path, ChangeKind.SERVER_REMOVED, pair.key(), null, "consumers connected to it lose the data");
      } else if (pair.before() == null) {
        log.add(path, ChangeKind.SERVER_ADDED, null, pair.key(), "a new place to read from: existing readers are "
            + "unaffected");
      } else {
        server(log, path, pair.before(), pair.after());
      }
    }
  }

  private static void server(ChangeLog log, String path, Server old, Server neu) {
    JsonNode was = Elements.tree(old);
    JsonNode now = Elements.tree(neu);
    Set<String> fields = new LinkedHashSet<>();
    was.fieldNames().forEachRemaining(fields::add);
    now.fieldNames().forEachRemaining(fields::add);
    for (String field : fields) {
      if (!SERVER_DOCUMENTATION.contains(field) && !OtherFields.same(was.get(field), now.get(field))) {
        log.add(ChangeLog.path(path, field), ChangeKind.SERVER_CHANGED, ChangeLog.show(was.get(field)),
            ChangeLog.show(now.get(field)), "consumers connected to the old location lose the data");
      }
    }
    roles(log, path, old.roles(), neu.roles());
    Set<String> handled = new LinkedHashSet<>(fields);
    handled.removeAll(SERVER_DOCUMENTATION);
    handled.add("roles");
    OtherFields.compare(log, path, was, now, handled);
  }

  /** Roles under {@code <parent>/roles/<role>}. */
  static void roles(ChangeLog log, String parent, List<Role> before, List<Role> after) {
    for (Keyed.Pair<Role> pair : Keyed.match(before, after, Role::role)) {
      String path = ChangeLog.path(parent, "roles", pair.key());
      if (pair.after() == null) {
        log.add(path, ChangeKind.ROLE_REMOVED, pair.key(), null, "consumers granted this role lose access");
      } else if (pair.before() == null) {
        log.add(path, ChangeKind.ROLE_ADDED, null, pair.key(), "a new way in: existing access is unaffected");
      } else {
        if (!Objects.equals(pair.before().access(), pair.after().access())) {
          log.add(ChangeLog.path(path, "access"), ChangeKind.ROLE_ACCESS_CHANGED, pair.before().access(),
              pair.after().access(), "consumers granted this role get other rights than they asked for");
        }
        OtherFields.compare(log, path, Elements.tree(pair.before()), Elements.tree(pair.after()),
            Set.of("role", "access"));
      }
    }
  }
}
