package io.quanta.cli.mesh;

/** One process of a running mesh, as the state file records it. */
record MeshMember(String name, String kind, String domain, String url, long pid, String log) {

  static final String DICTIONARY = "dictionary";
  static final String QUANTUM = "quantum";
  static final String PROCESS = "process";

  /** Quanta and the dictionary answer HTTP; helper processes do not. */
  boolean servesHttp() {
    return !PROCESS.equals(kind);
  }
}
