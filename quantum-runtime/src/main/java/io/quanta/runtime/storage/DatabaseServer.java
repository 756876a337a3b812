package io.quanta.runtime.storage;

import io.quanta.runtime.config.Secret;

/**
 * A reachable MySQL-compatible server: its base JDBC URL (no database) and, when known, credentials
 * with the right to create databases and users.
 */
public record DatabaseServer(String jdbcUrl, String adminUser, Secret adminPassword) {

  public boolean hasAdmin() {
    return adminUser != null;
  }
}
