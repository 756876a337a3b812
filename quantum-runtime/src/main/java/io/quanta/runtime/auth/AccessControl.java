package io.quanta.runtime.auth;

import io.quanta.runtime.Quantum;
import io.quanta.runtime.config.QuantumConfig;
import io.quanta.runtime.data.ReadAuthorizer;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * The access settings of a quantum, loaded once at start: the static tokens, the JWT verifier and the rules.
 * {@link #mount} puts the {@link Authenticator} and the guards in front of every route.
 */
public final class AccessControl {

  private final TokenStore tokens;
  private final JwtVerifier jwt;
  private final AccessRules rules;

  private AccessControl(TokenStore tokens, JwtVerifier jwt, AccessRules rules) {
    this.tokens = tokens;
    this.jwt = jwt;
    this.rules = rules;
  }

  /** Reads the token file (blocking) and checks the JWT settings; a wrong setting is a {@code ConfigException}. */
  public static AccessControl load(Vertx vertx, QuantumConfig config, String contractDomain) {
    return new AccessControl(TokenStore.load(config.access()), JwtVerifier.create(vertx, config.access().jwt()),
        new AccessRules(config.access(), contractDomain));
  }

  /** Mount first on the router: authentication, then the guards of each endpoint family. */
  public void mount(Router router) {
    router.route().handler(new Authenticator(tokens, jwt));
    rules.mount(router);
  }

  /** The read authorizer of the output port: contract roles and grants. */
  public ReadAuthorizer readAuthorizer(Quantum quantum) {
    return new ContractReadAuthorizer(rules, quantum.contract(), new Grants(quantum.storage()));
  }
}
