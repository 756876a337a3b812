package io.quanta.runtime.storage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small, careful edits of MySQL JDBC URLs: choose the database, add driver options, hide credentials. */
public final class JdbcUrls {

  private static final Pattern URL = Pattern.compile("(jdbc:(?:mysql|mariadb)://[^/?]+)(/[^?]*)?(\\?.*)?");

  /** Options every quantum connection needs: UTF-8, sane timeouts, fast batches, server-side streaming. */
  static final String OPTIONS = "characterEncoding=UTF-8&connectTimeout=3000&rewriteBatchedStatements=true"
      + "&allowLoadLocalInfile=true&useServerPrepStmts=false&tcpKeepAlive=true";

  private JdbcUrls() {
  }

  /** The server URL pointed at {@code database} (empty for none), keeping the user's own options. */
  public static String withDatabase(String url, String database) {
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      throw new StorageException("not a MySQL JDBC URL: " + redact(url));
    }
    String query = m.group(3) == null ? "?" + OPTIONS : m.group(3) + "&" + OPTIONS;
    return m.group(1) + "/" + database + query;
  }

  /** The URL with any user:password and password= option masked, for messages and logs. */
  public static String redact(String url) {
    return url == null ? null : url.replaceAll("//[^@/]*@", "//****@").replaceAll("(?i)(password=)[^&]*", "$1****");
  }
}
