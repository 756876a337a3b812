package io.quanta.contract.governance.check;

import io.quanta.contract.model.DataContract;
import io.quanta.contract.model.SchemaObject;
import io.quanta.contract.model.SchemaProperty;
import java.util.ArrayList;
import java.util.List;

/** Visits every property of a contract's schema, nested properties and array items included. */
public final class ContractWalk {

  private ContractWalk() {
  }

  /**
   * One property as met on the walk.
   *
   * @param object the schema object the property belongs to
   * @param property the property
   * @param pointer its JSON Pointer ({@code /schema/0/properties/3/items})
   * @param label a dotted name people read ({@code orders.lines[].sku})
   * @param classification its own classification, else that of the nearest enclosing property, else null
   * @param items true when the property is the {@code items} of an array property
   */
  public record PropertyVisit(SchemaObject object, SchemaProperty property, String pointer, String label,
      String classification, boolean items) {
  }

  /** Every property of every object, parents before their children. */
  public static List<PropertyVisit> properties(DataContract contract) {
    List<PropertyVisit> visits = new ArrayList<>();
    List<SchemaObject> objects = contract.objects();
    for (int i = 0; i < objects.size(); i++) {
      SchemaObject object = objects.get(i);
      if (object == null) {
        continue;
      }
      String base = "/schema/" + i;
      walk(visits, object, object.columns(), base, objectLabel(object, i), null);
    }
    return visits;
  }

  /** The object's name, or its position when it has none. */
  public static String objectLabel(SchemaObject object, int index) {
    return isBlank(object.name()) ? "schema[" + index + "]" : object.name();
  }

  /** True when the text is null or only white space. */
  public static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static void walk(List<PropertyVisit> visits, SchemaObject object, List<SchemaProperty> properties,
      String parentPointer, String parentLabel, String inherited) {
    for (int j = 0; j < properties.size(); j++) {
      SchemaProperty property = properties.get(j);
      if (property == null) {
        continue;
      }
      String pointer = parentPointer + "/properties/" + j;
      String label = parentLabel + "." + (isBlank(property.name()) ? "[" + j + "]" : property.name());
      visit(visits, object, property, pointer, label, inherited, false);
    }
  }

  private static void visit(List<PropertyVisit> visits, SchemaObject object, SchemaProperty property,
      String pointer, String label, String inherited, boolean items) {
    String classification = isBlank(property.classification()) ? inherited : property.classification().trim();
    visits.add(new PropertyVisit(object, property, pointer, label, classification, items));
    walk(visits, object, property.children(), pointer, label, classification);
    if (property.items() != null) {
      visit(visits, object, property.items(), pointer + "/items", label + "[]", classification, true);
    }
  }
}
