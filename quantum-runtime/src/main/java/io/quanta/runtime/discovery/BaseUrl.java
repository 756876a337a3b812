package io.quanta.runtime.discovery;

import io.quanta.runtime.config.QuantumConfig;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;

/**
 * The absolute URL this quantum is reached at, for links in discovery documents: {@code server.publicUrl}
 * when set (behind a proxy or in a cluster), otherwise the scheme and host the client used.
 */
final class BaseUrl {

  // A Host header is client text: only a plain host[:port] is echoed back into links.
  private static final Pattern AUTHORITY =
      Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");

  private BaseUrl() {
  }

  static String of(QuantumConfig config, RoutingContext ctx) {
    String configured = config.server().publicUrl();
    if (configured != null) {
      return configured.replaceAll("/+$", "");
    }
    HostAndPort host = ctx.request().authority();
    String authority = host == null ? null : host.port() < 0 ? host.host() : host.host() + ":" + host.port();
    if (authority == null || !AUTHORITY.matcher(authority).matches()) {
      authority = "localhost:" + ctx.request().localAddress().port();
    }
    return ctx.request().scheme() + "://" + authority;
  }
}
