package io.quanta.runtime.bench;

import io.quanta.contract.codec.ContractCodec;
import io.quanta.contract.model.DataContract;
import io.quanta.runtime.quality.QualityEngine;
import io.quanta.runtime.quality.QualityPlan;
import io.quanta.runtime.quality.QualityPlanner;
import io.quanta.runtime.schema.Catalog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The quality engine's cost against one full-table scan, on the same connection, interleaved: every
 * library rule of a contract measured by {@link QualityEngine} (what a check and the pipeline's gate run)
 * against {@code SELECT COUNT(*) FROM <table> WHERE <predicate>}. Prints the median of each.
 *
 * <pre>{@code java -cp <test classpath> io.quanta.runtime.bench.RulesBench JDBC_URL USER PASSWORD CONTRACT PREDICATE [REPEATS]}</pre>
 */
public final class RulesBench {

  private RulesBench() {
  }

  public static void main(String[] args) throws Exception {
    DataContract contract = ContractCodec.readFile(Path.of(args[3]));
    Catalog catalog = Catalog.of(contract, Map.of());
    QualityPlan plan = QualityPlanner.plan(contract, catalog);
    String table = catalog.tables().get(0).tableName();
    int repeats = args.length > 5 ? Integer.parseInt(args[5]) : 3;
    QualityEngine engine = new QualityEngine(600, Clock.systemUTC());
    List<Double> scans = new ArrayList<>();
    List<Double> checks = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      for (int i = 0; i < repeats; i++) {
        long start = System.nanoTime();
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + table + "` WHERE " + args[4])) {
          rs.next();
        }
        scans.add((System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        QualityEngine.Report report = engine.run(c, plan, "bench-" + i);
        checks.add((System.nanoTime() - start) / 1e9);
        System.err.printf("scan %.3f s, %d rules %.3f s (%d statements)%n", scans.get(i),
            report.results().size(), checks.get(i), report.statements());
      }
    }
    System.out.printf("rules %d%n", plan.rules().size());
    System.out.printf("scan %.3f%n", median(scans));
    System.out.printf("engine %.3f%n", median(checks));
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
