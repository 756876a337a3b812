/**
 * HTTP plumbing shared by every route: RFC 9457 problem responses with stable codes, the one failure
 * handler, content negotiation and small response helpers.
 */
package io.quanta.runtime.http;
