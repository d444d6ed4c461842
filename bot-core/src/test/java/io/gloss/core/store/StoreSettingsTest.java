package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSettingsTest {
  @TempDir Path dataDir;

  @Test
  void toString_neverShowsThePassword() {
    StoreSettings settings =
        StoreSettings.postgres(
            "jdbc:postgresql://db:5432/gloss?password=url-secret", "gloss", "s3cr3t-pw");

    assertThat(settings.toString())
        .doesNotContain("s3cr3t-pw")
        .doesNotContain("url-secret")
        .contains("password=***");
  }

  @Test
  void emptyUrl_meansSqliteInTheDataDir() {
    StoreSettings settings = StoreSettings.sqlite(dataDir);

    assertThat(settings.isSqlite()).isTrue();
    assertThat(settings.effectiveJdbcUrl())
        .isEqualTo("jdbc:sqlite:" + dataDir.resolve("gloss.db").toAbsolutePath().normalize());
    assertThat(StoreSettings.defaults().dataDir()).isEqualTo(Path.of("./data"));
  }

  @Test
  void otherDatabases_areRefused() {
    assertThatThrownBy(() -> StoreSettings.postgres("jdbc:mysql://db/gloss", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void open_sqlite_createsTheFileInWalMode() throws Exception {
    try (Database database = Database.open(StoreSettings.sqlite(dataDir.resolve("nested")))) {
      String mode =
          database.read(
              connection -> {
                try (var result =
                    connection.createStatement().executeQuery("PRAGMA journal_mode")) {
                  result.next();
                  return result.getString(1);
                }
              });
      assertThat(mode).isEqualToIgnoringCase("wal");
      assertThat(database.dialect()).isEqualTo(Database.Dialect.SQLITE);
      assertThat(database.toString()).contains("SQLITE");
    }
    assertThat(dataDir.resolve("nested/gloss.db")).exists();
  }
}
