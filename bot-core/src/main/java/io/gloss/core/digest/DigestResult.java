package io.gloss.core.digest;

import io.gloss.core.domain.ChannelRef;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of one attempt at a channel's digest.
 *
 * @param channel the channel
 * @param date the local date of the run
 * @param outcome how it ended
 * @param stories story items in the digest (0 if not built)
 * @param detail the reason of a skip or failure, if any
 */
public record DigestResult(
    ChannelRef channel,
    LocalDate date,
    DigestOutcome outcome,
    int stories,
    @Nullable String detail) {
  public DigestResult {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(outcome, "outcome");
  }
}
