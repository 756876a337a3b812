package io.quanta.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One configured bearer token, kept only as its SHA-256 digest so that plain and hashed entries compare
 * the same way, in constant time, and the token itself is not held in memory longer than parsing takes.
 */
record StaticToken(byte[] digest, Principal principal) {

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

  /** An entry given as the token itself. */
  static StaticToken plain(String token, Principal principal) {
    return new StaticToken(sha256(token), principal);
  }

  /** An entry given as the hex SHA-256 of the token; null when the text is not 64 hex digits. */
  static StaticToken hashed(String hex, Principal principal) {
    return HEX.matcher(hex).matches() ? new StaticToken(HexFormat.of().parseHex(hex), principal) : null;
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  boolean sameDigest(StaticToken other) {
    return MessageDigest.isEqual(digest, other.digest);
  }
}
