package io.quanta.dictionary.governance;

import io.quanta.contract.governance.PolicySets;
import io.quanta.dictionary.api.Access;
import io.quanta.dictionary.api.Params;
import io.quanta.dictionary.api.Responses;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/governance/policies} (the global policy set, JSON or {@code ?format=yaml}) and
 * {@code GET /api/governance/report} (every quantum's violations, streamed).
 *
 * <pre>{@code
 * curl http://localhost:8080/api/governance/policies
 * curl http://localhost:8080/api/governance/report
 * }</pre>
 */
public final class GovernanceRoutes {

  private final Governance governance;
  private final ComplianceReport report;
  private final Access access;

  public GovernanceRoutes(Governance governance, ComplianceReport report, Access access) {
    this.governance = governance;
    this.report = report;
    this.access = access;
  }

  public void mount(Router router) {
    router.get("/api/governance/policies").handler(access::reader).handler(this::policies);
    router.get("/api/governance/report").handler(access::reader).handler(this::report);
  }

  private void policies(RoutingContext ctx) {
    String format = Params.of(ctx, "format").choice("format", "json", "json", "yaml");
    if (format.equals("yaml")) {
      ctx.response().putHeader("Content-Type", "application/yaml; charset=utf-8")
          .end(PolicySets.toYaml(governance.global()));
    } else {
      Responses.json(ctx, 200, governance.document());
    }
  }

  private void report(RoutingContext ctx) {
    Params.of(ctx);
    report.write(ctx);
  }
}
