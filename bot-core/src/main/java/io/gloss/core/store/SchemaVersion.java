package io.gloss.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a store already has every migration this build ships, read from Flyway's history table
 * with one query. Loading and running Flyway costs a one-shot command about a fifth of its start-up
 * (hundreds of classes, a classpath scan, a validation pass), although the schema is current on
 * every start but the first after an upgrade; when this says current, Flyway is not loaded.
 */
final class SchemaVersion {
  /**
   * The newest migration under {@code db/migration}; a test keeps it equal to the highest {@code
   * V<n>__} file, so adding a migration without raising it fails the build.
   */
  static final int LATEST = 9;

  private static final String HISTORY =
      "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL";

  private SchemaVersion() {}

  /**
   * True when versions 1 to {@link #LATEST} were all applied successfully and nothing else was (no
   * failed migration, no newer version from a later build). Any doubt, including a missing history
   * table, says false and leaves the decision to Flyway.
   */
  static boolean isCurrent(Connection connection) {
    Set<String> applied = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(HISTORY)) {
      while (rows.next()) {
        if (!rows.getBoolean("success")) {
          return false;
        }
        applied.add(rows.getString("version"));
      }
    } catch (SQLException noHistoryYet) {
      return false;
    }
    Set<String> expected = new HashSet<>();
    for (int version = 1; version <= LATEST; version++) {
      expected.add(Integer.toString(version));
    }
    return applied.equals(expected);
  }
}
