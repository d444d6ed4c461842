package io.gloss.core.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One scheduled digest: the local date it belongs to and the instant it is due.
 *
 * @param date the channel's local date (the run's identity in the store)
 * @param due when it is posted
 */
public record DigestSlot(LocalDate date, Instant due) {
  public DigestSlot {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(due, "due");
  }
}
