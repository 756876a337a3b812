package io.quanta.contract.inherit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of merging one child onto its parent's effective contract: the origins of the result and
 * the illegal overrides found on the way.
 */
final class MergeContext {

  private final ContractRef child;
  private final ContractRef parent;
  private final Locator locator;
  private final OriginIndex parentOrigins;
  private final Map<String, Boolean> declared = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  MergeContext(ContractRef child, ContractRef parent, OriginIndex parentOrigins, Locator locator) {
    this.child = child;
    this.parent = parent;
    this.locator = locator;
    this.parentOrigins = parentOrigins;
  }

  /** Records that the child declares the element: an override when the parent had it, else an addition. */
  void declared(Place at, boolean parentHasIt) {
    declared.put(at.pointer(), parentHasIt);
  }

  /** The contract whose definition of the element the child inherits. */
  ContractRef inheritedFrom(Place at) {
    return parentOrigins == OriginIndex.EMPTY ? parent : parentOrigins.definer(at.pointer());
  }

  /**
   * Reports an override that loosens or retypes what the parent promised.
   *
   * @param field the field that changes, as a pointer below the element ({@code logicalTypeOptions/maxLength})
   */
  void illegal(String code, Place at, String field, JsonNode was, JsonNode now, String rule) {
    illegal(code, at, field, field.replace('/', '.'), was, now, rule);
  }

  /** As {@link #illegal(String, Place, String, JsonNode, JsonNode, String)}, naming the change in words. */
  void illegal(String code, Place at, String field, String what, JsonNode was, JsonNode now, String rule) {
    refuse(code, at.childPointer() + "/" + field, child + " changes " + what + " of " + at.label() + " from "
        + Nodes.show(was) + " to " + Nodes.show(now) + " (inherited from " + inheritedFrom(at) + "): " + rule);
  }

  /** Reports an illegal change that is not a change of one inherited value. */
  void refuse(String code, String childPointer, String message) {
    problems.add(locator.error(code, childPointer, message));
  }

  ContractRef child() {
    return child;
  }

  /** The child's origins over its parent's: merges keep inherited elements where they were. */
  OriginIndex origins() {
    return new OriginIndex(parentOrigins, child, declared);
  }

  List<Problem> problems() {
    return problems;
  }
}
