package io.quanta.runtime.auth;

import io.quanta.runtime.config.QuantumConfig.AccessConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * Who may call each endpoint family, checked before any route runs: {@code /control/*} needs the owner role,
 * except {@code POST /control/access-requests}, which any signed-in caller may use; discovery ({@code /} and
 * {@code /discovery/*}) and observability are open unless {@code access.openDiscovery} /
 * {@code access.openObservability} are false, and then need a signed-in caller — but health and readiness
 * stay open for orchestrators' probes. Data reads are decided per object by the {@code ReadAuthorizer}.
 *
 * <p>The owner is a principal with {@code access.ownerRole}; a principal that carries a domain must carry the
 * contract's, so that an owner token of one domain of a shared identity provider controls only its own quanta.
 */
public final class AccessRules {

  private static final String ACCESS_REQUESTS = "/control/access-requests";
  private static final Set<String> PROBES = Set.of("/observability/health", "/observability/ready");

  private final AccessConfig access;
  private final String domain;

  public AccessRules(AccessConfig access, String contractDomain) {
    this.access = access;
    this.domain = contractDomain;
  }

  /** Mount right after the {@link Authenticator}, before every route. */
  public void mount(Router router) {
    router.route("/control/*").handler(this::control);
    if (!access.openDiscovery()) {
      router.route("/").handler(this::signedIn);
      router.route("/discovery/*").handler(this::signedIn);
    }
    if (!access.openObservability()) {
      router.route("/observability/*").handler(this::observability);
    }
  }

  public boolean isOwner(Principal principal) {
    return principal.hasRole(access.ownerRole())
        && (principal.domain() == null || domain == null || principal.domain().equalsIgnoreCase(domain));
  }

  private void control(RoutingContext ctx) {
    if (ctx.request().method() == HttpMethod.POST && ACCESS_REQUESTS.equals(trimmed(ctx.normalizedPath()))) {
      signedIn(ctx);
      return;
    }
    Principal principal = Principal.of(ctx).orElse(null);
    if (principal == null) {
      ctx.fail(AuthProblems.unauthenticated());
    } else if (!isOwner(principal)) {
      ctx.fail(AuthProblems.notOwner(access.ownerRole()));
    } else {
      ctx.next();
    }
  }

  private void observability(RoutingContext ctx) {
    if (PROBES.contains(trimmed(ctx.normalizedPath()))) {
      ctx.next();
    } else {
      signedIn(ctx);
    }
  }

  private void signedIn(RoutingContext ctx) {
    if (Principal.of(ctx).isPresent()) {
      ctx.next();
    } else {
      ctx.fail(AuthProblems.unauthenticated());
    }
  }

  private static String trimmed(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
