package io.quanta.runtime.data;

import io.quanta.runtime.schema.Table;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/** Decides whether the caller may read an object; fails with a 401/403 {@code Problem} when not. */
@FunctionalInterface
public interface ReadAuthorizer {

  Future<Void> authorize(RoutingContext ctx, Table table);
}
