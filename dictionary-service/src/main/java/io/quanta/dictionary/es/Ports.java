package io.quanta.dictionary.es;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** The embedded Elasticsearch's HTTP port: a free one, or the one asked for if it is free. */
final class Ports {

  private Ports() {
  }

  static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for Elasticsearch", e);
    }
  }

  static int checkFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("port " + port + " is in use; choose another Elasticsearch port");
    }
  }
}
