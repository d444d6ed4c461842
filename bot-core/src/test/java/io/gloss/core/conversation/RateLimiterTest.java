package io.gloss.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.port.out.Telemetry;
import io.gloss.core.store.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one rate limiter of both platforms, on an injected clock. */
class RateLimiterTest {
  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T00:00:30Z"));
  private final AtomicInteger refused = new AtomicInteger();
  private final Telemetry telemetry =
      new Telemetry() {
        @Override
        public void rateLimited(String platform) {
          refused.incrementAndGet();
        }
      };

  private static RequestOrigin at(String workspace, String channel, String user) {
    return new RequestOrigin("slack", workspace, channel, user);
  }

  @Test
  void user_overItsLimit_isRefusedUntilTheWindowEnds() {
    RateLimiter limiter = new RateLimiter(new RateLimiter.Limits(2, 10, 100), clock, telemetry);

    assertThat(limiter.tryAcquire(at("T1", "C1", "U1"))).isTrue();
    assertThat(limiter.tryAcquire(at("T1", "C1", "U1"))).isTrue();
    assertThat(limiter.tryAcquire(at("T1", "C1", "U1"))).isFalse();
    assertThat(limiter.tryAcquire(at("T1", "C1", "U2"))).as("another user").isTrue();
    assertThat(limiter.tryAcquire(at("T2", "C1", "U1"))).as("same id, other workspace").isTrue();
    clock.advance(Duration.ofSeconds(59));
    assertThat(limiter.tryAcquire(at("T1", "C1", "U1"))).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.tryAcquire(at("T1", "C1", "U1"))).isTrue();
    assertThat(refused).hasValue(2);
  }

  @Test
  void channelAndWorkspace_budgetsAreShared_andRefusalsTakeNothing() {
    RateLimiter limiter = new RateLimiter(new RateLimiter.Limits(100, 3, 4), clock, telemetry);

    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire(at("T1", "C1", "U" + i))).isTrue();
    }
    assertThat(limiter.tryAcquire(at("T1", "C1", "U9"))).as("channel spent").isFalse();
    assertThat(limiter.tryAcquire(at("T1", "C2", "U9")))
        .as("the refusal above took nothing from the workspace")
        .isTrue();
    assertThat(limiter.tryAcquire(at("T1", "C3", "U8"))).as("workspace spent").isFalse();
    assertThat(limiter.tryAcquire(new RequestOrigin("discord", "T1", "C3", "U8")))
        .as("a Discord guild is another workspace")
        .isTrue();
  }
}
