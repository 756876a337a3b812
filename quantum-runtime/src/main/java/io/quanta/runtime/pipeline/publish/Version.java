package io.quanta.runtime.pipeline.publish;

import java.time.Instant;
import java.util.Map;

/**
 * One published version of the quantum's data: every object's table and row count as the run that
 * published it left them, under which contract version, and whether the contract served now can read it.
 *
 * @param upstreams the published version of each upstream quantum this version was built from, by source name
 * @param servable false when the contract served now cannot read the version's tables (another major, or
 *     columns the tables lack); {@code reason} then says why
 */
public record Version(long number, Instant publishedAt, String runId, String contractVersion,
    Map<String, ObjectVersion> objects, Map<String, Long> upstreams, boolean servable, String reason) {

  /** One object in a version: its table and how many rows it holds. */
  public record ObjectVersion(String object, String table, long rows) {
  }

  public Version {
    objects = Map.copyOf(objects);
    upstreams = Map.copyOf(upstreams);
  }

  Version judged(boolean canServe, String why) {
    return new Version(number, publishedAt, runId, contractVersion, objects, upstreams, canServe, why);
  }
}
