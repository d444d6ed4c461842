package io.gloss.core.store;

import io.gloss.core.port.out.WorkLeases;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * {@link WorkLeases} on the {@code work_lease} table. Taking a lease is one statement: insert, or
 * take over a row whose lease ran out; PostgreSQL re-checks the takeover condition on the locked
 * row, so two instances racing for one key get exactly one lease.
 */
public final class JdbcWorkLeases implements WorkLeases {
  private final Database database;
  private final Clock clock;

  public JdbcWorkLeases(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean tryAcquire(String key, String owner, Duration lease) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(owner, "owner");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("'lease' must be positive");
    }
    long now = clock.millis();
    int changed =
        database.write(
            connection -> {
              try (PreparedStatement take =
                  connection.prepareStatement(
                      "INSERT INTO work_lease (lease_key, owner, lease_until) VALUES (?, ?, ?)"
                          + " ON CONFLICT (lease_key) DO UPDATE SET owner = excluded.owner,"
                          + " lease_until = excluded.lease_until"
                          + " WHERE work_lease.lease_until <= ?")) {
                take.setString(1, key);
                take.setString(2, owner);
                take.setLong(3, now + lease.toMillis());
                take.setLong(4, now);
                return take.executeUpdate();
              }
            });
    return changed == 1;
  }

  @Override
  public void release(String key, String owner) {
    database.write(
        connection -> {
          try (PreparedStatement release =
              connection.prepareStatement(
                  "DELETE FROM work_lease WHERE lease_key = ? AND owner = ?")) {
            release.setString(1, key);
            release.setString(2, owner);
            return release.executeUpdate();
          }
        });
  }
}
