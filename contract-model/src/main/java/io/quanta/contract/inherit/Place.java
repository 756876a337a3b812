package io.quanta.contract.inherit;

/**
 * An element being merged, named three ways: its JSON Pointer in the effective contract (where origins
 * are kept), its pointer in the child's own document (where a finding points) and a name for messages.
 */
record Place(String pointer, String childPointer, String label) {

  static final Place ROOT = new Place("", "", "the contract");

  /** The element at {@code index} of a list field; {@code childIndex} is its index in the child's document. */
  Place element(String list, int index, int childIndex, String name) {
    return new Place(pointer + "/" + list + "/" + index, childPointer + "/" + list + "/" + childIndex, name);
  }

  /** A single nested element such as an array property's {@code items}. */
  Place nested(String field, String name) {
    return new Place(pointer + "/" + field, childPointer + "/" + field, name);
  }
}
