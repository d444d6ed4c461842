package io.gloss.core.port.out;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestHealth;
import io.gloss.core.domain.DigestRun;
import io.gloss.core.domain.DigestRunStatus;
import io.gloss.core.domain.DigestSubscription;
import java.time.Duration;
import java.time.Instant;
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

  /**
   * Claims the digest of a channel for a date with a lease. A new run is inserted as claimed; a run
   * still claimed whose lease has expired (its instance crashed) is taken over, keeping the parts
   * already posted and the period. Exactly one caller wins; finished runs are never claimed again.
   *
   * @param owner the claiming instance
   * @param lease how long the claim holds before another instance may take it over
   * @param periodStart the start of the period, used only when the run is new
   * @return the run as claimed, or empty if another instance holds it or it is finished
   */
  Optional<DigestRun> claimRun(
      ChannelRef channel, LocalDate date, String owner, Duration lease, Instant periodStart);

  /** Records that the owner posted one more part of the digest (the message id). */
  void recordPosted(ChannelRef channel, LocalDate date, String owner, String messageRef);

  /** The channel's latest run (by date), if any. */
  Optional<DigestRun> lastRun(ChannelRef channel);

  /**
   * Where the channel's latest posted digest ended (the instant it was claimed and built): the
   * start of the next digest's period, if any digest was posted.
   */
  Optional<Instant> lastPeriodEnd(ChannelRef channel);

  /** The subscription's failure count and pause; {@link DigestHealth#OK} if none recorded. */
  DigestHealth health(ChannelRef channel);

  /**
   * Counts a failed run; the subscription is paused with the reason once {@code pauseAfter}
   * consecutive runs failed.
   *
   * @return the health after counting
   */
  DigestHealth recordFailure(ChannelRef channel, String reason, int pauseAfter);

  /** A run was posted: the failure count starts again from zero. */
  void recordSuccess(ChannelRef channel);
}
