package io.gloss.core.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One digest run: at most one per channel and date, whatever the number of instances.
 *
 * @param channel the channel
 * @param date the local date of the digest in the subscription's zone
 * @param status its state
 * @param claimedAt when an instance claimed it (last taken over)
 * @param finishedAt when it reached a final state, if it did
 * @param detail a short remark for logs (e.g. why it was skipped), if any
 * @param leaseOwner the instance holding the claim, if leased
 * @param leaseUntil when the claim may be taken over by another instance, if leased
 * @param postedRefs message ids of the parts already posted, in order
 * @param periodStart the start of the period the digest covers, if known
 */
public record DigestRun(
    ChannelRef channel,
    LocalDate date,
    DigestRunStatus status,
    Instant claimedAt,
    @Nullable Instant finishedAt,
    @Nullable String detail,
    @Nullable String leaseOwner,
    @Nullable Instant leaseUntil,
    List<String> postedRefs,
    @Nullable Instant periodStart) {
  public DigestRun {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(claimedAt, "claimedAt");
    postedRefs = List.copyOf(postedRefs);
  }

  /** A run without lease details (claimed with {@code claimRun(channel, date)}). */
  public DigestRun(
      ChannelRef channel,
      LocalDate date,
      DigestRunStatus status,
      Instant claimedAt,
      @Nullable Instant finishedAt,
      @Nullable String detail) {
    this(channel, date, status, claimedAt, finishedAt, detail, null, null, List.of(), null);
  }
}
