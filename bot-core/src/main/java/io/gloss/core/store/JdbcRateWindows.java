package io.gloss.core.store;

import io.gloss.core.port.out.RateWindows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link RateWindows} on the {@code rate_window} table. One statement counts every budget: it
 * inserts or increments each row (restarting windows that ended) and returns the new counts; when
 * any count is over its limit the transaction is rolled back, so a refused request takes nothing.
 * The rows stay locked until commit or rollback, so concurrent requests of all instances are
 * counted one after the other. Rows are locked in key order: two requests sharing a channel and a
 * workspace never wait for each other in a cycle.
 */
public final class JdbcRateWindows implements RateWindows {
  private final Database database;
  private final Clock clock;

  public JdbcRateWindows(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean tryTake(List<Budget> budgets, Duration window) {
    if (budgets.isEmpty()) {
      return true;
    }
    List<Budget> ordered =
        budgets.stream().sorted(Comparator.comparing(Budget::key)).distinct().toList();
    long now = clock.millis();
    long ended = now - window.toMillis();
    return database.write(
        connection -> {
          Map<String, Integer> counts = new HashMap<>();
          try (PreparedStatement take = connection.prepareStatement(sql(ordered.size()))) {
            int index = 1;
            for (Budget budget : ordered) {
              take.setString(index++, budget.key());
              take.setLong(index++, now);
            }
            take.setLong(index++, ended);
            take.setLong(index, ended);
            try (ResultSet rows = take.executeQuery()) {
              while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
              }
            }
          }
          for (Budget budget : ordered) {
            Integer count = counts.get(budget.key());
            if (count == null || count > budget.limit()) {
              connection.rollback();
              return false;
            }
          }
          return true;
        });
  }

  private static String sql(int rows) {
    StringBuilder sql =
        new StringBuilder("INSERT INTO rate_window (window_key, window_start, hits) VALUES ");
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "(?, ?, 1)" : ", (?, ?, 1)");
    }
    return sql.append(" ON CONFLICT (window_key) DO UPDATE SET")
        .append(" window_start = CASE WHEN rate_window.window_start <= ?")
        .append(" THEN excluded.window_start ELSE rate_window.window_start END,")
        .append(" hits = CASE WHEN rate_window.window_start <= ?")
        .append(" THEN 1 ELSE rate_window.hits + 1 END")
        .append(" RETURNING window_key, hits")
        .toString();
  }
}
