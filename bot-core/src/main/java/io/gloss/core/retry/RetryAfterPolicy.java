package io.gloss.core.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When to try a rate-limited (HTTP 429) platform call again: after the platform's {@code
 * Retry-After}, at most {@code maxRetries} times and never beyond {@code maxTotal} of waiting in
 * all, then give up (the caller logs it). Only 429 is retried this way: a 401/403 will not change
 * by waiting, so callers never retry those.
 *
 * @param maxRetries retries after the first attempt
 * @param maxTotal the most time spent waiting across all retries of one call
 * @param defaultWait the wait when the platform sends no (readable) {@code Retry-After}
 */
public record RetryAfterPolicy(int maxRetries, Duration maxTotal, Duration defaultWait) {

  /** Slack and Discord replies and digests: up to 3 retries within 60 s. */
  public static final RetryAfterPolicy PLATFORM =
      new RetryAfterPolicy(3, Duration.ofSeconds(60), Duration.ofSeconds(1));

  public RetryAfterPolicy {
    Objects.requireNonNull(maxTotal, "maxTotal");
    Objects.requireNonNull(defaultWait, "defaultWait");
    if (maxRetries < 0 || maxTotal.isNegative() || defaultWait.isNegative()) {
      throw new IllegalArgumentException("retry bounds must not be negative");
    }
  }

  /**
   * The wait before the next retry, or empty to give up.
   *
   * @param retriesDone retries already made for this call (0 after the first 429)
   * @param retryAfter the platform's {@code Retry-After}, null when absent
   * @param waited time already spent waiting for this call
   */
  public Optional<Duration> nextWait(
      int retriesDone, @Nullable Duration retryAfter, Duration waited) {
    Duration wait = retryAfter == null || retryAfter.isNegative() ? defaultWait : retryAfter;
    if (retriesDone >= maxRetries || waited.plus(wait).compareTo(maxTotal) > 0) {
      return Optional.empty();
    }
    return Optional.of(wait);
  }

  /**
   * A {@code Retry-After} header in delta-seconds (what Slack and Discord send; Discord may send a
   * fraction), null when absent or unreadable.
   */
  public static @Nullable Duration parseSeconds(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      double seconds = Double.parseDouble(header.strip());
      if (!(seconds >= 0) || seconds > 86_400) {
        return null;
      }
      return Duration.ofMillis((long) Math.ceil(seconds * 1000));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
