package io.quanta.runtime.pipeline.transform;

import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.pipeline.publish.TableNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transform SQL file: one {@code SELECT} (MySQL dialect, {@code WITH} allowed) per contract object it
 * produces, each after a line {@code -- object: <name>} (optional when the contract has one object), over
 * the staged sources written {@code {source}}. The rows a SELECT returns become the object's candidate;
 * its columns are matched to the object's properties by name.
 *
 * <pre>{@code
 * -- object: orders
 * SELECT o.id, o.amount, c.country FROM {raw_orders} o JOIN {customers} c ON c.id = o.customer_id
 * }</pre>
 */
public final class TransformScript {

  private static final Pattern MARKER = Pattern.compile("(?m)^\\s*--\\s*object:\\s*(\\S+)\\s*$");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private final Map<String, String> selects;

  private TransformScript(Map<String, String> selects) {
    this.selects = selects;
  }

  /**
   * Reads and checks the file: every section names an object of {@code objects}, is one read-only query,
   * and uses only {@code sources} as placeholders.
   */
  public static TransformScript read(Path file, List<String> objects, Set<String> sources) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException("pipeline.transform: cannot read " + file + ": " + e.getMessage());
    }
    Map<String, String> raw = new LinkedHashMap<>();
    Matcher m = MARKER.matcher(text);
    int start = -1;
    String object = null;
    String before = null;
    while (m.find()) {
      if (object == null) {
        before = text.substring(0, m.start());
      } else {
        put(raw, object, text.substring(start, m.start()), file);
      }
      object = m.group(1);
      start = m.end();
    }
    if (object == null) {
      if (objects.size() != 1) {
        throw new ConfigException(file + " must mark each object's SELECT with a line '-- object: <name>' (the"
            + " contract has objects " + objects + ")");
      }
      put(raw, objects.get(0), text, file);
    } else {
      if (!sql(before).isEmpty()) {
        throw new ConfigException(file + " has SQL before its first '-- object:' line; put every SELECT under the"
            + " object it produces");
      }
      put(raw, object, text.substring(start), file);
    }
    Map<String, String> selects = new LinkedHashMap<>();
    raw.forEach((name, sql) -> {
      if (!objects.contains(name)) {
        throw new ConfigException(file + ": '-- object: " + name + "' names no object of the contract (objects: "
            + objects + ")");
      }
      selects.put(name, check(file, name, sql, sources));
    });
    return new TransformScript(Map.copyOf(selects));
  }

  /** The objects this script produces. */
  public Set<String> objects() {
    return selects.keySet();
  }

  /** The object's SELECT with every {@code {source}} replaced by its staging table. */
  public String select(String object) {
    Matcher m = PLACEHOLDER.matcher(selects.get(object));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("`" + TableNames.staging(m.group(1)) + "`"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The sources the object's SELECT reads. */
  public Set<String> sourcesOf(String object) {
    Set<String> out = new java.util.LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(selects.get(object));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static void put(Map<String, String> raw, String object, String sql, Path file) {
    if (raw.put(object, sql) != null) {
      throw new ConfigException(file + " has two sections for object " + object);
    }
  }

  private static String check(Path file, String object, String section, Set<String> sources) {
    String sql = sql(section);
    if (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    String where = file.getFileName() + " (object " + object + ")";
    if (sql.isEmpty()) {
      throw new ConfigException(where + " has no SELECT");
    }
    String first = sql.split("[\\s(]+", 2)[0].toUpperCase(Locale.ROOT);
    if (!first.equals("SELECT") && !first.equals("WITH")) {
      throw new ConfigException(where + " must be one SELECT (or WITH … SELECT); it starts with '" + first + "'");
    }
    if (sql.contains(";")) {
      throw new ConfigException(where + " holds several statements; give one SELECT per object");
    }
    Matcher m = PLACEHOLDER.matcher(sql);
    while (m.find()) {
      if (!sources.contains(m.group(1))) {
        throw new ConfigException(where + " reads {" + m.group(1) + "}, which is no staged source (staged sources: "
            + sources.stream().sorted().toList() + "; a source with object: is loaded straight into that object)");
      }
    }
    return sql;
  }

  /** The text without comment lines and surrounding blanks. */
  private static String sql(String section) {
    return section.lines().filter(l -> !l.strip().startsWith("--")).reduce((a, b) -> a + "\n" + b).orElse("").strip();
  }
}
