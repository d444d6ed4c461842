package io.gloss.slack;

import io.gloss.core.port.out.Telemetry;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Per-user and per-channel request limits over fixed one-minute windows. In memory and per
 * instance: a polite brake against floods, not an accounting system.
 */
final class RateLimiter {
  private static final long WINDOW_MILLIS = 60_000;
  private static final int MAX_KEYS = 50_000;

  private final int perUser;
  private final int perChannel;
  private final Clock clock;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

  private record Window(long start, int count) {}

  private final Telemetry telemetry;

  RateLimiter(int perUser, int perChannel, Clock clock) {
    this(perUser, perChannel, clock, Telemetry.NONE);
  }

  RateLimiter(int perUser, int perChannel, Clock clock, Telemetry telemetry) {
    this.perUser = perUser;
    this.perChannel = perChannel;
    this.clock = clock;
    this.telemetry = telemetry;
  }

  /** Counts one request; false when the user or the channel is over its limit this minute. */
  boolean tryAcquire(String workspace, String user, String channel) {
    long now = clock.millis();
    if (windows.size() > MAX_KEYS) {
      windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
    }
    boolean userOk = take("u:" + workspace + ":" + user, perUser, now);
    boolean channelOk = take("c:" + workspace + ":" + channel, perChannel, now);
    if (!(userOk && channelOk)) {
      telemetry.rateLimited("slack");
    }
    return userOk && channelOk;
  }

  private boolean take(String key, int limit, long now) {
    Window window =
        windows.compute(
            key,
            (k, w) ->
                w == null || now - w.start() >= WINDOW_MILLIS
                    ? new Window(now, 1)
                    : new Window(w.start(), w.count() + 1));
    return window.count() <= limit;
  }
}
