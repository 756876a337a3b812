package io.quanta.dictionary.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU seconds spent by each process of a benchmark step: this JVM (the dictionary and the harness), the
 * fixture (its pid from {@code FIXTURE_PID}) and Elasticsearch (the embedded one's processes, children of this
 * JVM; an external one's node stats, which move only once a second), read from {@code /proc}, with what
 * Elasticsearch spent its threads' time on (indexing, refresh, merges, searches). On a machine with fewer
 * cores than busy processes, these sums explain wall-clock ratios better than the wall clock does.
 */
final class CpuAccount {

  private final String esUrl;
  private final long fixturePid;
  private Snapshot start;

  private CpuAccount(String esUrl, long fixturePid) {
    this.esUrl = esUrl;
    this.fixturePid = fixturePid;
  }

  static CpuAccount of(String esUrl) {
    String pid = System.getenv("FIXTURE_PID");
    return new CpuAccount(esUrl, pid == null || pid.isBlank() ? -1 : Long.parseLong(pid.trim()));
  }

  private record Snapshot(double jvm, double fixture, double es, double indexing, double refresh, double merge,
      double search, long searches, Map<String, Double> jvmThreads, Map<String, Double> esThreads) {
  }

  void begin() throws Exception {
    start = snapshot();
  }

  /**
   * Waits (up to 60 s) until Elasticsearch runs no merge, so that one step's background merging is not counted
   * against the next.
   */
  void awaitQuiet() throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    int quiet = 0;
    while (quiet < 5 && System.nanoTime() < deadline) {
      JsonNode node = DictionaryBenchmark.get(esUrl + "/_nodes/_local/stats/indices/merge").path("nodes")
          .elements().next();
      quiet = node.path("indices").path("merges").path("current").asLong() == 0 ? quiet + 1 : 0;
      Thread.sleep(200);
    }
  }

  /** Prints the CPU seconds since {@link #begin()} per process, and Elasticsearch's time per activity. */
  void report(String step) throws Exception {
    Snapshot end = snapshot();
    System.out.printf("  CPU seconds during %s: dictionary+harness %.2f, fixture %s, Elasticsearch %.2f"
            + " (indexing %.2f, refresh %.2f, merges %.2f, searches %.2f in %d queries)%n", step, end.jvm - start.jvm,
        fixturePid < 0 ? "n/a" : String.format("%.2f", end.fixture - start.fixture), end.es - start.es,
        end.indexing - start.indexing, end.refresh - start.refresh, end.merge - start.merge, end.search - start.search,
        end.searches - start.searches);
    System.out.println("    dictionary+harness threads: " + busiest(start.jvmThreads, end.jvmThreads));
    System.out.println("    Elasticsearch threads: " + busiest(start.esThreads, end.esThreads));
  }

  /** The thread groups that used the most CPU between two snapshots, busiest first. */
  private static String busiest(Map<String, Double> before, Map<String, Double> after) {
    Map<String, Double> delta = new TreeMap<>();
    after.forEach((name, seconds) -> delta.put(name, seconds - before.getOrDefault(name, 0.0)));
    return delta.entrySet().stream().filter(e -> e.getValue() >= 0.05)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(e -> String.format("%s %.2f", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
  }

  /**
   * CPU seconds per thread group of a process: the kernel's thread names (a Java thread's name cut to 15
   * characters) with their numbers taken out, so that "vert.x-worker-thread-3" and "-4" add up.
   */
  private static Map<String, Double> threads(long pid) {
    Map<String, Double> out = new TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9#]+$", "")
              .replaceAll("[0-9]+", "N");
          out.merge(name, seconds(Files.readString(task.resolve("stat"))), Double::sum);
        } catch (java.io.IOException gone) {
          // The thread ended between the listing and the read.
        }
      }
    } catch (java.io.IOException gone) {
      // The process ended.
    }
    return out;
  }

  private Snapshot snapshot() throws Exception {
    double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
    JsonNode node = DictionaryBenchmark.get(esUrl + "/_nodes/_local/stats/process,indices").path("nodes")
        .elements().next();
    JsonNode indices = node.path("indices");
    List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
    double esCpu = 0;
    for (ProcessHandle child : children) {
      esCpu += procSeconds(child.pid());
    }
    if (children.isEmpty()) {
      esCpu = node.path("process").path("cpu").path("total_in_millis").asLong() / 1e3;
    }
    Map<String, Double> esThreads = new TreeMap<>();
    children.forEach(child -> threads(child.pid()).forEach((k, v) -> esThreads.merge(k, v, Double::sum)));
    return new Snapshot(jvm, fixtureSeconds(), esCpu,
        indices.path("indexing").path("index_time_in_millis").asLong() / 1e3,
        indices.path("refresh").path("total_time_in_millis").asLong() / 1e3,
        indices.path("merges").path("total_time_in_millis").asLong() / 1e3,
        indices.path("search").path("query_time_in_millis").asLong() / 1e3,
        indices.path("search").path("query_total").asLong(), threads(ProcessHandle.current().pid()), esThreads);
  }

  /** utime + stime of the fixture, from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s). */
  private double fixtureSeconds() throws Exception {
    return fixturePid < 0 ? 0 : procSeconds(fixturePid);
  }

  private static double procSeconds(long pid) throws Exception {
    Path file = Path.of("/proc", Long.toString(pid), "stat");
    if (!Files.exists(file)) {
      return 0;
    }
    return seconds(Files.readString(file));
  }

  /** utime + stime from a stat line of /proc (fields 14 and 15, in clock ticks of 1/100 s). */
  private static double seconds(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
  }
}
