package io.quanta.runtime.schema;

import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SchemaObject;
import io.quanta.contract.model.SchemaProperty;
import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.QuantumConfig.ObjectBinding;
import io.quanta.runtime.sla.SlaTerms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Every object of the contract as a {@link Table}; the only source of identifiers that reach SQL. */
public final class Catalog {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  private final Map<String, Table> tables;

  private Catalog(Map<String, Table> tables) {
    this.tables = tables;
  }

  /** Builds the catalog; a binding for an unknown object or an unusable name is a config error. */
  public static Catalog of(DataContract contract, Map<String, ObjectBinding> bindings) {
    for (String bound : bindings.keySet()) {
      if (contract.object(bound).isEmpty()) {
        throw new ConfigException("objects." + bound + " in quantum.yaml names no object of the contract (objects: "
            + contract.objects().stream().map(SchemaObject::name).toList() + ")");
      }
    }
    Map<String, Table> tables = new LinkedHashMap<>();
    for (SchemaObject object : contract.objects()) {
      ObjectBinding binding = bindings.getOrDefault(object.name(), new ObjectBinding(null, null, true));
      String slaElement = SlaTerms.freshnessElement(contract, object.name()).orElse(null);
      tables.put(object.name(), table(object, binding, slaElement));
    }
    return new Catalog(tables);
  }

  /** {@code slaElement}: the column a latency SLA names for the object, the freshness column when none is bound. */
  private static Table table(SchemaObject object, ObjectBinding binding, String slaElement) {
    String tableName = identifier(binding.table() != null ? binding.table()
        : object.physicalName() != null ? object.physicalName() : object.name(), "table of object " + object.name());
    List<Column> columns = new ArrayList<>();
    for (SchemaProperty property : object.columns()) {
      String columnName = identifier(property.physicalName() != null ? property.physicalName() : property.name(),
          "column of " + object.name() + "." + property.name());
      String sqlType = TypeMapping.sqlType(property);
      columns.add(new Column(property.name(), columnName, sqlType, TypeMapping.kind(sqlType),
          property.requiredFlag() || property.primaryKeyFlag(), property.uniqueFlag()));
    }
    List<Column> key = object.primaryKey().stream()
        .map(p -> columns.stream().filter(c -> c.name().equals(p.name())).findFirst().orElseThrow())
        .toList();
    Column freshness = null;
    if (binding.freshnessColumn() != null) {
      freshness = columns.stream().filter(c -> c.name().equals(binding.freshnessColumn())
              || c.columnName().equals(binding.freshnessColumn())).findFirst()
          .orElseThrow(() -> new ConfigException("objects." + object.name() + ".freshnessColumn '"
              + binding.freshnessColumn() + "' is not a property of " + object.name()));
      if (!isTime(freshness)) {
        throw new ConfigException("objects." + object.name() + ".freshnessColumn '" + binding.freshnessColumn()
            + "' must be a date or timestamp column, not " + freshness.sqlType());
      }
    } else if (slaElement != null) {
      freshness = columns.stream().filter(c -> c.name().equals(slaElement) && isTime(c)).findFirst().orElse(null);
    }
    return new Table(object.name(), tableName, columns, key, freshness, binding.create());
  }

  private static boolean isTime(Column column) {
    return column.kind() == ValueKind.TIMESTAMP || column.kind() == ValueKind.DATE;
  }

  private static String identifier(String name, String what) {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new ConfigException("the " + what + " is named '" + name
          + "'; Quanta needs letters, digits and underscores (set physicalName in the contract)");
    }
    return name;
  }

  public Optional<Table> table(String object) {
    return Optional.ofNullable(tables.get(object));
  }

  public List<Table> tables() {
    return List.copyOf(tables.values());
  }
}
