package io.quanta.contract.inherit;

import io.quanta.contract.codec.SourcePosition;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A finding before it knows the whole chain: a problem found while resolving an ancestor is reported
 * again for every descendant, each time naming that descendant's chain.
 */
record Problem(Severity severity, String code, String source, String path, SourcePosition position, String message,
    boolean chained) {

  /** A finding of the source (an unreadable or duplicate file) carried as it is, chain appended. */
  static Problem of(Finding finding) {
    return new Problem(finding.severity(), finding.code(), finding.source(), finding.path(), finding.position(),
        finding.message(), finding.isError());
  }

  /** The same problem for a message that already spells out the chain, as a cycle's does. */
  Problem unchained() {
    return new Problem(severity, code, source, path, position, message, false);
  }

  /** The finding, with {@code (chain: a@1 → b@2)} appended unless the message spells the chain itself. */
  Finding toFinding(List<String> chain) {
    String text = chained ? message + " (chain: " + arrows(chain) + ")" : message;
    return new Finding(severity, code, source, path, position, text);
  }

  static String arrows(List<?> chain) {
    return chain.stream().map(Object::toString).collect(Collectors.joining(" → "));
  }
}
