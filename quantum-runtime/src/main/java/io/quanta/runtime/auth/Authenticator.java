package io.quanta.runtime.auth;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;

/**
 * The first handler of the router: reads {@code Authorization: Bearer <token>} once and stores the caller's
 * {@link Principal} in the request (see {@link Principal#of}). No header means anonymous, and the guards
 * decide; a header that is not a valid token is refused with 401 on every endpoint, so a client with a
 * broken token learns it at once rather than being served as anonymous.
 */
public final class Authenticator implements Handler<RoutingContext> {

  private static final String SCHEME = "bearer ";

  private final TokenStore tokens;
  private final JwtVerifier jwt;

  /** {@code jwt} is null when JWTs are not configured. */
  public Authenticator(TokenStore tokens, JwtVerifier jwt) {
    this.tokens = tokens;
    this.jwt = jwt;
  }

  @Override
  public void handle(RoutingContext ctx) {
    List<String> headers = ctx.request().headers().getAll("Authorization");
    if (headers.isEmpty()) {
      ctx.next();
      return;
    }
    String token = headers.size() == 1 ? bearer(headers.get(0)) : null;
    if (token == null) {
      ctx.fail(AuthProblems.invalidToken());
      return;
    }
    Optional<Principal> known = tokens.find(token);
    if (known.isPresent()) {
      ctx.put(Principal.KEY, known.get());
      ctx.next();
      return;
    }
    if (jwt == null || !JwtVerifier.looksLikeJwt(token)) {
      ctx.fail(AuthProblems.invalidToken());
      return;
    }
    // Verification may fetch keys: hold the body back until the next handlers are in place.
    HttpServerRequest request = ctx.request();
    boolean ended = request.isEnded();
    if (!ended) {
      request.pause();
    }
    jwt.verify(token).onComplete(result -> {
      if (!ended) {
        request.resume();
      }
      if (result.succeeded()) {
        ctx.put(Principal.KEY, result.result());
        ctx.next();
      } else {
        ctx.fail(result.cause());
      }
    });
  }

  private static String bearer(String header) {
    if (header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return null;
    }
    String token = header.substring(SCHEME.length()).trim();
    return token.isEmpty() || token.chars().anyMatch(ch -> ch <= ' ') ? null : token;
  }
}
