package io.quanta.contract.governance;

import io.quanta.contract.finding.Severity;

/**
 * A domain's short form for tightening a global policy: {@code {id: descriptions, severity: error}} keeps the
 * global check, parameters and scope and only raises the severity.
 */
public record SeverityOverride(String id, Severity severity, PolicyOrigin origin) {
}
