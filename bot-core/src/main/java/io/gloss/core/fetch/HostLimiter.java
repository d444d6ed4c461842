package io.gloss.core.fetch;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** At most N fetches in flight per host, so one busy channel cannot flood a single site. */
final class HostLimiter {

  private final LoadingCache<String, Semaphore> permits;

  HostLimiter(Ticker ticker, int perHost) {
    // Idle hosts are forgotten; a fetch lasts seconds, far below the idle time.
    this.permits =
        Caffeine.newBuilder()
            .ticker(ticker)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build(host -> new Semaphore(perHost));
  }

  /** A held slot; release it exactly once. */
  interface Permit {
    void release();
  }

  /** Waits up to {@code waitNanos} for a slot; FETCH_TIMEOUT when none frees up in time. */
  Permit acquire(String host, long waitNanos) throws ArticleUnavailableException {
    Semaphore semaphore = permits.get(host);
    boolean acquired;
    try {
      acquired = semaphore.tryAcquire(Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArticleUnavailableException(FailureReason.FETCH_TIMEOUT, "interrupted", e);
    }
    if (!acquired) {
      throw new ArticleUnavailableException(
          FailureReason.FETCH_TIMEOUT, "no free fetch slot for " + host + " before the deadline");
    }
    return semaphore::release;
  }
}
