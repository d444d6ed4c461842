package io.gloss.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.port.in.StoreUnavailableException;
import io.gloss.core.port.out.RateWindows;
import io.gloss.core.port.out.Telemetry;
import io.gloss.core.store.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared limiter's contract with its counters, and its fallback when they fail. */
class SharedRateLimiterTest {
  private static final RequestOrigin ORIGIN = new RequestOrigin("slack", "T1", "C1", "U1");
  private static final RateLimiter.Limits LIMITS = new RateLimiter.Limits(2, 5, 50);

  private final TestClock clock = new TestClock(Instant.parse("2026-12-05T09:00:00Z"));
  private final AtomicInteger refused = new AtomicInteger();
  private final Telemetry telemetry =
      new Telemetry() {
        @Override
        public void rateLimited(String platform) {
          refused.incrementAndGet();
        }
      };

  /** Answers what the test says, or fails like a store that is down; records what it was asked. */
  private static final class ScriptedWindows implements RateWindows {
    final List<List<Budget>> asked = new ArrayList<>();
    volatile boolean answer = true;
    volatile boolean down;

    @Override
    public boolean tryTake(List<Budget> budgets, Duration window) {
      asked.add(budgets);
      if (down) {
        throw new StoreUnavailableException("RateWindows.tryTake: no answer within 50 ms");
      }
      return answer;
    }
  }

  private final ScriptedWindows windows = new ScriptedWindows();
  private final SharedRateLimiter limiter =
      new SharedRateLimiter(windows, LIMITS, new RateLimiter(LIMITS, clock, telemetry), telemetry);

  @Test
  void tryAcquire_asksForTheUserChannelAndWorkspaceBudgetsOfOneMinute() {
    assertThat(limiter.tryAcquire(ORIGIN)).isTrue();

    assertThat(windows.asked)
        .containsExactly(
            List.of(
                new RateWindows.Budget("u:slack:T1:U1", 2),
                new RateWindows.Budget("c:slack:T1:C1", 5),
                new RateWindows.Budget("w:slack:T1", 50)));
  }

  @Test
  void tryAcquire_sharedCountersRefuse_refusesAndCountsIt() {
    windows.answer = false;

    assertThat(limiter.tryAcquire(ORIGIN)).isFalse();
    assertThat(refused).hasValue(1);
    assertThat(limiter.localAnswers()).isZero();
  }

  @Test
  void tryAcquire_storeDown_theLocalLimiterDecides_untilTheStoreAnswersAgain() {
    windows.down = true;

    assertThat(limiter.tryAcquire(ORIGIN)).isTrue();
    assertThat(limiter.tryAcquire(ORIGIN)).isTrue();
    assertThat(limiter.tryAcquire(ORIGIN)).as("the local limit of 2 per user").isFalse();
    assertThat(limiter.localAnswers()).isEqualTo(3);

    windows.down = false;
    assertThat(limiter.tryAcquire(ORIGIN)).as("the shared counters decide again").isTrue();
    assertThat(limiter.localAnswers()).isEqualTo(3);
  }
}
