package io.gloss.core.digest;

import io.gloss.core.digest.view.Digest;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestHealth;
import io.gloss.core.domain.DigestRun;
import io.gloss.core.domain.DigestRunStatus;
import io.gloss.core.domain.DigestSubscription;
import io.gloss.core.port.out.ChannelSettingsStore;
import io.gloss.core.port.out.DigestPostException;
import io.gloss.core.port.out.DigestPoster;
import io.gloss.core.port.out.DigestStore;
import io.gloss.core.port.out.Telemetry;
import io.gloss.core.render.ReplyLanguage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs channels' digests exactly once per period: each run is claimed in the store with a lease
 * before it is built, the id of every message posted is recorded with it (a retry after a crash
 * posts only what is missing), a digest missed while down is posted once within the catch-up window
 * (several missed days make one post covering everything since the last digest), and a channel that
 * keeps refusing the bot is paused after N consecutive failures.
 */
public final class DigestRunner {
  private static final Logger log = LoggerFactory.getLogger(DigestRunner.class);

  /** The period of a channel's very first digest. */
  static final Duration FIRST_PERIOD = Duration.ofDays(1);

  private final DigestStore store;
  private final DigestPlanner planner;
  private final ChannelSettingsStore channelSettings;
  private final Map<String, DigestPoster> posters;
  private final DigestSettings settings;
  private final Clock clock;
  private final Telemetry telemetry;
  private final String owner;

  /**
   * @param posters one per running platform; channels of other platforms are left to the instances
   *     that run them
   * @param owner this instance's name in leases (e.g. host and process id)
   */
  public DigestRunner(
      DigestStore store,
      DigestPlanner planner,
      ChannelSettingsStore channelSettings,
      List<DigestPoster> posters,
      DigestSettings settings,
      Clock clock,
      Telemetry telemetry,
      String owner) {
    this.store = Objects.requireNonNull(store, "store");
    this.planner = Objects.requireNonNull(planner, "planner");
    this.channelSettings = Objects.requireNonNull(channelSettings, "channelSettings");
    this.posters =
        posters.stream()
            .collect(Collectors.toUnmodifiableMap(DigestPoster::platform, Function.identity()));
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
    this.owner = Objects.requireNonNull(owner, "owner");
  }

  public DigestSettings settings() {
    return settings;
  }

  public DigestStore store() {
    return store;
  }

  /** Runs every digest that is due now; returns what each attempted run did. */
  public List<DigestResult> runDue() {
    List<DigestResult> results = new ArrayList<>();
    for (DigestSubscription subscription : store.subscriptions()) {
      if (!posters.containsKey(subscription.channel().platform())) {
        continue;
      }
      Optional<DigestSlot> due = dueSlot(subscription);
      if (due.isEmpty()) {
        continue;
      }
      if (!results.isEmpty() && !settings.pace().isZero()) {
        pause(settings.pace());
      }
      results.add(run(subscription.channel(), due.get().date(), subscription.zone()));
    }
    return results;
  }

  /**
   * The slot to run now, if any: the latest scheduled slot, made after the subscription, within the
   * catch-up window, whose run is not finished (a claimed run whose lease expired counts).
   */
  Optional<DigestSlot> dueSlot(DigestSubscription subscription) {
    Instant now = clock.instant();
    DigestHealth health = store.health(subscription.channel());
    if (health.paused()) {
      return Optional.empty();
    }
    Optional<DigestSlot> latest = DigestSchedule.of(subscription).latest(now);
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    DigestSlot slot = latest.get();
    if (health.subscribedAt() != null && slot.due().isBefore(health.subscribedAt())) {
      return Optional.empty(); // due before the subscription existed
    }
    if (Duration.between(slot.due(), now).compareTo(settings.catchUp()) > 0) {
      return Optional.empty(); // missed beyond the catch-up window: the next digest covers it
    }
    Optional<DigestRun> run = store.run(subscription.channel(), slot.date());
    if (run.isPresent()) {
      DigestRun existing = run.get();
      boolean crashed =
          existing.status() == DigestRunStatus.CLAIMED
              && (existing.leaseUntil() == null || existing.leaseUntil().isBefore(now));
      if (!crashed) {
        return Optional.empty();
      }
    }
    return Optional.of(slot);
  }

  /**
   * {@code /digest now}: the digest of everything since the last one, posted at once. It counts as
   * the current period's digest: the one due next (or a missed one still within catch-up) is not
   * posted again. Without a subscription it is today's digest in the default zone.
   */
  public DigestResult runNow(ChannelRef channel) {
    Optional<DigestSubscription> subscription = store.subscription(channel);
    ZoneId zone = subscription.map(DigestSubscription::zone).orElse(settings.defaultZone());
    LocalDate date;
    if (subscription.isEmpty()) {
      date = LocalDate.ofInstant(clock.instant(), zone);
    } else {
      DigestSubscription sub = subscription.get();
      date =
          dueSlot(sub)
              .map(DigestSlot::date)
              .orElseGet(() -> DigestSchedule.of(sub).next(clock.instant()).date());
    }
    // Nothing new: answer so without claiming, so the period's scheduled digest still runs.
    if (store.run(channel, date).isEmpty() && preview(channel, null).isEmpty()) {
      return new DigestResult(channel, date, DigestOutcome.EMPTY, 0, "nothing shared");
    }
    return run(channel, date, zone);
  }

  /** The digest the channel would get now, without claiming or posting anything. */
  public Digest preview(ChannelRef channel, @Nullable Instant since) {
    Instant now = clock.instant();
    ZoneId zone =
        store.subscription(channel).map(DigestSubscription::zone).orElse(settings.defaultZone());
    Instant start = since != null ? since : periodStart(channel, now);
    return planner.plan(channel, language(channel), zone, start, now);
  }

  /** What {@code /digest status} shows. */
  public DigestStatus status(ChannelRef channel) {
    Optional<DigestSubscription> subscription = store.subscription(channel);
    DigestHealth health = store.health(channel);
    DigestRun last = store.lastRun(channel).orElse(null);
    if (subscription.isEmpty()) {
      return new DigestStatus(channel, null, null, last, health);
    }
    DigestSubscription sub = subscription.get();
    var next = health.paused() ? null : nextOpenSlot(sub).due().atZone(sub.zone());
    return new DigestStatus(channel, sub, next, last, health);
  }

  /** When the scheduler should next look: the earliest due slot, at most {@code recheck} away. */
  public Instant nextWake() {
    Instant now = clock.instant();
    Instant wake = now.plus(settings.recheck());
    for (DigestSubscription subscription : store.subscriptions()) {
      if (!posters.containsKey(subscription.channel().platform())) {
        continue;
      }
      Instant due = DigestSchedule.of(subscription).next(now).due();
      if (due.isBefore(wake)) {
        wake = due;
      }
    }
    return wake;
  }

  /**
   * The next slot whose run has not been claimed yet (a {@code /digest now} may have taken one).
   */
  private DigestSlot nextOpenSlot(DigestSubscription subscription) {
    DigestSchedule schedule = DigestSchedule.of(subscription);
    DigestSlot slot = schedule.next(clock.instant());
    for (int i = 0; i < 3 && store.run(subscription.channel(), slot.date()).isPresent(); i++) {
      slot = schedule.next(slot.due());
    }
    return slot;
  }

  private DigestResult run(ChannelRef channel, LocalDate date, ZoneId zone) {
    Instant started = clock.instant();
    DigestResult result;
    try {
      result = attempt(channel, date, zone, started);
    } catch (RuntimeException e) {
      // A bug or a store outage: recorded as a failure, never retried in a loop.
      log.error("Digest of channel {} for {} failed", channel.channel(), date, e);
      safely(() -> store.finishRun(channel, date, DigestRunStatus.FAILED, "error"));
      safely(() -> store.recordFailure(channel, "error", settings.pauseAfterFailures()));
      result = new DigestResult(channel, date, DigestOutcome.FAILED, 0, "error");
    }
    if (result.outcome() != DigestOutcome.ALREADY_DONE) {
      telemetry.digestRun(result.outcome().code(), Duration.between(started, clock.instant()));
    }
    return result;
  }

  private DigestResult attempt(ChannelRef channel, LocalDate date, ZoneId zone, Instant now) {
    if (store.health(channel).paused() && store.subscription(channel).isPresent()) {
      return new DigestResult(
          channel, date, DigestOutcome.PAUSED, 0, store.health(channel).pausedReason());
    }
    DigestPoster poster = posters.get(channel.platform());
    if (poster == null) {
      return new DigestResult(channel, date, DigestOutcome.FAILED, 0, "platform_not_running");
    }
    Optional<DigestRun> claim =
        store.claimRun(channel, date, owner, settings.lease(), periodStart(channel, now));
    if (claim.isEmpty()) {
      return new DigestResult(channel, date, DigestOutcome.ALREADY_DONE, 0, null);
    }
    DigestRun run = claim.get();
    Instant start = run.periodStart() != null ? run.periodStart() : periodStart(channel, now);
    // The period ends where the claim was made: the next digest starts exactly there.
    Digest digest = planner.plan(channel, language(channel), zone, start, run.claimedAt());
    if (digest.isEmpty() && run.postedRefs().isEmpty()) {
      store.finishRun(channel, date, DigestRunStatus.SKIPPED, "nothing shared");
      return new DigestResult(channel, date, DigestOutcome.EMPTY, 0, "nothing shared");
    }
    try {
      poster.post(
          digest, run.postedRefs().size(), ref -> store.recordPosted(channel, date, owner, ref));
    } catch (DigestPostException e) {
      DigestRunStatus status =
          e.channelProblem() ? DigestRunStatus.SKIPPED : DigestRunStatus.FAILED;
      store.finishRun(channel, date, status, e.reason());
      DigestHealth health = store.recordFailure(channel, e.reason(), settings.pauseAfterFailures());
      if (health.paused()) {
        log.warn(
            "Digest of channel {} paused after {} failed runs: {}",
            channel.channel(),
            health.failures(),
            e.reason());
      } else {
        log.warn("Digest of channel {} for {} not posted: {}", channel.channel(), date, e.reason());
      }
      return new DigestResult(
          channel,
          date,
          e.channelProblem() ? DigestOutcome.SKIPPED : DigestOutcome.FAILED,
          digest.stories().size(),
          e.reason());
    }
    store.finishRun(channel, date, DigestRunStatus.SENT, digest.stories().size() + " stories");
    store.recordSuccess(channel);
    log.info(
        "Digest of channel {} for {} posted: {} stories",
        channel.channel(),
        date,
        digest.stories().size());
    return new DigestResult(channel, date, DigestOutcome.POSTED, digest.stories().size(), null);
  }

  /**
   * Where the next digest's period starts: where the last one ended; for a first digest, the last
   * day, or since the subscription if it is older (a late first digest loses nothing).
   */
  private Instant periodStart(ChannelRef channel, Instant now) {
    Optional<Instant> lastEnd = store.lastPeriodEnd(channel);
    if (lastEnd.isPresent()) {
      return lastEnd.get();
    }
    Instant day = now.minus(FIRST_PERIOD);
    Instant subscribed = store.health(channel).subscribedAt();
    return subscribed != null && subscribed.isBefore(day) ? subscribed : day;
  }

  private ReplyLanguage language(ChannelRef channel) {
    String language = channelSettings.get(channel).language();
    // Korean first (PRODUCT.md): a channel that set no language gets Korean labels.
    return language == null ? ReplyLanguage.KO : ReplyLanguage.of(language);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void safely(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      log.warn("Could not record the digest failure: {}", e.toString());
    }
  }
}
