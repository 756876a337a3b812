package io.quanta.runtime.auth;

import io.quanta.runtime.http.Problem;

/** The 401 and 403 answers of the quantum; none says more than which rule refused, never why a key failed. */
public final class AuthProblems {

  private AuthProblems() {
  }

  /** A token was sent but is malformed, unknown, expired, not yet valid or not signed by a trusted key. */
  public static Problem invalidToken() {
    return new Problem(401, "invalid-token", "Unauthenticated",
        "The bearer token is not valid: it is malformed, unknown, expired, or not signed by a key this quantum trusts.")
        .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
  }

  /** No token where one is needed. */
  public static Problem unauthenticated() {
    return Problem.unauthorized("This endpoint needs a bearer token: send 'Authorization: Bearer <token>'.");
  }

  /** Signed in, but not the quantum's owner. */
  public static Problem notOwner(String ownerRole) {
    return Problem.forbidden("forbidden", "This endpoint needs the quantum's owner role ('" + ownerRole + "').");
  }

  /** Signed in, but neither a contract role nor a grant gives read access to the object. */
  public static Problem noReadAccess(String object) {
    return Problem.forbidden("no-read-access", "You have no read access to '" + object
        + "': it needs a read role of the contract or a grant; ask for one with POST /control/access-requests.");
  }
}
