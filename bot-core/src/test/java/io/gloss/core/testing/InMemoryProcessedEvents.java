package io.gloss.core.testing;

import io.gloss.core.port.out.ProcessedEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@link ProcessedEvents} in memory with the JDBC store's lease semantics, shared by the adapter
 * tests through the bot-core test-jar.
 */
public final class InMemoryProcessedEvents implements ProcessedEvents {
  private record Row(String owner, long leaseUntil, long expiresAt, @Nullable Long answeredAt) {}

  private final Clock clock;
  private final Map<String, Row> rows = new HashMap<>();

  public InMemoryProcessedEvents(Clock clock) {
    this.clock = clock;
  }

  public InMemoryProcessedEvents() {
    this(Clock.systemUTC());
  }

  @Override
  public synchronized boolean claim(
      String eventKey, String owner, Duration lease, Duration retention) {
    long now = clock.millis();
    Row row = rows.get(eventKey);
    boolean free =
        row == null
            || row.expiresAt() <= now
            || (row.answeredAt() == null && row.leaseUntil() <= now);
    if (!free) {
      return false;
    }
    rows.put(
        eventKey,
        new Row(
            owner,
            now + lease.toMillis(),
            now + Math.max(lease.toMillis(), retention.toMillis()),
            null));
    return true;
  }

  @Override
  public synchronized void answered(String eventKey, String owner) {
    Row row = rows.get(eventKey);
    if (row != null && row.owner().equals(owner)) {
      rows.put(eventKey, new Row(owner, row.leaseUntil(), row.expiresAt(), clock.millis()));
    }
  }

  @Override
  public synchronized void release(String eventKey, String owner) {
    Row row = rows.get(eventKey);
    if (row != null && row.owner().equals(owner) && row.answeredAt() == null) {
      rows.put(eventKey, new Row(owner, clock.millis(), row.expiresAt(), null));
    }
  }

  /** Every key claimed so far. */
  public synchronized Set<String> claimed() {
    return Set.copyOf(rows.keySet());
  }

  /** Keys whose reply was posted. */
  public synchronized Set<String> answered() {
    Set<String> answered = new java.util.TreeSet<>();
    rows.forEach(
        (key, row) -> {
          if (row.answeredAt() != null) {
            answered.add(key);
          }
        });
    return answered;
  }
}
