package io.quanta.dictionary.lineage;

import io.quanta.dictionary.api.Access;
import io.quanta.dictionary.api.Params;
import io.quanta.dictionary.api.Responses;
import io.quanta.runtime.http.Problem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/lineage?quantum=ID&direction=up|down|both&depth=N}: nodes and edges across quanta.
 *
 * <pre>{@code curl 'http://localhost:8080/api/lineage?quantum=orders&direction=up&depth=2'}</pre>
 */
public final class LineageRoutes {

  private final LineageService lineage;
  private final Access access;

  public LineageRoutes(LineageService lineage, Access access) {
    this.lineage = lineage;
    this.access = access;
  }

  public void mount(Router router) {
    router.get("/api/lineage").handler(access::reader).handler(this::lineage);
  }

  private void lineage(RoutingContext ctx) {
    Params params = Params.of(ctx, "quantum", "direction", "depth");
    String quantum = params.text("quantum", 63);
    if (quantum == null) {
      throw Problem.badRequest("missing-quantum", "quantum is required: the id of the quantum to start from");
    }
    Responses.reply(ctx, lineage.lineage(quantum, params.choice("direction", "both", "up", "down", "both"),
        params.integer("depth", 1, 10, 3)));
  }
}
