package io.quanta.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.quanta.runtime.config.Secret;
import org.junit.jupiter.api.Test;

class ProvisionerTest {

  private static final Secret ADMIN = new Secret("admin-secret");

  @Test
  void a_derived_password_is_the_same_for_the_same_quantum_and_admin_password() {
    String once = Provisioner.derivedPassword(ADMIN, "orders", "orders").value();
    assertThat(Provisioner.derivedPassword(new Secret("admin-secret"), "orders", "orders").value()).isEqualTo(once);
    assertThat(once).hasSize(36).matches("[0-9a-f]+");
  }

  @Test
  void it_differs_for_another_database_user_or_admin_password() {
    String once = Provisioner.derivedPassword(ADMIN, "orders", "orders").value();
    assertThat(Provisioner.derivedPassword(ADMIN, "customers", "orders").value()).isNotEqualTo(once);
    assertThat(Provisioner.derivedPassword(ADMIN, "orders", "customers").value()).isNotEqualTo(once);
    assertThat(Provisioner.derivedPassword(new Secret("rotated"), "orders", "orders").value()).isNotEqualTo(once);
    // The separator keeps ("ab", "c") and ("a", "bc") apart.
    assertThat(Provisioner.derivedPassword(ADMIN, "ab", "c").value())
        .isNotEqualTo(Provisioner.derivedPassword(ADMIN, "a", "bc").value());
  }

  @Test
  void without_an_admin_password_it_is_random() {
    String once = Provisioner.derivedPassword(null, "orders", "orders").value();
    assertThat(once).hasSize(36);
    assertThat(Provisioner.derivedPassword(new Secret(""), "orders", "orders").value()).isNotEqualTo(once);
  }
}
