package io.quanta.runtime.data;

import io.micrometer.core.instrument.Counter;
import io.quanta.runtime.Quantum;
import io.quanta.runtime.control.Lifecycle;
import io.quanta.runtime.data.SqlBuilder.Sql;
import io.quanta.runtime.http.Negotiation;
import io.quanta.runtime.http.Negotiation.Format;
import io.quanta.runtime.http.Problem;
import io.quanta.runtime.pipeline.publish.Versions;
import io.quanta.runtime.schema.Table;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The output port.
 *
 * <pre>{@code
 * curl 'http://localhost:8081/data/orders?select=id,amount&amount=gt.100&order=amount.desc&limit=10&format=csv'
 * curl 'http://localhost:8081/data/orders?after=1000&limit=500'     # keyset paging by primary key
 * curl 'http://localhost:8081/data/orders/42'
 * }</pre>
 */
public final class DataRoutes {

  static final List<Format> FORMATS = List.of(
      new Format("json", "application/json"),
      new Format("ndjson", "application/x-ndjson", "application/jsonl", "application/json-seq"),
      new Format("csv", "text/csv", "application/csv"));

  /** The response header naming the published version a managed quantum's rows come from. */
  public static final String VERSION_HEADER = "Quanta-Version";

  private final Quantum quantum;
  private final ReadAuthorizer authorizer;

  public DataRoutes(Quantum quantum, ReadAuthorizer authorizer) {
    this.quantum = quantum;
    this.authorizer = authorizer;
  }

  public void mount(Router router) {
    router.get("/data/:object").handler(this::rows);
    router.get("/data/:object/:key").handler(this::row);
  }

  private void rows(RoutingContext ctx) {
    Table table = table(ctx);
    Versions.Served source = quantum.versions().resolve(table, version(ctx));
    DataQuery query = QueryParser.parse(source.table(), ctx.queryParams());
    Format format = Negotiation.choose(ctx, FORMATS);
    Sql sql = SqlBuilder.select(query);
    authorizer.authorize(ctx, table)
        .compose(v -> RowStreamer.stream(quantum.storage(), sql, RowEncoder.of(format.name(), query.select()),
            ctx.response(), response -> head(response, format, source)))
        .onSuccess(rows -> served(table, format).increment(rows))
        .onFailure(e -> ctx.fail(Versions.explain(e, source)));
  }

  private void row(RoutingContext ctx) {
    Table table = table(ctx);
    if (table.primaryKey().isEmpty()) {
      throw Problem.badRequest("no-primary-key", "object " + table.object()
          + " has no primary key in its contract, so rows cannot be read one by one");
    }
    List<Object> key = QueryParser.key(table, ctx.pathParam("key"));
    MultiMap onlySelect = MultiMap.caseInsensitiveMultiMap();
    if (ctx.queryParams().contains("select")) {
      onlySelect.add("select", ctx.queryParams().get("select"));
    }
    Versions.Served source = quantum.versions().resolve(table, version(ctx));
    DataQuery query = QueryParser.parse(source.table(), onlySelect);
    Sql sql = SqlBuilder.byKey(query, key);
    authorizer.authorize(ctx, table)
        .compose(v -> quantum.storage().call(c -> {
          try (PreparedStatement s = c.prepareStatement(sql.text())) {
            RowStreamer.bind(s, sql.parameters());
            try (ResultSet rs = s.executeQuery()) {
              if (!rs.next()) {
                return null;
              }
              Buffer body = Buffer.buffer();
              RowEncoder.jsonObject(query.select(), rs, body);
              return body;
            }
          }
        }))
        .onSuccess(body -> {
          if (body == null) {
            ctx.fail(Problem.notFound("row-not-found", "object " + table.object() + " has no row with key '"
                + Negotiation.truncate(ctx.pathParam("key")) + "'"));
            return;
          }
          head(ctx.response(), FORMATS.get(0), source);
          served(table, FORMATS.get(0)).increment();
          ctx.response().end(body);
        })
        .onFailure(e -> ctx.fail(Versions.explain(e, source)));
  }

  /** The {@code version} parameter (a managed quantum's kept versions), given at most once. */
  private static String version(RoutingContext ctx) {
    List<String> values = ctx.queryParam("version");
    if (values.size() > 1) {
      throw Problem.badRequest("repeated-parameter", "version may be given once");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  private Table table(RoutingContext ctx) {
    String object = ctx.pathParam("object");
    Table table = quantum.catalog().table(object).orElseThrow(() -> unknownObject(object));
    Lifecycle.Snapshot state = quantum.lifecycle().current();
    if (state.state() == Lifecycle.State.RETIRED) {
      throw new Problem(410, "retired", "Gone", "quantum " + quantum.id() + " is retired; its data is no longer served"
          + (state.reason() == null ? "" : ": " + state.reason()));
    }
    return table;
  }

  /** Names the objects served only where discovery is open: a closed quantum does not list them to strangers. */
  private Problem unknownObject(String object) {
    Problem problem = Problem.notFound("unknown-object", "this quantum serves no object '" + Negotiation.truncate(object) + "'");
    return quantum.config().access().openDiscovery()
        ? problem.with("objects", quantum.catalog().tables().stream().map(Table::object).toList())
        : problem;
  }

  private void head(HttpServerResponse response, Format format, Versions.Served source) {
    response.putHeader("Content-Type", format.name().equals("csv") ? "text/csv; charset=utf-8" : format.contentType());
    response.setChunked(true);
    if (source.version() != null) {
      response.putHeader(VERSION_HEADER, source.version().toString());
    }
    Lifecycle.Snapshot state = quantum.lifecycle().current();
    if (state.state() == Lifecycle.State.DEPRECATED) {
      response.putHeader("Deprecation", "@" + state.changedAt().getEpochSecond());
      if (state.sunset() != null) {
        response.putHeader("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(state.sunset().atOffset(ZoneOffset.UTC)));
      }
    }
  }

  private Counter served(Table table, Format format) {
    return Counter.builder("quanta_data_rows_served")
        .description("Rows served by the output port")
        .tag("object", table.object())
        .tag("format", format.name())
        .register(quantum.metrics());
  }

  /** The format names of the output port, for the OpenAPI document. */
  public static List<String> formatNames() {
    return FORMATS.stream().map(Format::name).toList();
  }
}
