package io.quanta.dictionary.ui;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * Serves the browser UI from the classpath: {@code GET /} is the single page, {@code /ui/*} its scripts,
 * styles and icon, {@code /webjars/*} the libraries shipped as WebJars (the lineage graph's Cytoscape.js).
 * Nothing is fetched from a CDN, so the UI works offline. Everything else, {@code /api} included, is left to
 * the other routes.
 *
 * <pre>{@code
 * new UiRoutes().mount(router);   // then open http://localhost:8080/
 * }</pre>
 */
public final class UiRoutes {

  /** Scripts and styles change with each release under the same name: revalidate them every time. */
  private static final long UI_MAX_AGE_SECONDS = 0;
  /** WebJar paths carry their version, so a cached copy never goes stale. */
  private static final long WEBJAR_MAX_AGE_SECONDS = 365L * 24 * 3600;

  /**
   * Only the UI's own scripts, styles and images: the API's JSON answers are not governed by this policy.
   * Styles allow inline because the graph library sizes its canvas through style attributes; blob: URLs are
   * the contract downloads the page makes from the JSON it already holds.
   */
  private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
      + "connect-src 'self' blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; "
      + "frame-ancestors 'none'; form-action 'self'";

  public void mount(Router router) {
    StaticHandler pages = StaticHandler.create("ui").setIndexPage("index.html")
        .setMaxAgeSeconds(UI_MAX_AGE_SECONDS).setDirectoryListing(false);
    StaticHandler webjars = StaticHandler.create("META-INF/resources/webjars")
        .setMaxAgeSeconds(WEBJAR_MAX_AGE_SECONDS).setDirectoryListing(false);
    router.route("/").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(UiRoutes::secure).handler(pages);
    // The file trees are handler routes, not endpoints: the static handler answers GET and HEAD and passes
    // anything else on to the 404, and the API index lists only the page itself.
    router.route("/ui/*").handler(UiRoutes::secure).handler(pages);
    router.route("/webjars/*").handler(webjars);
  }

  private static void secure(RoutingContext ctx) {
    ctx.response()
        .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "same-origin");
    ctx.next();
  }
}
