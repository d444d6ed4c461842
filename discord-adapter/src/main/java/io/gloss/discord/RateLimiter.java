package io.gloss.discord;

import io.gloss.core.port.out.Telemetry;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Gloss's own per-user and per-channel limits (JDA already honours Discord's): at most N summaries
 * per key in a fixed one-minute window. In memory, per instance; stale windows are dropped as new
 * ones open.
 */
final class RateLimiter {

  private static final long WINDOW_MILLIS = 60_000;

  private final Clock clock;
  private final int perUser;
  private final int perChannel;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

  private final Telemetry telemetry;

  RateLimiter(Clock clock, int perUser, int perChannel) {
    this(clock, perUser, perChannel, Telemetry.NONE);
  }

  RateLimiter(Clock clock, int perUser, int perChannel, Telemetry telemetry) {
    this.clock = clock;
    this.perUser = perUser;
    this.perChannel = perChannel;
    this.telemetry = telemetry;
  }

  /** Takes one unit from both the user's and the channel's budget; false when either is spent. */
  boolean tryAcquire(String userId, String channelId) {
    long now = clock.millis();
    long windowStart = now - now % WINDOW_MILLIS;
    if (windows.size() > 10_000) {
      windows.values().removeIf(w -> w.start < windowStart);
    }
    Window user = windows.compute("u:" + userId, (k, w) -> current(w, windowStart));
    Window channel = windows.compute("c:" + channelId, (k, w) -> current(w, windowStart));
    synchronized (this) {
      if (user.used >= perUser || channel.used >= perChannel) {
        telemetry.rateLimited("discord");
        return false;
      }
      user.used++;
      channel.used++;
      return true;
    }
  }

  private static Window current(Window window, long windowStart) {
    return window == null || window.start != windowStart ? new Window(windowStart) : window;
  }

  private static final class Window {
    final long start;
    int used;

    Window(long start) {
      this.start = start;
    }
  }
}
