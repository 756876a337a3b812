/**
 * Discovery: what the quantum promises and where it comes from — the ODCS contract (as written and
 * effective), the ODPS descriptor, lineage, and the OpenAPI document of the uniform API.
 */
package io.quanta.runtime.discovery;
