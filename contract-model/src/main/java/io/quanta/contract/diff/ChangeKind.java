package io.quanta.contract.diff;

import static io.quanta.contract.diff.Compatibility.BREAKING;
import static io.quanta.contract.diff.Compatibility.NON_BREAKING;
import static io.quanta.contract.model.SemVer.Bump.MAJOR;
import static io.quanta.contract.model.SemVer.Bump.MINOR;
import static io.quanta.contract.model.SemVer.Bump.PATCH;

import io.quanta.contract.model.SemVer.Bump;

/** What kind of change a {@link Change} is; each kind is always breaking or always not. */
public enum ChangeKind {
  CONTRACT_ID_CHANGED(BREAKING, MAJOR, "contract id changed"),
  EXTENDS_CHANGED(BREAKING, MAJOR, "parent changed"),
  EXTENDS_REMOVED(BREAKING, MAJOR, "parent removed"),
  EXTENDS_ADDED(NON_BREAKING, MINOR, "parent added"),
  EXTENDS_VERSION_CHANGED(NON_BREAKING, MINOR, "parent version changed"),
  SERVER_REMOVED(BREAKING, MAJOR, "server removed"),
  SERVER_CHANGED(BREAKING, MAJOR, "server changed"),
  SERVER_ADDED(NON_BREAKING, MINOR, "server added"),
  ROLE_REMOVED(BREAKING, MAJOR, "role removed"),
  ROLE_ACCESS_CHANGED(BREAKING, MAJOR, "role access changed"),
  ROLE_ADDED(NON_BREAKING, MINOR, "role added"),
  OBJECT_REMOVED(BREAKING, MAJOR, "object removed"),
  OBJECT_ADDED(NON_BREAKING, MINOR, "object added"),
  PROPERTY_REMOVED(BREAKING, MAJOR, "property removed"),
  PROPERTY_ADDED(NON_BREAKING, MINOR, "property added"),
  LOGICAL_TYPE_CHANGED(BREAKING, MAJOR, "type changed"),
  PHYSICAL_TYPE_CHANGED(BREAKING, MAJOR, "physical type changed"),
  PHYSICAL_TYPE_WIDENED(BREAKING, MAJOR, "physical type widened"),
  PHYSICAL_TYPE_NARROWED(NON_BREAKING, MINOR, "physical type narrowed"),
  PHYSICAL_NAME_CHANGED(BREAKING, MAJOR, "physical name changed"),
  MADE_OPTIONAL(BREAKING, MAJOR, "made optional"),
  MADE_REQUIRED(NON_BREAKING, MINOR, "made required"),
  UNIQUE_DROPPED(BREAKING, MAJOR, "no longer unique"),
  UNIQUE_ADDED(NON_BREAKING, MINOR, "made unique"),
  PRIMARY_KEY_CHANGED(BREAKING, MAJOR, "primary key changed"),
  ENUM_VALUE_REMOVED(BREAKING, MAJOR, "allowed value removed"),
  ENUM_VALUE_ADDED(NON_BREAKING, MINOR, "allowed value added"),
  OPTION_WIDENED(BREAKING, MAJOR, "constraint loosened"),
  OPTION_CHANGED(BREAKING, MAJOR, "constraint changed"),
  OPTION_NARROWED(NON_BREAKING, MINOR, "constraint tightened"),
  CLASSIFICATION_LOWERED(BREAKING, MAJOR, "classification lowered"),
  CLASSIFICATION_CHANGED(BREAKING, MAJOR, "classification changed"),
  CLASSIFICATION_RAISED(NON_BREAKING, MINOR, "classification raised"),
  PARTITIONING_CHANGED(NON_BREAKING, MINOR, "partitioning changed"),
  RELATIONSHIP_REMOVED(BREAKING, MAJOR, "relationship removed"),
  RELATIONSHIP_ADDED(NON_BREAKING, MINOR, "relationship added"),
  QUALITY_RULE_REMOVED(BREAKING, MAJOR, "quality rule removed"),
  QUALITY_RULE_LOOSENED(BREAKING, MAJOR, "quality threshold loosened"),
  QUALITY_RULE_CHANGED(BREAKING, MAJOR, "quality rule changed"),
  QUALITY_SEVERITY_LOWERED(BREAKING, MAJOR, "quality severity lowered"),
  QUALITY_RULE_ADDED(NON_BREAKING, MINOR, "quality rule added"),
  QUALITY_RULE_TIGHTENED(NON_BREAKING, MINOR, "quality threshold tightened"),
  QUALITY_SEVERITY_RAISED(NON_BREAKING, MINOR, "quality severity raised"),
  QUALITY_SCHEDULE_CHANGED(NON_BREAKING, MINOR, "quality check settings changed"),
  SLA_REMOVED(BREAKING, MAJOR, "SLA removed"),
  SLA_WEAKENED(BREAKING, MAJOR, "SLA weakened"),
  SLA_CHANGED(BREAKING, MAJOR, "SLA changed"),
  SLA_ADDED(NON_BREAKING, MINOR, "SLA added"),
  SLA_STRENGTHENED(NON_BREAKING, MINOR, "SLA strengthened"),
  DOCUMENTATION_CHANGED(NON_BREAKING, PATCH, "documentation changed"),
  METADATA_CHANGED(NON_BREAKING, PATCH, "metadata changed");

  private final Compatibility compatibility;
  private final Bump bump;
  private final String label;

  ChangeKind(Compatibility compatibility, Bump bump, String label) {
    this.compatibility = compatibility;
    this.bump = bump;
    this.label = label;
  }

  public Compatibility compatibility() {
    return compatibility;
  }

  /** The smallest bump a change of this kind needs. */
  public Bump bump() {
    return bump;
  }

  /** A few words for text reports, such as {@code type changed}. */
  public String label() {
    return label;
  }
}
