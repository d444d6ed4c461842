package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check that lets a start skip Flyway: current only when exactly every migration applied. */
class SchemaVersionTest {
  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

  @TempDir Path dir;

  @Test
  void latest_isTheHighestMigrationShipped() throws IOException, URISyntaxException {
    Path migrations = Path.of(Database.class.getResource("/db/migration").toURI());
    int highest;
    try (Stream<Path> files = Files.list(migrations)) {
      highest =
          files
              .map(file -> VERSIONED.matcher(file.getFileName().toString()))
              .filter(Matcher::matches)
              .mapToInt(match -> Integer.parseInt(match.group(1)))
              .max()
              .orElseThrow();
    }
    assertThat(SchemaVersion.LATEST).isEqualTo(highest);
  }

  @Test
  void freshStore_isNotCurrent_andIsAfterOpening() throws SQLException {
    StoreSettings settings = StoreSettings.sqlite(dir);
    try (Connection empty = connect(settings)) {
      assertThat(SchemaVersion.isCurrent(empty)).isFalse();
    }
    Database.open(settings).close();
    try (Connection migrated = connect(settings)) {
      assertThat(SchemaVersion.isCurrent(migrated)).isTrue();
    }
  }

  @Test
  void storeOneMigrationBehind_isMigratedWhenOpened() throws SQLException {
    StoreSettings settings = StoreSettings.sqlite(dir);
    flyway(settings).target(Integer.toString(SchemaVersion.LATEST - 1)).load().migrate();
    try (Connection behind = connect(settings)) {
      assertThat(SchemaVersion.isCurrent(behind)).isFalse();
    }

    Database.open(settings).close();

    try (Connection migrated = connect(settings)) {
      assertThat(SchemaVersion.isCurrent(migrated)).isTrue();
    }
  }

  @Test
  void failedOrNewerMigrations_areNotCurrent() throws SQLException {
    StoreSettings settings = StoreSettings.sqlite(dir);
    Database.open(settings).close();
    try (Connection connection = connect(settings);
        Statement sql = connection.createStatement()) {
      sql.execute(
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
              + " installed_by, execution_time, success) VALUES (100, '"
              + (SchemaVersion.LATEST + 1)
              + "', 'from a newer build', 'SQL', 'V9__x.sql', 'gloss', 1, 1)");
      assertThat(SchemaVersion.isCurrent(connection)).isFalse();

      sql.execute("UPDATE flyway_schema_history SET success = 0 WHERE installed_rank = 100");
      assertThat(SchemaVersion.isCurrent(connection)).isFalse();

      sql.execute("DELETE FROM flyway_schema_history WHERE installed_rank = 100");
      assertThat(SchemaVersion.isCurrent(connection)).isTrue();
    }
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
      StoreSettings settings) {
    return Flyway.configure()
        .dataSource(settings.effectiveJdbcUrl(), settings.user(), settings.password())
        .locations("classpath:db/migration");
  }

  private static Connection connect(StoreSettings settings) throws SQLException {
    return DriverManager.getConnection(settings.effectiveJdbcUrl());
  }
}
