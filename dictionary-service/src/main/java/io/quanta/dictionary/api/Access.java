package io.quanta.dictionary.api;

import io.quanta.dictionary.config.DictionaryConfig;
import io.quanta.runtime.auth.AuthProblems;
import io.quanta.runtime.auth.Authenticator;
import io.quanta.runtime.auth.JwtVerifier;
import io.quanta.runtime.auth.Principal;
import io.quanta.runtime.auth.TokenStore;
import io.quanta.runtime.config.QuantumConfig;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Who may call the dictionary, with the runtime's own token and JWT scheme (tokens file, {@code QUANTA_TOKENS},
 * HS256 secret, JWKS): the {@link Authenticator} reads the bearer token of every request; writes need a
 * signed-in caller; reads too when {@code access.openRead} is false.
 */
public final class Access {

  private final Authenticator authenticator;
  private final boolean openRead;

  private Access(Authenticator authenticator, boolean openRead) {
    this.authenticator = authenticator;
    this.openRead = openRead;
  }

  /** Loads the tokens and JWT settings; blocking (reads the tokens file). */
  public static Access load(Vertx vertx, DictionaryConfig.AccessConfig config) {
    QuantumConfig.AccessConfig shared = new QuantumConfig.AccessConfig(config.tokensFile(), config.inlineTokens(),
        config.jwt(), "owner", true, true, List.of());
    return new Access(new Authenticator(TokenStore.load(shared), JwtVerifier.create(vertx, config.jwt())),
        config.openRead());
  }

  /** Reads the caller of every request; mount first. */
  public void mount(Router router) {
    router.route().handler(authenticator);
  }

  /** A handler that lets signed-in callers through. */
  public void signedIn(RoutingContext ctx) {
    if (Principal.of(ctx).isEmpty()) {
      ctx.fail(AuthProblems.unauthenticated());
      return;
    }
    ctx.next();
  }

  /** A handler for read endpoints: open, or signed-in when reads are closed. */
  public void reader(RoutingContext ctx) {
    if (openRead) {
      ctx.next();
    } else {
      signedIn(ctx);
    }
  }

  /** The name of the signed-in caller, or null. */
  public static String caller(RoutingContext ctx) {
    return Principal.of(ctx).map(Principal::name).orElse(null);
  }
}
