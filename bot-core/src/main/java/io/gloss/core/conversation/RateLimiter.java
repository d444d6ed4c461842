package io.gloss.core.conversation;

import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.port.in.RateLimitUseCase;
import io.gloss.core.port.out.RateWindows;
import io.gloss.core.port.out.Telemetry;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-user, per-channel and per-workspace request limits over fixed one-minute windows, the same on
 * every platform. A window opens with the key's first request; a refused request takes nothing from
 * any budget (so a flood from one user does not also spend the channel's). In memory and per
 * instance: a polite brake against floods, not an accounting system.
 */
public final class RateLimiter implements RateLimitUseCase {
  static final long WINDOW_MILLIS = 60_000;
  private static final int MAX_KEYS = 50_000;

  /**
   * Requests per minute.
   *
   * @param perUser one user in one workspace
   * @param perChannel one channel
   * @param perWorkspace one workspace (Slack team, Discord guild) altogether
   */
  public record Limits(int perUser, int perChannel, int perWorkspace) {
    /** A workspace's budget when none is configured: ten busy channels. */
    public static Limits of(int perUser, int perChannel) {
      return new Limits(perUser, perChannel, Math.max(perChannel, perChannel * 10));
    }

    public Limits {
      if (perUser < 1 || perChannel < 1 || perWorkspace < 1) {
        throw new IllegalArgumentException("rate limits must be at least 1 per minute");
      }
    }
  }

  private record Window(long start, int count) {}

  private final Limits limits;
  private final Clock clock;
  private final Telemetry telemetry;
  private final Map<String, Window> windows = new HashMap<>();

  public RateLimiter(Limits limits, Clock clock, Telemetry telemetry) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
  }

  @Override
  public boolean tryAcquire(RequestOrigin origin) {
    List<RateWindows.Budget> budgets = budgets(origin, limits);
    long now = clock.millis();
    synchronized (windows) {
      if (windows.size() > MAX_KEYS) {
        windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
      }
      for (RateWindows.Budget budget : budgets) {
        Window window = windows.get(budget.key());
        if (window != null
            && now - window.start() < WINDOW_MILLIS
            && window.count() >= budget.limit()) {
          telemetry.rateLimited(origin.platform());
          return false;
        }
      }
      for (RateWindows.Budget budget : budgets) {
        String key = budget.key();
        Window window = windows.get(key);
        windows.put(
            key,
            window == null || now - window.start() >= WINDOW_MILLIS
                ? new Window(now, 1)
                : new Window(window.start(), window.count() + 1));
      }
      return true;
    }
  }

  /**
   * The budgets one request takes from: its user, channel and workspace. Shared with {@link
   * SharedRateLimiter}, so that both count the same keys.
   */
  static List<RateWindows.Budget> budgets(RequestOrigin origin, Limits limits) {
    String workspace = origin.platform() + ":" + origin.workspace();
    return List.of(
        new RateWindows.Budget(bounded("u:" + workspace + ":" + origin.user()), limits.perUser()),
        new RateWindows.Budget(
            bounded("c:" + workspace + ":" + origin.channel()), limits.perChannel()),
        new RateWindows.Budget(bounded("w:" + workspace), limits.perWorkspace()));
  }

  /** Platform ids are short; a longer key (never seen) is cut rather than refused. */
  private static String bounded(String key) {
    return key.length() <= RateWindows.MAX_KEY_LENGTH
        ? key
        : key.substring(0, RateWindows.MAX_KEY_LENGTH);
  }
}
