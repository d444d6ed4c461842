package io.gloss.core.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How a channel's digest subscription is doing.
 *
 * @param failures consecutive runs that could not be posted
 * @param pausedReason why the subscription was paused after too many failures, or null if it runs
 * @param subscribedAt when the subscription was last made or changed (no digest is due before it),
 *     or null if there is none
 */
public record DigestHealth(
    int failures, @Nullable String pausedReason, @Nullable Instant subscribedAt) {
  public static final DigestHealth OK = new DigestHealth(0, null, null);

  public boolean paused() {
    return pausedReason != null;
  }
}
