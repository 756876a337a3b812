package io.quanta.dictionary.testing;

import io.quanta.runtime.testing.TestQuantum;
import java.nio.file.Path;
import java.util.Map;

/**
 * Real quanta (the runtime's {@link TestQuantum}, against the test MariaDB) that announce themselves to a
 * test dictionary every two seconds, with every read allowed.
 */
public final class TestMesh {

  private TestMesh() {
  }

  /** Starts a quantum with this contract; {@code extraYaml} adds quantum.yaml keys (lineage, objects…). */
  public static TestQuantum quantum(TestDictionary dictionary, Path dir, String id, String contract, String extraYaml,
      boolean fresh) {
    String yaml = "id: " + id + "\ndictionary:\n  heartbeatSeconds: 2\n" + (extraYaml == null ? "" : extraYaml);
    return TestQuantum.start(dir.resolve(id), contract, yaml, Map.of(
        "QUANTA_TOKENS", TestQuantum.OWNER_TOKEN + "=test-owner:owner",
        "QUANTA_DICTIONARY_URL", dictionary.url(),
        "QUANTA_DICTIONARY_TOKEN", TestDictionary.TOKEN), TestQuantum.ALLOW_EVERY_READ, fresh);
  }

  public static TestQuantum quantum(TestDictionary dictionary, Path dir, String id, String contract) {
    return quantum(dictionary, dir, id, contract, null, true);
  }
}
