package io.gloss.core.conversation;

import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.port.in.RateLimitUseCase;
import io.gloss.core.port.out.RateWindows;
import io.gloss.core.port.out.Telemetry;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The limits of {@link RateLimiter} (same keys, same one-minute windows opened by a key's first
 * request, a refused request takes nothing) counted in {@link RateWindows} that every instance
 * shares, so a fleet allows the configured limits and not N times them.
 *
 * <p>The check runs before a platform's ack, so the wiring bounds the store calls to a few
 * milliseconds. When the store fails or is slow this instance answers from its own in-memory
 * limiter instead of refusing or waiting: during an outage each instance allows the full limits (as
 * before the limits were shared), which is a brake still, and nobody waits for a dead database.
 */
public final class SharedRateLimiter implements RateLimitUseCase {
  private static final Logger log = LoggerFactory.getLogger(SharedRateLimiter.class);
  private static final Duration WINDOW = Duration.ofMillis(RateLimiter.WINDOW_MILLIS);

  private final RateWindows windows;
  private final RateLimiter.Limits limits;
  private final RateLimitUseCase local;
  private final Telemetry telemetry;
  private final AtomicBoolean degraded = new AtomicBoolean();
  private final LongAdder localAnswers = new LongAdder();

  /**
   * @param windows the shared counters, bounded by the caller to a few milliseconds per call
   * @param limits the limits per window
   * @param local answers when the shared counters fail (normally a {@link RateLimiter} with the
   *     same limits)
   * @param telemetry counts refusals
   */
  public SharedRateLimiter(
      RateWindows windows, RateLimiter.Limits limits, RateLimitUseCase local, Telemetry telemetry) {
    this.windows = Objects.requireNonNull(windows, "windows");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.local = Objects.requireNonNull(local, "local");
    this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
  }

  @Override
  public boolean tryAcquire(RequestOrigin origin) {
    boolean allowed;
    try {
      allowed = windows.tryTake(RateLimiter.budgets(origin, limits), WINDOW);
    } catch (RuntimeException e) {
      // Any failure of the shared counters (timeout, outage, a broken row): a limit is not worth
      // a missed ack, so this instance decides alone until the store answers again.
      localAnswers.increment();
      if (degraded.compareAndSet(false, true)) {
        log.warn("Shared rate limits unavailable ({}); limiting per instance", e.toString());
      }
      return local.tryAcquire(origin);
    }
    if (degraded.compareAndSet(true, false)) {
      log.info("Shared rate limits answer again");
    }
    if (!allowed) {
      telemetry.rateLimited(origin.platform());
    }
    return allowed;
  }

  /** How many requests the local limiter decided because the shared counters failed. */
  public long localAnswers() {
    return localAnswers.sum();
  }
}
