package io.gloss.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.FailureReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HttpFailuresTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T04:00:00Z"), ZoneOffset.UTC);
  private final Duration cap = Duration.ofMinutes(10);

  @Test
  void parseRetryAfter_secondsAndDates() {
    assertThat(HttpFailures.parseRetryAfter("120", clock, cap)).isEqualTo(Duration.ofSeconds(120));
    assertThat(HttpFailures.parseRetryAfter("Thu, 26 Nov 2026 04:01:30 GMT", clock, cap))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(HttpFailures.parseRetryAfter("Thu, 26 Nov 2026 03:00:00 GMT", clock, cap))
        .isEqualTo(Duration.ZERO);
    assertThat(HttpFailures.parseRetryAfter("999999", clock, cap)).isEqualTo(cap);
    assertThat(HttpFailures.parseRetryAfter("soon", clock, cap)).isNull();
    assertThat(HttpFailures.parseRetryAfter(null, clock, cap)).isNull();
  }

  @Test
  void forStatus_mapsEveryClass() {
    assertThat(HttpFailures.forStatus(404, "h", null).reason()).isEqualTo(FailureReason.NOT_FOUND);
    assertThat(HttpFailures.forStatus(410, "h", null).reason()).isEqualTo(FailureReason.NOT_FOUND);
    assertThat(HttpFailures.forStatus(401, "h", null).reason()).isEqualTo(FailureReason.LOGIN_WALL);
    assertThat(HttpFailures.forStatus(403, "h", null).reason()).isEqualTo(FailureReason.LOGIN_WALL);
    assertThat(HttpFailures.forStatus(503, "h", null).reason())
        .isEqualTo(FailureReason.SERVER_ERROR);
    assertThat(HttpFailures.forStatus(429, "h", Duration.ofSeconds(7)).detail())
        .isEqualTo("HTTP 429 from h; retry after 7 s");
  }
}
