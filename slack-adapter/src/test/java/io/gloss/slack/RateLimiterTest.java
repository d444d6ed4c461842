package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2025-08-04T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void tryAcquire_overUserLimit_refusedUntilNextMinute() {
    MutableClock clock = new MutableClock();
    RateLimiter limiter = new RateLimiter(2, 100, clock);

    assertThat(limiter.tryAcquire("T", "U1", "C1")).isTrue();
    assertThat(limiter.tryAcquire("T", "U1", "C1")).isTrue();
    assertThat(limiter.tryAcquire("T", "U1", "C1")).isFalse();
    assertThat(limiter.tryAcquire("T", "U2", "C1")).isTrue();

    clock.now = clock.now.plus(Duration.ofSeconds(61));
    assertThat(limiter.tryAcquire("T", "U1", "C1")).isTrue();
  }

  @Test
  void tryAcquire_overChannelLimit_refusedForEveryone() {
    RateLimiter limiter = new RateLimiter(100, 3, new MutableClock());
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire("T", "U" + i, "C1")).isTrue();
    }
    assertThat(limiter.tryAcquire("T", "U9", "C1")).isFalse();
    assertThat(limiter.tryAcquire("T", "U9", "C2")).isTrue();
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
    RateLimiter limiter = new RateLimiter(1, 100, new MutableClock(), telemetry);

    assertThat(limiter.tryAcquire("T", "U1", "C1")).isTrue();
    assertThat(limited).isEmpty();
    assertThat(limiter.tryAcquire("T", "U1", "C1")).isFalse();
    assertThat(limited).containsExactly("slack");
  }
}
