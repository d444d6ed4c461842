package io.gloss.core.store;

import io.gloss.core.port.out.IdentifyTurns;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Objects;

/**
 * {@link IdentifyTurns} on the {@code identify_turn} table: one row per bucket saying when its next
 * turn may start. Taking a turn is one statement (insert, or move a row whose time has come); on
 * PostgreSQL the update re-checks that condition on the locked row, and SQLite's immediate
 * transactions run one writer at a time across processes, so two instances racing for one bucket
 * get one turn.
 *
 * <p>Times are the database's clock, not the instance's: on PostgreSQL instances on several
 * machines compare against one clock (a skew between theirs would shorten the interval); the
 * processes sharing a SQLite file share the machine's clock anyway.
 */
public final class JdbcIdentifyTurns implements IdentifyTurns {
  private final Database database;
  private final String now;

  public JdbcIdentifyTurns(Database database) {
    this.database = Objects.requireNonNull(database, "database");
    // Milliseconds since the epoch, read at each evaluation: clock_timestamp() moves on during a
    // transaction (now() would stay at its start, before any wait for the row lock).
    this.now =
        database.dialect() == Database.Dialect.POSTGRESQL
            ? "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)"
            : "CAST(unixepoch('subsec') * 1000 AS INTEGER)";
  }

  @Override
  public Attempt tryTake(String key, String holder, Duration hold) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(holder, "holder");
    long holdMillis = positiveMillis(hold, "hold");
    return database.write(
        connection -> {
          try (PreparedStatement take =
              connection.prepareStatement(
                  "INSERT INTO identify_turn (turn_key, holder, next_allowed) VALUES (?, ?, "
                      + now
                      + " + ?) ON CONFLICT (turn_key) DO UPDATE"
                      + " SET holder = excluded.holder, next_allowed = excluded.next_allowed"
                      + " WHERE identify_turn.next_allowed <= "
                      + now)) {
            take.setString(1, key);
            take.setString(2, holder);
            take.setLong(3, holdMillis);
            if (take.executeUpdate() == 1) {
              return Attempt.TAKEN;
            }
          }
          try (PreparedStatement left =
              connection.prepareStatement(
                  "SELECT next_allowed - " + now + " FROM identify_turn WHERE turn_key = ?")) {
            left.setString(1, key);
            try (ResultSet row = left.executeQuery()) {
              long millis = row.next() ? row.getLong(1) : 0;
              return Attempt.busyFor(Duration.ofMillis(Math.max(0, millis)));
            }
          }
        });
  }

  @Override
  public void finish(String key, String holder, Duration interval) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(holder, "holder");
    long intervalMillis = positiveMillis(interval, "interval");
    database.write(
        connection -> {
          try (PreparedStatement finish =
              connection.prepareStatement(
                  "UPDATE identify_turn SET next_allowed = "
                      + now
                      + " + ? WHERE turn_key = ? AND holder = ?")) {
            finish.setLong(1, intervalMillis);
            finish.setString(2, key);
            finish.setString(3, holder);
            return finish.executeUpdate();
          }
        });
  }

  private static long positiveMillis(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("'" + name + "' must be positive, was " + duration);
    }
    return duration.toMillis();
  }
}
