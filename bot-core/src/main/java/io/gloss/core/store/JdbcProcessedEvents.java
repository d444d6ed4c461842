package io.gloss.core.store;

import io.gloss.core.port.out.ProcessedEvents;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/**
 * {@link ProcessedEvents} on the {@code processed_event} table. A claim is one atomic statement:
 * insert, or take over a row that is expired, or unanswered with its lease run out. PostgreSQL
 * re-checks the takeover condition on the locked row and SQLite serializes writers, so two claimers
 * racing for one event get exactly one true.
 */
public final class JdbcProcessedEvents implements ProcessedEvents {
  /** Longest key kept as is; longer keys are unusual and are replaced by their hash. */
  private static final int MAX_KEY_LENGTH = 500;

  private final Database database;
  private final Clock clock;

  public JdbcProcessedEvents(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean claim(String eventKey, String owner, Duration lease, Duration retention) {
    Objects.requireNonNull(eventKey, "eventKey");
    Objects.requireNonNull(owner, "owner");
    positive(lease, "lease");
    positive(retention, "retention");
    String key = boundedKey(eventKey);
    long now = clock.millis();
    int changed =
        database.write(
            connection -> {
              try (PreparedStatement claim =
                  connection.prepareStatement(
                      "INSERT INTO processed_event"
                          + " (event_key, claimed_at, expires_at, owner, lease_until, answered_at)"
                          + " VALUES (?, ?, ?, ?, ?, NULL)"
                          + " ON CONFLICT (event_key) DO UPDATE SET"
                          + " claimed_at = excluded.claimed_at, expires_at = excluded.expires_at,"
                          + " owner = excluded.owner, lease_until = excluded.lease_until,"
                          + " answered_at = NULL"
                          + " WHERE processed_event.expires_at <= ?"
                          + " OR (processed_event.answered_at IS NULL"
                          + " AND processed_event.lease_until <= ?)")) {
                claim.setString(1, key);
                claim.setLong(2, now);
                claim.setLong(3, now + Math.max(retention.toMillis(), lease.toMillis()));
                claim.setString(4, owner);
                claim.setLong(5, now + lease.toMillis());
                claim.setLong(6, now);
                claim.setLong(7, now);
                return claim.executeUpdate();
              }
            });
    return changed == 1;
  }

  @Override
  public void answered(String eventKey, String owner) {
    update(
        "UPDATE processed_event SET answered_at = ? WHERE event_key = ? AND owner = ?",
        eventKey,
        owner);
  }

  @Override
  public void release(String eventKey, String owner) {
    update(
        "UPDATE processed_event SET lease_until = ? WHERE event_key = ? AND owner = ?"
            + " AND answered_at IS NULL",
        eventKey,
        owner);
  }

  private void update(String sql, String eventKey, String owner) {
    String key = boundedKey(eventKey);
    long now = clock.millis();
    database.write(
        connection -> {
          try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, now);
            update.setString(2, key);
            update.setString(3, owner);
            return update.executeUpdate();
          }
        });
  }

  private static void positive(Duration duration, String name) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("'" + name + "' must be positive");
    }
  }

  private static String boundedKey(String eventKey) {
    if (eventKey.length() <= MAX_KEY_LENGTH) {
      return eventKey;
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return "sha256:"
          + HexFormat.of().formatHex(sha.digest(eventKey.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
