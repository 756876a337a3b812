package io.quanta.runtime.observability;

import io.quanta.runtime.Quantum;
import io.quanta.runtime.control.Lifecycle;
import io.quanta.runtime.pipeline.publish.Version;
import io.quanta.runtime.pipeline.runs.Run;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.quality.QualityService;
import io.quanta.runtime.quality.QualitySummary;
import io.quanta.runtime.schema.Table;
import io.quanta.runtime.sla.Freshness;
import io.quanta.runtime.sla.FreshnessProbe;
import io.quanta.runtime.sla.SlaReport;
import io.quanta.runtime.sla.SlaTerms;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /observability/status}: lifecycle state, contract, the published version (managed mode: the
 * version readers get, when it was published, the last run), each object's table, estimated row count
 * (from {@code information_schema}, never a scan) and exact count from the latest quality check, freshness
 * against the contract's latency SLA, the quality summary, SLA compliance and uptime.
 *
 * <pre>{@code curl http://localhost:8081/observability/status}</pre>
 */
public final class StatusRoutes {

  private final Quantum quantum;
  private final SlaTerms terms;

  public StatusRoutes(Quantum quantum) {
    this.quantum = quantum;
    this.terms = SlaTerms.of(quantum.contract());
  }

  public void mount(Router router) {
    router.get("/observability/status").respond(this::status);
  }

  private record Measured(Map<String, Long> estimates, Map<String, Freshness> freshness) {
  }

  private Future<JsonObject> status(RoutingContext ctx) {
    // Freshness is measured on the tables readers get now (a managed quantum's current version, if any).
    Catalog current = quantum.versions().currentCatalog().orElse(null);
    Future<Measured> measured = quantum.storage().call(c -> new Measured(estimates(c),
        current == null ? Map.of() : new FreshnessProbe(current, terms, Clock.systemUTC()).measure(c)));
    Future<QualityService.Results> quality = quantum.quality().results(1);
    Future<List<Run>> runs = quantum.pipeline() == null ? Future.succeededFuture(List.of())
        : quantum.pipeline().runs(1);
    return Future.all(measured, quality, runs).map(done -> body(measured.result(), quality.result(), current,
        runs.result()));
  }

  private JsonObject body(Measured measured, QualityService.Results quality, Catalog current, List<Run> runs) {
    Version published = quantum.versions().current().orElse(null);
    Lifecycle.Snapshot state = quantum.lifecycle().current();
    Map<String, QualityService.RowCount> counted = quantum.quality().rowCounts();
    JsonArray objects = new JsonArray();
    for (Table table : quantum.catalog().tables()) {
      QualityService.RowCount count = counted.get(table.object());
      Freshness freshness = measured.freshness().get(table.object());
      String physical = current == null ? null : current.table(table.object()).map(Table::tableName).orElse(null);
      Version.ObjectVersion version = published == null ? null : published.objects().get(table.object());
      objects.add(new JsonObject()
          .put("object", table.object())
          .put("table", physical)
          .put("publishedVersion", published == null ? null : published.number())
          .put("rowsPublished", version == null ? null : version.rows())
          .put("rowsEstimate", physical == null ? null : measured.estimates().get(physical.toLowerCase(Locale.ROOT)))
          .put("rowsCounted", count == null ? null : count.rows())
          .put("rowsCountedAt", count == null ? null : count.countedAt().toString())
          .put("freshness", freshness == null ? null : freshness.toJson()));
    }
    return new JsonObject()
        .put("id", quantum.id())
        .put("state", state.state().word())
        .put("stateChangedAt", state.changedAt() == null ? null : state.changedAt().toString())
        .put("contract", new JsonObject().put("id", quantum.contract().id())
            .put("version", quantum.contract().version()))
        .put("mode", quantum.config().mode().name().toLowerCase(Locale.ROOT))
        .put("publishedVersion", published == null ? null : published.number())
        .put("lastPublishedAt", published == null ? null : published.publishedAt().toString())
        .put("keptVersions", quantum.versions().managed() ? new JsonArray(quantum.versions().kept().stream()
            .filter(Version::servable).map(Version::number).toList()) : null)
        .put("lastRun", runs.isEmpty() ? null : runs.get(0).summary())
        .put("objects", objects)
        .put("quality", QualitySummary.of(quantum.quality(), quality))
        .put("sla", SlaReport.of(terms, measured.freshness()))
        .put("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
  }

  /** InnoDB's row estimates for the quantum's tables, by lower-case table name: cheap, and approximate. */
  private static Map<String, Long> estimates(Connection c) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
      while (rs.next()) {
        long rows = rs.getLong(2);
        out.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.wasNull() ? null : rows);
      }
    }
    return out;
  }
}
