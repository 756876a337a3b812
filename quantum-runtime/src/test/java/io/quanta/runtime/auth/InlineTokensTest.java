package io.quanta.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quanta.runtime.config.ConfigException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InlineTokensTest {

  @Test
  void reads_name_roles_and_domain() {
    TokenStore store = new TokenStore(InlineTokens.parse(
        " owner-token=alice:owner+analyst@sales ; reader-token=bob:analyst;plain-token=carol ;"));

    assertThat(store.find("owner-token")).hasValue(new Principal("alice", Set.of("owner", "analyst"), "sales"));
    assertThat(store.find("reader-token")).hasValue(new Principal("bob", Set.of("analyst"), null));
    assertThat(store.find("plain-token")).hasValue(new Principal("carol", Set.of(), null));
    assertThat(store.size()).isEqualTo(3);
  }

  @Test
  void keeps_base64_padding_and_symbols_in_the_token() {
    TokenStore store = new TokenStore(InlineTokens.parse("YWJj:d@e==x=dave@ops"));

    assertThat(store.find("YWJj:d@e==x")).hasValue(new Principal("dave", Set.of(), "ops"));
  }

  @Test
  void reads_a_hashed_token() {
    String digest = TokenFileTest.sha256("hidden-token");

    TokenStore store = new TokenStore(InlineTokens.parse("sha256:" + digest + "=erin:auditor"));

    assertThat(store.find("hidden-token")).hasValue(new Principal("erin", Set.of("auditor"), null));
  }

  @Test
  void refuses_malformed_entries_naming_their_position_not_their_token() {
    assertThatThrownBy(() -> InlineTokens.parse("ok-token=alice;secret-token-xyz"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("QUANTA_TOKENS entry 2")
        .hasMessageNotContaining("secret-token-xyz");
    assertThatThrownBy(() -> InlineTokens.parse("secret-token-xyz="))
        .hasMessageContaining("name").hasMessageNotContaining("secret-token-xyz");
    assertThatThrownBy(() -> InlineTokens.parse("secret-token-xyz=alice:owner+"))
        .hasMessageContaining("role");
    assertThatThrownBy(() -> InlineTokens.parse("secret-token-xyz=alice@"))
        .hasMessageContaining("domain");
    assertThatThrownBy(() -> InlineTokens.parse("sha256:abc=alice"))
        .hasMessageContaining("64 hex digits");
    assertThatThrownBy(() -> InlineTokens.parse("=alice"))
        .hasMessageContaining("TOKEN=NAME");
  }
}
