package io.quanta.runtime.pipeline;

import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.PipelineConfig;
import io.quanta.runtime.config.PipelineConfig.SourceConfig;
import io.quanta.runtime.pipeline.publish.TableNames;
import io.quanta.runtime.pipeline.transform.TransformScript;
import io.quanta.runtime.quality.CronSchedule;
import io.quanta.runtime.schema.Catalog;
import io.quanta.runtime.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline checked against the contract at start: each object is produced exactly once, either loaded
 * as it is from one source ({@code object:} on the source) or by its SELECT in the transform; every staged
 * source is read by the transform; names fit MySQL's limits; the schedule parses.
 *
 * @param staged the sources loaded into staging tables for the transform, in configuration order
 * @param identity the object each identity source fills, by source name
 */
public record PipelinePlan(PipelineConfig config, List<SourceConfig> staged, Map<String, Table> identity,
    TransformScript transform, CronSchedule schedule) {

  public static PipelinePlan of(PipelineConfig config, Catalog catalog) {
    List<String> objects = catalog.tables().stream().map(Table::object).toList();
    for (Table table : catalog.tables()) {
      if (table.tableName().length() > TableNames.MAX_BASE_LENGTH) {
        throw new ConfigException("the table of object " + table.object() + " is named " + table.tableName() + " ("
            + table.tableName().length() + " characters); a managed quantum adds __v<version> to it, so it may have"
            + " at most " + TableNames.MAX_BASE_LENGTH + " (set a shorter physicalName or objects." + table.object()
            + ".table)");
      }
    }
    Map<String, Table> identity = new LinkedHashMap<>();
    List<SourceConfig> staged = new ArrayList<>();
    Map<String, String> producedBy = new LinkedHashMap<>();
    for (SourceConfig source : config.sources()) {
      if (source.object() == null) {
        staged.add(source);
        continue;
      }
      Table table = catalog.table(source.object()).orElseThrow(() -> new ConfigException("pipeline source '"
          + source.name() + "' fills object '" + source.object() + "', which the contract does not have (objects: "
          + objects + ")"));
      String other = producedBy.put(source.object(), "source " + source.name());
      if (other != null) {
        throw new ConfigException("object " + source.object() + " is filled by " + other + " and by source "
            + source.name() + "; give each object one source, or a transform that combines them");
      }
      identity.put(source.name(), table);
    }
    Set<String> stagedNames = new HashSet<>();
    staged.forEach(s -> stagedNames.add(s.name()));
    TransformScript transform = null;
    if (config.transform() != null) {
      transform = TransformScript.read(config.transform(), objects, stagedNames);
      for (String object : transform.objects()) {
        String other = producedBy.put(object, "the transform");
        if (other != null) {
          throw new ConfigException("object " + object + " is filled by " + other + " and by the transform; drop one");
        }
      }
      Set<String> read = new HashSet<>();
      for (String object : transform.objects()) {
        read.addAll(transform.sourcesOf(object));
      }
      for (SourceConfig source : staged) {
        if (!read.contains(source.name())) {
          throw new ConfigException("pipeline source '" + source.name() + "' is read by nothing: use {"
              + source.name() + "} in the transform, or give it object: to load it into an object as it is");
        }
      }
    } else if (!staged.isEmpty()) {
      throw new ConfigException("pipeline source '" + staged.get(0).name() + "' has no object: and there is no"
          + " pipeline.transform to read it; give it object: <name> to load it as it is, or write a transform");
    }
    for (String object : objects) {
      if (!producedBy.containsKey(object)) {
        throw new ConfigException("nothing fills object " + object + ": give a source object: " + object
            + (transform == null ? "" : ", or a '-- object: " + object + "' SELECT in the transform"));
      }
    }
    CronSchedule schedule = null;
    if (config.schedule() != null) {
      try {
        schedule = CronSchedule.parse(config.schedule());
      } catch (IllegalArgumentException e) {
        throw new ConfigException("pipeline.schedule in quantum.yaml: " + e.getMessage());
      }
    }
    return new PipelinePlan(config, List.copyOf(staged), Map.copyOf(identity), transform, schedule);
  }
}
