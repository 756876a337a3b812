package io.quanta.dictionary;

import io.quanta.dictionary.api.ApiIndexRoutes;
import io.quanta.dictionary.api.ObservabilityRoutes;
import io.quanta.dictionary.api.OpenApiRoutes;
import io.quanta.dictionary.contracts.ContractRoutes;
import io.quanta.dictionary.governance.ComplianceReport;
import io.quanta.dictionary.governance.GovernanceRoutes;
import io.quanta.dictionary.lineage.LineageRoutes;
import io.quanta.dictionary.mesh.MeshHealthRoutes;
import io.quanta.dictionary.registry.RegistryRoutes;
import io.quanta.dictionary.search.SearchRoutes;
import io.quanta.dictionary.ui.UiRoutes;
import io.quanta.runtime.http.Problem;
import io.quanta.runtime.http.ProblemHandler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Builds the one router of the dictionary, with every route of its API visible here. {@code /} is left free
 * for the search UI; {@code GET /api} lists the API.
 */
public final class DictionaryServer {

  private DictionaryServer() {
  }

  public static Router router(Dictionary d) {
    Router router = Router.router(d.vertx());
    router.route().failureHandler(ProblemHandler::handle);
    d.access().mount(router);

    new SearchRoutes(d.search(), d.access()).mount(router);
    new RegistryRoutes(d.registry(), d.es(), d.indices().quanta().alias(), d.access()).mount(router);
    new ContractRoutes(d.contracts(), d.access()).mount(router);
    new LineageRoutes(d.lineage(), d.access()).mount(router);
    new MeshHealthRoutes(d.es(), d.indices(), d.access()).mount(router);
    new GovernanceRoutes(d.governance(), new ComplianceReport(d.vertx(), d.es(), d.indices(), d.governance()),
        d.access()).mount(router);
    new ObservabilityRoutes(d.es(), d.indices(), d.registry().spool(), d.metrics()).mount(router);
    new OpenApiRoutes(d.access()).mount(router);
    new ApiIndexRoutes(d.access()).mount(router);
    new UiRoutes().mount(router);

    router.errorHandler(404, DictionaryServer::notFound);
    router.errorHandler(405, ProblemHandler::handle);
    router.errorHandler(413, ProblemHandler::handle);
    router.errorHandler(500, ProblemHandler::handle);
    return router;
  }

  private static void notFound(RoutingContext ctx) {
    ProblemHandler.write(ctx, Problem.notFound("not-found", "No endpoint at " + ctx.request().path()
        + "; GET /api lists every endpoint of the dictionary."));
  }
}
