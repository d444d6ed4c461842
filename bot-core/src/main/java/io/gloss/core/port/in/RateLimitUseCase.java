package io.gloss.core.port.in;

import io.gloss.core.domain.RequestOrigin;

/** The one rate limit of every platform: per user, per channel and per workspace. Thread-safe. */
public interface RateLimitUseCase {

  /**
   * Takes one request from the budgets of the origin's user, channel and workspace.
   *
   * @return false (and nothing taken) when any of them is spent for the current window
   */
  boolean tryAcquire(RequestOrigin origin);
}
