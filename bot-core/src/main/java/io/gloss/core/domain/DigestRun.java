package io.gloss.core.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One digest run: at most one per channel and date, whatever the number of instances.
 *
 * @param channel the channel
 * @param date the local date of the digest in the subscription's zone
 * @param status its state
 * @param claimedAt when an instance claimed it
 * @param finishedAt when it reached a final state, if it did
 * @param detail a short remark for logs (e.g. why it was skipped), if any
 */
public record DigestRun(
    ChannelRef channel,
    LocalDate date,
    DigestRunStatus status,
    Instant claimedAt,
    @Nullable Instant finishedAt,
    @Nullable String detail) {
  public DigestRun {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(claimedAt, "claimedAt");
  }
}
