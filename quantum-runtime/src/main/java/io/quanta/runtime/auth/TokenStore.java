package io.quanta.runtime.auth;

import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.QuantumConfig.AccessConfig;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The static bearer tokens of a quantum (token file and {@code QUANTA_TOKENS}), looked up by comparing
 * SHA-256 digests in constant time against every entry, so response timing says nothing about how close
 * a guess was.
 */
public final class TokenStore {

  private final List<StaticToken> tokens;

  TokenStore(List<StaticToken> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      for (int j = i + 1; j < tokens.size(); j++) {
        if (tokens.get(i).sameDigest(tokens.get(j))) {
          throw new ConfigException("the same token is configured twice (for " + tokens.get(i).principal().name()
              + " and " + tokens.get(j).principal().name() + "); every token must name one principal");
        }
      }
    }
    this.tokens = List.copyOf(tokens);
  }

  /** Reads the token file and the inline tokens of the access settings; blocking (file I/O). */
  public static TokenStore load(AccessConfig access) {
    List<StaticToken> all = new ArrayList<>();
    if (access.tokensFile() != null) {
      all.addAll(TokenFile.read(access.tokensFile()));
    }
    if (access.inlineTokens() != null) {
      all.addAll(InlineTokens.parse(access.inlineTokens()));
    }
    return new TokenStore(all);
  }

  /** The principal of a token, if it is one of ours. */
  public Optional<Principal> find(String token) {
    byte[] digest = StaticToken.sha256(token);
    Principal found = null;
    // No early exit: every entry is compared whatever matched.
    for (StaticToken candidate : tokens) {
      if (MessageDigest.isEqual(digest, candidate.digest())) {
        found = candidate.principal();
      }
    }
    return Optional.ofNullable(found);
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  public int size() {
    return tokens.size();
  }
}
