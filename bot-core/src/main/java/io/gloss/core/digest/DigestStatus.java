package io.gloss.core.digest;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestHealth;
import io.gloss.core.domain.DigestRun;
import io.gloss.core.domain.DigestSubscription;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code /digest status} shows.
 *
 * @param channel the channel
 * @param subscription its subscription, if any
 * @param nextRun the next digest in the channel's local time, if subscribed and not paused
 * @param lastRun the latest run, if any
 * @param health failures and pause
 */
public record DigestStatus(
    ChannelRef channel,
    @Nullable DigestSubscription subscription,
    @Nullable ZonedDateTime nextRun,
    @Nullable DigestRun lastRun,
    DigestHealth health) {
  public DigestStatus {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(health, "health");
  }
}
