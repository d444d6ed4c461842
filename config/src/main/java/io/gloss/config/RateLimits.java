package io.gloss.config;

import io.gloss.core.conversation.RateLimiter;
import io.gloss.core.conversation.SharedRateLimiter;
import io.gloss.core.port.in.RateLimitUseCase;
import io.gloss.core.port.out.RateWindows;
import io.gloss.core.port.out.Telemetry;
import io.gloss.core.store.BoundedStore;
import io.gloss.core.store.Database;
import io.gloss.core.store.JdbcRateWindows;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Builds the platforms' rate limiters: shared by every instance when the store is PostgreSQL, in
 * memory with SQLite (one process). The shared check runs before the ack, so each call gets {@code
 * timeout} (a few milliseconds) and then this instance decides alone; after a failure the store is
 * left alone for a second.
 */
final class RateLimits implements AutoCloseable {
  private static final Duration PAUSE = Duration.ofSeconds(1);

  private final Database database;
  private final Clock clock;
  private final BoundedStore bounded;

  RateLimits(Database database, Duration timeout, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    // A 1 s pause: while the store is down, at most one check a second waits for the timeout.
    this.bounded = new BoundedStore("rate-limits", timeout, PAUSE);
  }

  /** A limiter with these limits, for one platform. */
  RateLimitUseCase limiter(RateLimiter.Limits limits, Telemetry telemetry) {
    RateLimiter local = new RateLimiter(limits, clock, telemetry);
    if (database.dialect() != Database.Dialect.POSTGRESQL) {
      return local;
    }
    RateWindows shared = bounded.wrap(RateWindows.class, new JdbcRateWindows(database, clock));
    return new SharedRateLimiter(shared, limits, local, telemetry);
  }

  @Override
  public void close() {
    bounded.close();
  }
}
