package io.quanta.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.runtime.config.Secret;
import io.quanta.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Two processes of one quantum (replicas, or an old and a new pod in a rolling update) provision the same
 * database and user: the second must not lock the first out. Against the real MariaDB.
 */
class ProvisionerIT {

  @Test
  void a_second_provisioning_keeps_the_password_the_first_one_set() throws SQLException {
    DatabaseServer server = TestDatabase.server();
    Secret first = Provisioner.provision(server, "provisioned_twice", "provisioned_twice", null);
    Secret second = Provisioner.provision(server, "provisioned_twice", "provisioned_twice", null);

    assertThat(second.value()).isEqualTo(first.value());
    try (Connection c = connect(server, "provisioned_twice", first)) {
      assertThat(c.isValid(5)).as("the first process still connects").isTrue();
    }
  }

  @Test
  void a_configured_password_is_the_one_set() throws SQLException {
    DatabaseServer server = TestDatabase.server();
    Secret configured = new Secret("configured-" + System.nanoTime());
    assertThat(Provisioner.provision(server, "provisioned_configured", "provisioned_configured", configured).value())
        .isEqualTo(configured.value());
    try (Connection c = connect(server, "provisioned_configured", configured)) {
      assertThat(c.isValid(5)).isTrue();
    }
    Secret derived = Provisioner.derivedPassword(server.adminPassword(), "provisioned_configured",
        "provisioned_configured");
    assertThatThrownBy(() -> connect(server, "provisioned_configured", derived).close())
        .isInstanceOf(SQLException.class);
  }

  private static Connection connect(DatabaseServer server, String user, Secret password) throws SQLException {
    return DriverManager.getConnection(JdbcUrls.withDatabase(server.jdbcUrl(), user), user, password.value());
  }
}
