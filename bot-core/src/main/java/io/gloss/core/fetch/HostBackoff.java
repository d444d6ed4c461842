package io.gloss.core.fetch;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Remembers hosts that keep failing (timeouts, network errors, 5xx) or asked us to slow down (429),
 * and refuses new fetches to them for a while, so a struggling site is not hammered by every user
 * who pastes one of its links. The back-off doubles per consecutive failure up to a maximum.
 */
final class HostBackoff {

  private static final Set<FailureReason> COUNTED =
      EnumSet.of(
          FailureReason.FETCH_TIMEOUT,
          FailureReason.NETWORK_ERROR,
          FailureReason.SERVER_ERROR,
          FailureReason.RATE_LIMITED);

  private record State(int failures, long blockedUntilNanos, FailureReason reason, String detail) {}

  private final Cache<String, State> states;
  private final Ticker ticker;
  private final int afterFailures;
  private final Duration base;
  private final Duration max;

  HostBackoff(Ticker ticker, int afterFailures, Duration base, Duration max) {
    this.ticker = ticker;
    this.afterFailures = afterFailures;
    this.base = base;
    this.max = max;
    // An entry outlives its longest back-off; then the host starts with a clean slate.
    this.states =
        Caffeine.newBuilder()
            .ticker(ticker)
            .expireAfterWrite(max.multipliedBy(2))
            .maximumSize(10_000)
            .build();
  }

  /** Refuses at once while {@code host} is backed off, with the reason of its last failure. */
  void check(String host) throws ArticleUnavailableException {
    State state = states.getIfPresent(host);
    if (state == null) {
      return;
    }
    long waitNanos = state.blockedUntilNanos() - ticker.read();
    if (waitNanos > 0) {
      long seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds());
      throw new ArticleUnavailableException(
          state.reason(),
          "backing off " + host + " for " + seconds + " s after: " + state.detail());
    }
  }

  /** Records the outcome of a fetch from {@code host}. */
  void record(String host, ArticleUnavailableException failure, @Nullable Duration retryAfter) {
    if (!COUNTED.contains(failure.reason())) {
      return;
    }
    State previous = states.getIfPresent(host);
    int failures = previous == null ? 1 : previous.failures() + 1;
    Duration wait = Duration.ZERO;
    if (failure.reason() == FailureReason.RATE_LIMITED) {
      wait = retryAfter != null ? retryAfter : base;
    } else if (failures >= afterFailures) {
      int doublings = Math.min(failures - afterFailures, 20);
      wait = base.multipliedBy(1L << doublings);
    }
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = retryAfter; // a 503 that says when to come back is believed
    }
    if (wait.compareTo(max) > 0) {
      wait = max;
    }
    states.put(
        host,
        new State(failures, ticker.read() + wait.toNanos(), failure.reason(), failure.detail()));
  }

  void recordSuccess(String host) {
    states.invalidate(host);
  }
}
