package io.quanta.runtime;

import io.quanta.runtime.auth.AccessControl;
import io.quanta.runtime.control.AccessRequestRoutes;
import io.quanta.runtime.control.GrantRoutes;
import io.quanta.runtime.control.StateRoutes;
import io.quanta.runtime.data.DataRoutes;
import io.quanta.runtime.data.ReadAuthorizer;
import io.quanta.runtime.discovery.ContractRoutes;
import io.quanta.runtime.discovery.DescriptorRoutes;
import io.quanta.runtime.discovery.LineageRoutes;
import io.quanta.runtime.discovery.OpenApiRoutes;
import io.quanta.runtime.discovery.RootRoutes;
import io.quanta.runtime.http.ProblemHandler;
import io.quanta.runtime.observability.HealthRoutes;
import io.quanta.runtime.observability.MetricsRoutes;
import io.quanta.runtime.observability.StatusRoutes;
import io.quanta.runtime.pipeline.PipelineRoutes;
import io.quanta.runtime.quality.QualityRoutes;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Builds the one router of a quantum, with every route of the uniform API visible here, and starts
 * the HTTP server.
 */
public final class QuantumServer {

  /** Control requests are small JSON documents. */
  static final long MAX_BODY_BYTES = 64 * 1024;

  private QuantumServer() {
  }

  public static Router router(Quantum quantum, AccessControl access, ReadAuthorizer readAccess) {
    Router router = Router.router(quantum.vertx());
    router.route().failureHandler(ProblemHandler::handle);
    access.mount(router);
    router.route("/control/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));

    new ContractRoutes(quantum).mount(router);
    new DescriptorRoutes(quantum).mount(router);
    new LineageRoutes(quantum).mount(router);
    new OpenApiRoutes(quantum).mount(router);
    new HealthRoutes(quantum).mount(router);
    new StatusRoutes(quantum).mount(router);
    new MetricsRoutes(quantum).mount(router);
    new QualityRoutes(quantum).mount(router);
    new DataRoutes(quantum, readAccess).mount(router);
    new StateRoutes(quantum).mount(router);
    new GrantRoutes(quantum).mount(router);
    new AccessRequestRoutes(quantum).mount(router);
    // By configuration, not by the running pipeline, so that an offline descriptor preview lists the same routes.
    if (quantum.config().pipeline() != null) {
      new PipelineRoutes(quantum).mount(router);
    }
    new RootRoutes(quantum).mount(router);

    router.errorHandler(404, ProblemHandler::handle);
    router.errorHandler(405, ProblemHandler::handle);
    router.errorHandler(413, ProblemHandler::handle);
    router.errorHandler(500, ProblemHandler::handle);
    return router;
  }

  public static Future<HttpServer> listen(Quantum quantum, Router router) {
    var server = quantum.config().server();
    HttpServerOptions options = new HttpServerOptions()
        .setHost(server.host())
        .setPort(server.port())
        .setMaxHeaderSize(server.maxHeaderBytes())
        .setMaxInitialLineLength(server.maxInitialLineBytes())
        .setCompressionSupported(true)
        // Vert.x 5.0 closes an h2c connection on shutdown without waiting for its open stream
        // (GracefulShutdownIT), so cleartext stays HTTP/1.1, where shutdown lets in-flight responses finish.
        .setHttp2ClearTextEnabled(false);
    return quantum.vertx().createHttpServer(options).requestHandler(router).listen();
  }
}
