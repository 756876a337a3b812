/**
 * Who is calling and what they may do: bearer tokens (a token file, {@code QUANTA_TOKENS}, or JWTs signed
 * with an HS256 secret or keys from a JWKS URL) become a {@link io.quanta.runtime.auth.Principal}; the
 * {@link io.quanta.runtime.auth.Authenticator} runs before every route, {@link io.quanta.runtime.auth.AccessRules}
 * guard each endpoint family, and {@link io.quanta.runtime.auth.ContractReadAuthorizer} decides reads of the
 * output port from the contract's roles and the grants in {@code _quanta_grants}. No token or key is ever
 * logged or returned.
 */
package io.quanta.runtime.auth;
