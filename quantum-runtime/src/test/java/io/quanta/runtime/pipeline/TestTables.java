package io.quanta.runtime.pipeline;

import io.quanta.runtime.testing.TestDatabase;
import io.quanta.runtime.testing.TestQuantum;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The tables in a test quantum's database, read as admin. */
final class TestTables {

  private TestTables() {
  }

  static List<String> names(TestQuantum quantum) {
    return names(quantum.database());
  }

  static List<String> names(String database) {
    try (Connection c = TestDatabase.admin(database); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW TABLES")) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
