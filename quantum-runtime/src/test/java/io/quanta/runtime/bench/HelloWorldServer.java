package io.quanta.runtime.bench;

import io.vertx.core.Vertx;

/**
 * The baseline of the health benchmark (quantum-runtime/bench/data-port.sh): the smallest Vert.x HTTP
 * server, answering a constant body, one event loop per core like the quantum.
 */
public final class HelloWorldServer {

  private HelloWorldServer() {
  }

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Vertx vertx = Vertx.vertx();
    vertx.createHttpServer()
        .requestHandler(request -> request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}"))
        .listen(port)
        .await();
  }
}
