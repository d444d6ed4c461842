package io.gloss.core.port.out;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestRun;
import io.gloss.core.domain.DigestRunStatus;
import io.gloss.core.domain.DigestSubscription;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Daily digest subscriptions and runs, shared by every instance. Thread-safe. */
public interface DigestStore {

  /** Adds or replaces the channel's subscription. */
  void subscribe(DigestSubscription subscription);

  /** Removes the channel's subscription; true if there was one. */
  boolean unsubscribe(ChannelRef channel);

  Optional<DigestSubscription> subscription(ChannelRef channel);

  /** Every subscription, for the scheduler. */
  List<DigestSubscription> subscriptions();

  /**
   * Claims the digest of a channel for a date before building it. Exactly one caller across all
   * instances and restarts gets true; the others get false (never an exception for the race).
   */
  boolean claimRun(ChannelRef channel, LocalDate date);

  /** Records the outcome of a claimed run. */
  void finishRun(
      ChannelRef channel, LocalDate date, DigestRunStatus status, @Nullable String detail);

  Optional<DigestRun> run(ChannelRef channel, LocalDate date);
}
