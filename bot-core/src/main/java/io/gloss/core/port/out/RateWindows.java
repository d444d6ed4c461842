package io.gloss.core.port.out;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Request counters in fixed windows, shared by every instance that uses the same store: what makes
 * the rate limits of a fleet the configured limits rather than N times them. Thread-safe.
 */
public interface RateWindows {

  /**
   * One budget: a key (e.g. a user of a workspace) and how many requests a window allows it.
   *
   * @param key the counter's key, at most {@link #MAX_KEY_LENGTH} characters
   * @param limit requests per window, at least 1
   */
  record Budget(String key, int limit) {
    public Budget {
      Objects.requireNonNull(key, "key");
      if (key.length() > MAX_KEY_LENGTH) {
        throw new IllegalArgumentException("budget key longer than " + MAX_KEY_LENGTH);
      }
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1, was " + limit);
      }
    }
  }

  int MAX_KEY_LENGTH = 500;

  /**
   * Takes one request from every budget, or from none of them. A key's window opens with its first
   * request (or the first after its window ended) and lasts {@code window}.
   *
   * @return false (and nothing taken) when any budget is spent for its current window
   * @throws RuntimeException when the store fails; callers on a latency-bound path bound the call
   */
  boolean tryTake(List<Budget> budgets, Duration window);
}
