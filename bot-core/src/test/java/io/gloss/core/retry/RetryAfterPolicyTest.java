package io.gloss.core.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterPolicyTest {

  private final RetryAfterPolicy policy = RetryAfterPolicy.PLATFORM;

  @Test
  void nextWait_twoRateLimitsInARow_retriesBothAfterRetryAfter() {
    assertThat(policy.nextWait(0, Duration.ofSeconds(1), Duration.ZERO))
        .contains(Duration.ofSeconds(1));
    assertThat(policy.nextWait(1, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .contains(Duration.ofSeconds(1));
  }

  @Test
  void nextWait_afterThreeRetries_givesUp() {
    assertThat(policy.nextWait(3, Duration.ofSeconds(1), Duration.ofSeconds(3))).isEmpty();
  }

  @Test
  void nextWait_beyondTheTotalBudget_givesUp() {
    assertThat(policy.nextWait(0, Duration.ofSeconds(61), Duration.ZERO)).isEmpty();
    assertThat(policy.nextWait(2, Duration.ofSeconds(30), Duration.ofSeconds(31))).isEmpty();
  }

  @Test
  void nextWait_noRetryAfter_usesTheDefaultWait() {
    assertThat(policy.nextWait(0, null, Duration.ZERO)).contains(Duration.ofSeconds(1));
  }

  @Test
  void parseSeconds_integersFractionsAndJunk() {
    assertThat(RetryAfterPolicy.parseSeconds("2")).isEqualTo(Duration.ofSeconds(2));
    assertThat(RetryAfterPolicy.parseSeconds(" 0.25 ")).isEqualTo(Duration.ofMillis(250));
    assertThat(RetryAfterPolicy.parseSeconds("soon")).isNull();
    assertThat(RetryAfterPolicy.parseSeconds("-3")).isNull();
    assertThat(RetryAfterPolicy.parseSeconds(null)).isNull();
  }
}
