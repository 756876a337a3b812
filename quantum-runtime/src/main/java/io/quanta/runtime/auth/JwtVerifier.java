package io.quanta.runtime.auth;

import io.quanta.runtime.config.ConfigException;
import io.quanta.runtime.config.QuantumConfig.JwtConfig;
import io.quanta.runtime.config.Secret;
import io.quanta.runtime.http.Problem;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Verifies JWTs: HMAC ({@code HS256}) with the shared secret, or RSA/EC signatures with the keys of the JWKS
 * URL, chosen by the token's {@code alg} so a public key can never be used as an HMAC secret. Expiry
 * ({@code exp}, {@code nbf}, 30 s leeway), and issuer and audience when configured, are checked; any
 * failure is the same {@link AuthProblems#invalidToken()}, which names no key and no reason.
 */
public final class JwtVerifier {

  static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
  private static final int MIN_SECRET_BYTES = 32;
  private static final int LEEWAY_SECONDS = 30;

  private final JWTAuth hmac;
  private final JwksKeys jwks;

  private JwtVerifier(JWTAuth hmac, JwksKeys jwks) {
    this.hmac = hmac;
    this.jwks = jwks;
  }

  /** A verifier for the settings, or null when JWTs are not configured. */
  public static JwtVerifier create(Vertx vertx, JwtConfig config) {
    if (!config.enabled()) {
      return null;
    }
    JWTOptions options = new JWTOptions().setLeeway(LEEWAY_SECONDS);
    if (config.issuer() != null) {
      options.setIssuer(config.issuer());
    }
    if (config.audience() != null) {
      options.addAudience(config.audience());
    }
    JWTAuth hmac = null;
    String secret = Secret.reveal(config.secret());
    if (secret != null) {
      if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
        throw new ConfigException("access.jwt.secret (QUANTA_JWT_SECRET) must be at least " + MIN_SECRET_BYTES
            + " bytes for HS256");
      }
      hmac = JWTAuth.create(vertx, new JWTAuthOptions().setJWTOptions(options)
          .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(secret)));
    }
    JwksKeys jwks = null;
    if (config.jwksUrl() != null) {
      if (!config.jwksUrl().matches("https?://.+")) {
        throw new ConfigException("access.jwt.jwksUrl (QUANTA_JWT_JWKS_URL) must be an http(s) URL");
      }
      jwks = new JwksKeys(vertx, config.jwksUrl(), options, Duration.ofSeconds(5), Duration.ofMinutes(15));
    }
    return new JwtVerifier(hmac, jwks);
  }

  /** True when the token has the three-part shape of a JWS. */
  public static boolean looksLikeJwt(String token) {
    return SHAPE.matcher(token).matches();
  }

  /** The principal of a valid token; otherwise a failed future with a {@link Problem}. */
  public Future<Principal> verify(String token) {
    Future<User> user;
    try {
      user = authenticate(token);
    } catch (RuntimeException e) {
      // Vert.x throws rather than fails on some malformed claims (an absent 'aud' when one is required).
      user = Future.failedFuture(e);
    }
    return user.transform(result -> {
      if (result.failed()) {
        return Future.failedFuture(result.cause() instanceof Problem problem ? problem : AuthProblems.invalidToken());
      }
      return ClaimsMapper.principal(claims(result.result()))
          .map(Future::succeededFuture)
          .orElseGet(() -> Future.failedFuture(AuthProblems.invalidToken()));
    });
  }

  private Future<User> authenticate(String token) {
    String algorithm = algorithm(token);
    if (algorithm != null && algorithm.equals("HS256") && hmac != null) {
      return hmac.authenticate(new TokenCredentials(token));
    }
    if (algorithm != null && algorithm.matches("(RS|PS|ES)(256|384|512)") && jwks != null) {
      return jwks.authenticate(token);
    }
    return Future.failedFuture(AuthProblems.invalidToken());
  }

  /** The verified claims; Vert.x keeps them under {@code accessToken}, the principal also holds the raw token. */
  private static JsonObject claims(User user) {
    JsonObject claims = user.attributes().getJsonObject("accessToken");
    if (claims != null) {
      return claims;
    }
    JsonObject principal = user.principal().copy();
    principal.remove("access_token");
    return principal;
  }

  private static String algorithm(String token) {
    try {
      String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
          StandardCharsets.UTF_8);
      return new JsonObject(header).getString("alg");
    } catch (RuntimeException e) {
      return null;
    }
  }
}
