package io.gloss.core.digest;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How digests are run.
 *
 * @param catchUp a digest missed while Gloss was down is still posted this long after it was due
 * @param pauseAfterFailures consecutive failed runs after which a subscription is paused
 * @param lease how long a claim holds before another instance may take over a crashed run
 * @param pace the pause between two channels' posts (platform rate limits)
 * @param recheck the longest the scheduler sleeps (to see subscriptions made by other instances)
 * @param defaultZone the zone of a subscription that names none
 */
public record DigestSettings(
    Duration catchUp,
    int pauseAfterFailures,
    Duration lease,
    Duration pace,
    Duration recheck,
    ZoneId defaultZone) {
  public DigestSettings {
    Objects.requireNonNull(catchUp, "catchUp");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(pace, "pace");
    Objects.requireNonNull(recheck, "recheck");
    Objects.requireNonNull(defaultZone, "defaultZone");
    if (pauseAfterFailures < 1) {
      throw new IllegalArgumentException("'pauseAfterFailures' must be at least 1");
    }
    if (catchUp.isNegative() || lease.isNegative() || lease.isZero() || pace.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
    if (recheck.isNegative() || recheck.isZero()) {
      throw new IllegalArgumentException("'recheck' must be positive");
    }
  }

  public static DigestSettings defaults() {
    return new DigestSettings(
        Duration.ofHours(12),
        3,
        Duration.ofMinutes(10),
        Duration.ofSeconds(1),
        Duration.ofMinutes(5),
        ZoneId.of("Asia/Seoul"));
  }

  public DigestSettings withCatchUp(Duration value) {
    return new DigestSettings(value, pauseAfterFailures, lease, pace, recheck, defaultZone);
  }

  public DigestSettings withPauseAfterFailures(int value) {
    return new DigestSettings(catchUp, value, lease, pace, recheck, defaultZone);
  }

  public DigestSettings withLease(Duration value) {
    return new DigestSettings(catchUp, pauseAfterFailures, value, pace, recheck, defaultZone);
  }

  public DigestSettings withPace(Duration value) {
    return new DigestSettings(catchUp, pauseAfterFailures, lease, value, recheck, defaultZone);
  }

  public DigestSettings withDefaultZone(ZoneId value) {
    return new DigestSettings(catchUp, pauseAfterFailures, lease, pace, recheck, value);
  }

  public DigestSettings withRecheck(Duration value) {
    return new DigestSettings(catchUp, pauseAfterFailures, lease, pace, value, defaultZone);
  }
}
