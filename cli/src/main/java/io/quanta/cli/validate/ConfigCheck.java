package io.quanta.cli.validate;

import io.quanta.contract.codec.SourcePosition;
import io.quanta.contract.finding.Finding;
import io.quanta.contract.finding.Severity;
import io.quanta.runtime.auth.TokenStore;
import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.ConfigLoader;
import io.quanta.runtime.config.QuantumConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads quantum.yaml exactly as {@code quanta run} does (same loader, same environment overrides) and
 * reads its token file, so that what would stop the quantum at start stops validation first.
 */
final class ConfigCheck {

  static final String NAME = "quantum.yaml";
  private static final Pattern AT_LINE = Pattern.compile("(\\d+): (.*)", Pattern.DOTALL);

  /** The check's result and, when quantum.yaml loads, the settings. */
  record Outcome(CheckResult result, QuantumConfig config) {
  }

  private ConfigCheck() {
  }

  static Outcome run(QuantumFolder folder, Function<String, String> env) {
    String source = folder.name(folder.absolute().resolve(NAME));
    QuantumConfig config;
    try {
      config = new ConfigLoader(env).read(folder.absolute(), null);
    } catch (ConfigException e) {
      return new Outcome(CheckResult.ran(NAME, "cannot be loaded: 'quanta run' would refuse to start",
          List.of(error(folder, source, e))), null);
    }
    List<Finding> findings = new ArrayList<>();
    try {
      TokenStore.load(config.access());
    } catch (ConfigException e) {
      findings.add(error(folder, source, e));
    }
    var access = config.access();
    if (access.tokensFile() == null && access.inlineTokens() == null && !access.jwt().enabled()) {
      findings.add(new Finding(Severity.WARNING, "no-sign-in", source, "/access", null, "no tokens and no JWT"
          + " settings (access.tokensFile, QUANTA_TOKENS, access.jwt): nobody can sign in, so data and control"
          + " endpoints will answer 401"));
    }
    return new Outcome(CheckResult.ran(NAME, summary(config), findings), config);
  }

  private static String summary(QuantumConfig config) {
    StringBuilder out = new StringBuilder("id ").append(config.id()).append(", ")
        .append(config.mode().name().toLowerCase(java.util.Locale.ROOT)).append(" mode, port ")
        .append(config.server().port()).append(", ")
        .append(config.storage().embedded() ? "embedded MariaDB"
            : "MySQL server " + masked(config.storage().jdbcUrl()));
    config.dictionary().baseUrl().ifPresent(url -> out.append(", dictionary ").append(url));
    return out.toString();
  }

  /** A loader message that starts with the file's path and a line becomes a finding at that line. */
  private static Finding error(QuantumFolder folder, String source, ConfigException e) {
    String message = e.getMessage();
    String file = folder.absolute().resolve(NAME).toString();
    SourcePosition position = null;
    if (message.startsWith(file + ":")) {
      Matcher m = AT_LINE.matcher(message.substring(file.length() + 1));
      if (m.matches()) {
        position = new SourcePosition(Integer.parseInt(m.group(1)), 1);
        message = m.group(2);
      }
    }
    return new Finding(Severity.ERROR, "quantum-yaml", source, "", position, message);
  }

  private static String masked(String jdbcUrl) {
    return jdbcUrl.replaceAll("//[^@/]*@", "//****@").replaceAll("(?i)(password=)[^&;]*", "$1****");
  }
}
