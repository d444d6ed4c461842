package io.gloss.core.fetch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostBackoffTest {

  private final SafeFetcherIT.FakeTicker ticker = new SafeFetcherIT.FakeTicker();
  private final HostBackoff backoff =
      new HostBackoff(ticker, 2, Duration.ofSeconds(10), Duration.ofSeconds(60));

  private static ArticleUnavailableException failure(FailureReason reason) {
    return new ArticleUnavailableException(reason, "HTTP x");
  }

  @Test
  void check_afterOneFailure_stillAllowed() {
    backoff.record("a.example", failure(FailureReason.SERVER_ERROR), null);

    assertThatCode(() -> backoff.check("a.example")).doesNotThrowAnyException();
  }

  @Test
  void check_afterTwoFailures_refusesThenDoubles() {
    backoff.record("a.example", failure(FailureReason.FETCH_TIMEOUT), null);
    backoff.record("a.example", failure(FailureReason.FETCH_TIMEOUT), null);

    assertThatThrownBy(() -> backoff.check("a.example"))
        .isInstanceOfSatisfying(
            ArticleUnavailableException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.reason())
                    .isEqualTo(FailureReason.FETCH_TIMEOUT));
    assertThatCode(() -> backoff.check("b.example")).doesNotThrowAnyException();

    ticker.advance(Duration.ofSeconds(11));
    assertThatCode(() -> backoff.check("a.example")).doesNotThrowAnyException();

    backoff.record("a.example", failure(FailureReason.NETWORK_ERROR), null); // third: 20 s
    ticker.advance(Duration.ofSeconds(15));
    assertThatThrownBy(() -> backoff.check("a.example"))
        .isInstanceOf(ArticleUnavailableException.class);
    ticker.advance(Duration.ofSeconds(6));
    assertThatCode(() -> backoff.check("a.example")).doesNotThrowAnyException();
  }

  @Test
  void record_serverErrorWithRetryAfter_backsOffAtOnceForThatLong() {
    backoff.record("a.example", failure(FailureReason.SERVER_ERROR), Duration.ofSeconds(30));

    ticker.advance(Duration.ofSeconds(29));
    assertThatThrownBy(() -> backoff.check("a.example"))
        .isInstanceOf(ArticleUnavailableException.class);
    ticker.advance(Duration.ofSeconds(2));
    assertThatCode(() -> backoff.check("a.example")).doesNotThrowAnyException();
  }

  @Test
  void record_rateLimit_backsOffAtOnceForRetryAfterCappedAtMax() {
    backoff.record("a.example", failure(FailureReason.RATE_LIMITED), Duration.ofHours(5));

    ticker.advance(Duration.ofSeconds(59));
    assertThatThrownBy(() -> backoff.check("a.example"))
        .isInstanceOf(ArticleUnavailableException.class);
    ticker.advance(Duration.ofSeconds(2));
    assertThatCode(() -> backoff.check("a.example")).doesNotThrowAnyException();
  }

  @Test
  void record_notFoundOrForbidden_isNotCounted() {
    for (int i = 0; i < 5; i++) {
      backoff.record("a.example", failure(FailureReason.NOT_FOUND), null);
      backoff.record("a.example", failure(FailureReason.FORBIDDEN_ADDRESS), null);
    }

    assertThatCode(() -> backoff.check("a.example")).doesNotThrowAnyException();
  }

  @Test
  void recordSuccess_clearsTheHost() {
    backoff.record("a.example", failure(FailureReason.SERVER_ERROR), null);
    backoff.recordSuccess("a.example");
    backoff.record("a.example", failure(FailureReason.SERVER_ERROR), null);

    assertThatCode(() -> backoff.check("a.example")).doesNotThrowAnyException();
  }
}
