package io.quanta.runtime.schema;

import java.util.List;

/**
 * Quanta's own tables inside the quantum's database: lifecycle state, quality checks and their results
 * with history, access grants and access requests. Prefixed {@code _quanta_} and never part of the contract.
 */
public final class Bookkeeping {

  public static final String STATE = "_quanta_state";
  public static final String QUALITY = "_quanta_quality_results";
  public static final String CHECKS = "_quanta_quality_checks";
  public static final String GRANTS = "_quanta_grants";
  public static final String REQUESTS = "_quanta_access_requests";

  static final List<String> DDL = List.of(
      "CREATE TABLE IF NOT EXISTS `" + STATE + "` ("
          + " id TINYINT PRIMARY KEY, state VARCHAR(16) NOT NULL, sunset DATETIME(3) NULL,"
          + " reason VARCHAR(1024) NULL, changed_by VARCHAR(255) NULL, changed_at DATETIME(3) NOT NULL"
          + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
      "CREATE TABLE IF NOT EXISTS `" + QUALITY + "` ("
          + " id BIGINT AUTO_INCREMENT PRIMARY KEY, check_id VARCHAR(64) NOT NULL, rule_id VARCHAR(255) NOT NULL,"
          + " rule_type VARCHAR(16) NULL,"
          + " object_name VARCHAR(255) NOT NULL, property_name VARCHAR(255) NULL, metric VARCHAR(64) NULL,"
          + " measured DOUBLE NULL, threshold VARCHAR(255) NULL, unit VARCHAR(16) NULL, severity VARCHAR(16) NOT NULL,"
          + " outcome VARCHAR(8) NOT NULL, detail VARCHAR(1024) NULL, checked_at DATETIME(3) NOT NULL,"
          + " KEY ix_rule_time (rule_id, checked_at), KEY ix_time (checked_at), KEY ix_check (check_id)"
          + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
      "CREATE TABLE IF NOT EXISTS `" + CHECKS + "` ("
          + " check_id VARCHAR(64) PRIMARY KEY, triggered_by VARCHAR(16) NOT NULL, started_at DATETIME(3) NOT NULL,"
          + " finished_at DATETIME(3) NOT NULL, status VARCHAR(16) NOT NULL, statements INT NOT NULL,"
          + " detail VARCHAR(1024) NULL, KEY ix_started (started_at)"
          + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
      "CREATE TABLE IF NOT EXISTS `" + GRANTS + "` ("
          + " id BIGINT AUTO_INCREMENT PRIMARY KEY, principal VARCHAR(255) NOT NULL, object_name VARCHAR(255) NULL,"
          + " granted_by VARCHAR(255) NOT NULL, granted_at DATETIME(3) NOT NULL, expires_at DATETIME(3) NULL,"
          + " UNIQUE KEY uq_grant (principal, object_name)"
          + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
      "CREATE TABLE IF NOT EXISTS `" + REQUESTS + "` ("
          + " id BIGINT AUTO_INCREMENT PRIMARY KEY, principal VARCHAR(255) NOT NULL, object_name VARCHAR(255) NULL,"
          + " purpose VARCHAR(1024) NULL, status VARCHAR(16) NOT NULL, decided_by VARCHAR(255) NULL,"
          + " requested_at DATETIME(3) NOT NULL, decided_at DATETIME(3) NULL, KEY ix_status (status)"
          + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");

  private Bookkeeping() {
  }
}
