package io.gloss.core.store;

import io.gloss.core.domain.LlmUsage;
import io.gloss.core.port.out.LlmUsageStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@link LlmUsageStore} on the {@code llm_usage} table: the add is one upsert that increments in
 * the database, followed by a read in the same transaction, so concurrent adds from several
 * instances are never lost.
 */
public final class JdbcLlmUsageStore implements LlmUsageStore {
  private final Database database;

  public JdbcLlmUsageStore(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  @Override
  public LlmUsage add(String workspace, LocalDate day, int calls, long tokens) {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(day, "day");
    return database.write(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO llm_usage (workspace, usage_day, calls, tokens) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (workspace, usage_day) DO UPDATE SET"
                      + " calls = llm_usage.calls + excluded.calls,"
                      + " tokens = llm_usage.tokens + excluded.tokens")) {
            upsert.setString(1, workspace);
            upsert.setString(2, day.toString());
            upsert.setInt(3, calls);
            upsert.setLong(4, tokens);
            upsert.executeUpdate();
          }
          return select(connection, workspace, day);
        });
  }

  @Override
  public LlmUsage get(String workspace, LocalDate day) {
    return database.read(connection -> select(connection, workspace, day));
  }

  private static LlmUsage select(Connection connection, String workspace, LocalDate day)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT calls, tokens FROM llm_usage WHERE workspace = ? AND usage_day = ?")) {
      select.setString(1, workspace);
      select.setString(2, day.toString());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? new LlmUsage(row.getInt(1), row.getLong(2)) : LlmUsage.NONE;
      }
    }
  }
}
