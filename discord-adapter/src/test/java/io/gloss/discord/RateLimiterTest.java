package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  /** A clock tests move by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-11-26T00:00:05Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }
  }

  @Test
  void tryAcquire_userOverLimit_refusedUntilNextMinute() {
    ManualClock clock = new ManualClock();
    RateLimiter limiter = new RateLimiter(clock, 2, 100);

    assertThat(limiter.tryAcquire("u1", "c1")).isTrue();
    assertThat(limiter.tryAcquire("u1", "c2")).isTrue();
    assertThat(limiter.tryAcquire("u1", "c3")).isFalse();
    assertThat(limiter.tryAcquire("u2", "c1")).isTrue();
    clock.advance(Duration.ofMinutes(1));
    assertThat(limiter.tryAcquire("u1", "c1")).isTrue();
  }

  @Test
  void tryAcquire_channelOverLimit_refusedForEveryone() {
    RateLimiter limiter = new RateLimiter(new ManualClock(), 100, 2);

    assertThat(limiter.tryAcquire("u1", "c1")).isTrue();
    assertThat(limiter.tryAcquire("u2", "c1")).isTrue();
    assertThat(limiter.tryAcquire("u3", "c1")).isFalse();
    assertThat(limiter.tryAcquire("u3", "c2")).isTrue();
  }

  @Test
  void tryAcquire_refused_doesNotSpendTheOtherBudget() {
    RateLimiter limiter = new RateLimiter(new ManualClock(), 1, 100);

    assertThat(limiter.tryAcquire("u1", "c1")).isTrue();
    assertThat(limiter.tryAcquire("u1", "c1")).isFalse();
    RateLimiter channelLimited = new RateLimiter(new ManualClock(), 100, 2);
    channelLimited.tryAcquire("u1", "c1");
    channelLimited.tryAcquire("u1", "c1");
    assertThat(channelLimited.tryAcquire("u2", "c1")).isFalse();
    assertThat(channelLimited.tryAcquire("u2", "c9")).isTrue();
  }

  @Test
  void tryAcquire_refused_isReportedToTelemetry() {
    java.util.List<String> limited = new java.util.ArrayList<>();
    io.gloss.core.port.out.Telemetry telemetry =
        new io.gloss.core.port.out.Telemetry() {
          @Override
          public void rateLimited(String platform) {
            limited.add(platform);
          }
        };
    RateLimiter limiter = new RateLimiter(new ManualClock(), 1, 100, telemetry);

    assertThat(limiter.tryAcquire("U1", "C1")).isTrue();
    assertThat(limited).isEmpty();
    assertThat(limiter.tryAcquire("U1", "C1")).isFalse();
    assertThat(limited).containsExactly("discord");
  }
}
