package io.quanta.runtime.quality;

/**
 * One quality rule of the contract as Quanta runs it.
 *
 * @param id stable id: the rule's {@code id}, else its {@code name}, else {@code object[.property].metric}
 * @param object the contract object the rule belongs to
 * @param property the property (column) for property-level rules, else null
 * @param type {@code library}, {@code sql}, {@code custom} or {@code text}
 * @param metric the library metric, null for other types
 * @param threshold the operators, null when they could not be read
 * @param unit {@code rows} or {@code percent} for library rules; as written for sql rules
 * @param severity as written, lower case; {@code error} when unset
 */
public record PlannedRule(String id, String object, String property, String type, String metric,
    Threshold threshold, String unit, String severity) {
}
