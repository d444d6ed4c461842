package io.gloss.core.llm;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Stops calling a provider that keeps failing: after {@code threshold} failures in a row, calls
 * fail fast for {@code cooldown}; then one trial call decides whether to close or open again. A
 * provider outage so costs each reply nothing instead of a full timeout.
 */
final class CircuitBreaker {
  private final int threshold;
  private final Duration cooldown;
  private int failures;
  private @Nullable Instant openUntil;
  private boolean trialInFlight;

  CircuitBreaker(int threshold, Duration cooldown) {
    this.threshold = threshold;
    this.cooldown = cooldown;
  }

  synchronized boolean allow(Instant now) {
    if (openUntil == null) {
      return true;
    }
    if (now.isBefore(openUntil) || trialInFlight) {
      return false;
    }
    trialInFlight = true;
    return true;
  }

  /** Open: calls fail fast until the cooldown ends (a trial call may then be let through). */
  synchronized boolean isOpen(Instant now) {
    return openUntil != null && now.isBefore(openUntil);
  }

  synchronized void success() {
    failures = 0;
    openUntil = null;
    trialInFlight = false;
  }

  /** The allowed call never reached the provider. */
  synchronized void skipped() {
    trialInFlight = false;
  }

  synchronized void failure(Instant now) {
    failures++;
    if (trialInFlight || failures >= threshold) {
      openUntil = now.plus(cooldown);
    }
    trialInFlight = false;
  }
}
