package io.quanta.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.runtime.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFileTest {

  static final String SECRET = "plain-secret-token-0001";

  static String sha256(String token) {
    return HexFormat.of().formatHex(StaticToken.sha256(token));
  }

  @Test
  void reads_plain_and_hashed_tokens_with_their_principals() {
    List<StaticToken> tokens = TokenFile.parse("tokens.yaml", """
        tokens:
          - {token: "%s", name: alice, roles: [owner, analyst], domain: sales}
          - sha256: %s
            name: bob
            roles: analyst
          - {token: "carol-token-0003", name: carol}
        """.formatted(SECRET, sha256("bob-token-0002")));

    TokenStore store = new TokenStore(tokens);

    assertThat(store.find(SECRET)).hasValue(new Principal("alice", Set.of("owner", "analyst"), "sales"));
    assertThat(store.find("bob-token-0002")).hasValue(new Principal("bob", Set.of("analyst"), null));
    assertThat(store.find("carol-token-0003").orElseThrow().roles()).isEmpty();
    assertThat(store.find("nobody")).isEmpty();
    assertThat(store.find(sha256("bob-token-0002"))).as("the digest itself is not a token").isEmpty();
  }

  @Test
  void reads_an_empty_file_as_no_tokens() {
    assertThat(TokenFile.parse("t.yaml", "")).isEmpty();
    assertThat(TokenFile.parse("t.yaml", "tokens: []")).isEmpty();
  }

  @Test
  void refuses_an_entry_with_both_or_neither_token_and_sha256() {
    assertThatThrownBy(() -> TokenFile.parse("t.yaml", "tokens: [{name: alice}]"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("tokens[0] (alice) needs exactly one of 'token' or 'sha256'");
    assertThatThrownBy(() -> TokenFile.parse("t.yaml", "tokens: [{token: " + SECRET + ", sha256: "
        + sha256("x") + ", name: alice}]"))
        .isInstanceOf(ConfigException.class).hasMessageNotContaining(SECRET);
  }

  @Test
  void refuses_unknown_keys_missing_names_and_bad_digests_without_quoting_tokens() {
    assertThatThrownBy(() -> TokenFile.parse("t.yaml", "tokens: [{token: " + SECRET + ", name: a, role: owner}]"))
        .hasMessageContaining("unknown key 'role'").hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> TokenFile.parse("t.yaml", "tokens: [{token: " + SECRET + "}]"))
        .hasMessageContaining("tokens[0] needs a name").hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> TokenFile.parse("t.yaml", "tokens: [{sha256: abc, name: a}]"))
        .hasMessageContaining("64 hex digits");
    assertThatThrownBy(() -> TokenFile.parse("t.yaml", "tokens: [{token: x, name: a, roles: {a: b}}]"))
        .hasMessageContaining("roles must be a list");
    assertThatThrownBy(() -> TokenFile.parse("t.yaml", "users: []"))
        .hasMessageContaining("one key, 'tokens'");
  }

  @Test
  void reports_malformed_yaml_by_line_without_quoting_it() {
    assertThatThrownBy(() -> TokenFile.parse("t.yaml", "tokens:\n  - {token: \"" + SECRET + "\", name: [\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("t.yaml:")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void refuses_the_same_token_for_two_principals() {
    List<StaticToken> tokens = TokenFile.parse("t.yaml", """
        tokens:
          - {token: "%s", name: alice}
          - {sha256: %s, name: bob}
        """.formatted(SECRET, sha256(SECRET)));

    assertThatThrownBy(() -> new TokenStore(tokens))
        .isInstanceOf(ConfigException.class).hasMessageContaining("alice and bob").hasMessageNotContaining(SECRET);
  }

  @Test
  void names_a_missing_file(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> TokenFile.read(dir.resolve("nope.yaml")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("does not exist");
    Path file = dir.resolve("tokens.yaml");
    Files.writeString(file, "tokens: [{token: t-0001, name: a}]");
    assertThat(TokenFile.read(file)).hasSize(1);
  }
}
