package io.quanta.runtime.testing;

import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs JWTs for tests by hand (HS256 with a secret, RS256 with a generated RSA key) and writes JWKs. */
public final class TestTokens {

  private TestTokens() {
  }

  /** Claims for {@code sub} valid for an hour, with the given roles. */
  public static JsonObject claims(String subject, String... roles) {
    long now = Instant.now().getEpochSecond();
    return new JsonObject().put("sub", subject).put("iat", now).put("exp", now + 3600)
        .put("roles", new io.vertx.core.json.JsonArray(Arrays.asList(roles)));
  }

  public static String hs256(String secret, JsonObject claims) {
    String signingInput = part(new JsonObject().put("alg", "HS256").put("typ", "JWT")) + "." + part(claims);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return signingInput + "." + b64(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String rs256(PrivateKey key, String kid, JsonObject claims) {
    String signingInput = part(new JsonObject().put("alg", "RS256").put("typ", "JWT").put("kid", kid)) + "."
        + part(claims);
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + b64(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsigned token ({@code alg: none}), which must never be accepted. */
  public static String unsigned(JsonObject claims) {
    return part(new JsonObject().put("alg", "none").put("typ", "JWT")) + "." + part(claims) + ".";
  }

  public static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public half of a key pair as a JWK. */
  public static JsonObject jwk(KeyPair pair, String kid) {
    RSAPublicKey key = (RSAPublicKey) pair.getPublic();
    return new JsonObject().put("kty", "RSA").put("kid", kid).put("use", "sig").put("alg", "RS256")
        .put("n", b64(unsigned(key.getModulus()))).put("e", b64(unsigned(key.getPublicExponent())));
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  private static String part(JsonObject json) {
    return b64(json.encode().getBytes(StandardCharsets.UTF_8));
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
