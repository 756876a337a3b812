/**
 * HTTP plumbing of the dictionary: strict query parameters, access guards, the JSON index of the API, the
 * OpenAPI document and the service's own health, readiness and metrics.
 */
package io.quanta.dictionary.api;
