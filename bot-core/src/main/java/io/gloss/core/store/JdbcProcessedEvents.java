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
 * {@link ProcessedEvents} on the {@code processed_event} table. A claim is one atomic statement
 * (insert, or take over an expired claim), so the key is stored before any work starts and two
 * instances racing for one event get exactly one true.
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
  public boolean claim(String eventKey, Duration ttl) {
    Objects.requireNonNull(eventKey, "eventKey");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("'ttl' must be positive");
    }
    String key = boundedKey(eventKey);
    long now = clock.millis();
    long expires = now + ttl.toMillis();
    int changed =
        database.write(
            connection -> {
              try (PreparedStatement claim =
                  connection.prepareStatement(
                      "INSERT INTO processed_event (event_key, claimed_at, expires_at)"
                          + " VALUES (?, ?, ?)"
                          + " ON CONFLICT (event_key) DO UPDATE SET"
                          + " claimed_at = excluded.claimed_at, expires_at = excluded.expires_at"
                          + " WHERE processed_event.expires_at <= ?")) {
                claim.setString(1, key);
                claim.setLong(2, now);
                claim.setLong(3, expires);
                claim.setLong(4, now);
                return claim.executeUpdate();
              }
            });
    return changed == 1;
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
