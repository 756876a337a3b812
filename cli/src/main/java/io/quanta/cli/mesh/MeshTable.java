package io.quanta.cli.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The table {@code mesh up} and {@code mesh status} print: one row per member, asked live. */
final class MeshTable {

  /** One line of the table. */
  record Row(String name, String kind, String domain, String url, String state) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private MeshTable() {
  }

  /** Asks every member for its readiness and (quanta) lifecycle state. */
  static List<Row> rows(List<MeshMember> members) {
    List<Row> rows = new ArrayList<>();
    // The dictionary, then the quanta, then helpers, whatever order they started in.
    List<String> order = List.of(MeshMember.DICTIONARY, MeshMember.QUANTUM, MeshMember.PROCESS);
    for (MeshMember member : members.stream().sorted(java.util.Comparator.comparingInt(m -> order.indexOf(m.kind())))
        .toList()) {
      rows.add(new Row(member.name(), member.kind(), member.domain(), member.url().isEmpty() ? "-" : member.url(),
          state(member)));
    }
    return rows;
  }

  /** "active", "paused", … for a ready quantum; "ready", "not ready" or "down" otherwise. */
  static String state(MeshMember member) {
    if (!alive(member)) {
      return "down";
    }
    if (!member.servesHttp()) {
      return "running";
    }
    if (!Readiness.ready(member.url())) {
      return "not ready";
    }
    if (!MeshMember.QUANTUM.equals(member.kind())) {
      return "ready";
    }
    return Readiness.get(member.url() + "/observability/status")
        .filter(r -> r.statusCode() == 200)
        .map(r -> {
          try {
            JsonNode status = JSON.readTree(r.body());
            return status.path("state").asText("ready");
          } catch (java.io.IOException e) {
            return "ready";
          }
        })
        .orElse("ready");
  }

  static boolean alive(MeshMember member) {
    return ProcessHandle.of(member.pid()).map(ProcessHandle::isAlive).orElse(false);
  }

  static void print(PrintWriter out, List<Row> rows) {
    String[] headers = {"QUANTUM", "DOMAIN", "URL", "STATE"};
    int[] widths = {headers[0].length(), headers[1].length(), headers[2].length(), headers[3].length()};
    for (Row row : rows) {
      widths[0] = Math.max(widths[0], row.name().length());
      widths[1] = Math.max(widths[1], row.domain().length());
      widths[2] = Math.max(widths[2], row.url().length());
      widths[3] = Math.max(widths[3], row.state().length());
    }
    String format = "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s%n";
    out.printf(format, (Object[]) headers);
    for (Row row : rows) {
      out.printf(format, row.name(), row.domain(), row.url(), row.state());
    }
    out.flush();
  }

  /** True when every member is up and ready. */
  static boolean allReady(List<Row> rows) {
    return rows.stream().noneMatch(r -> r.state().equals("down") || r.state().equals("not ready"));
  }
}
