package io.gloss.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gloss.core.port.in.EventClaimUseCase;
import io.gloss.core.port.out.ProcessedEvents;
import io.gloss.core.store.TestClock;
import io.gloss.core.testing.InMemoryProcessedEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one claim policy both adapters use. */
class EventClaimsTest {
  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T00:00:00Z"));
  private final InMemoryProcessedEvents store = new InMemoryProcessedEvents(clock);
  private final EventClaims claims = new EventClaims(store);

  @Test
  void answeredEvent_isNeverWorkedOnAgain() {
    claims.claim("slack", "event:Ev1").orElseThrow().answered();

    clock.advance(Duration.ofHours(1));

    assertThat(claims.claim("slack", "event:Ev1")).isEmpty();
    assertThat(store.answered()).containsExactly("slack:event:Ev1");
  }

  @Test
  void claimerDied_retryAfterTheLease_isTakenOver_butNotBefore() {
    assertThat(claims.claim("discord", "msg:1")).isPresent();

    clock.advance(EventClaims.DEFAULT_LEASE.minusSeconds(1));
    assertThat(claims.claim("discord", "msg:1")).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    Optional<EventClaimUseCase.Claim> retry = claims.claim("discord", "msg:1");

    assertThat(retry).isPresent();
    retry.get().answered();
    assertThat(store.answered()).containsExactly("discord:msg:1");
  }

  @Test
  void released_afterAFailure_isRetriedAtOnce() {
    claims.claim("slack", "event:Ev2").orElseThrow().release();

    assertThat(claims.claim("slack", "event:Ev2")).isPresent();
  }

  @Test
  void storeDown_theEventIsWorkedOnAnyway_andAnsweringDoesNotThrow() {
    ProcessedEvents down =
        new ProcessedEvents() {
          @Override
          public boolean claim(String key, String owner, Duration lease, Duration retention) {
            throw new IllegalStateException("database is down");
          }

          @Override
          public void answered(String key, String owner) {
            throw new IllegalStateException("database is down");
          }

          @Override
          public void release(String key, String owner) {
            throw new IllegalStateException("database is down");
          }
        };
    EventClaims outage = new EventClaims(down);

    Optional<EventClaimUseCase.Claim> claim = outage.claim("slack", "event:Ev3");

    assertThat(claim).isPresent();
    claim.get().answered();
  }

  @Test
  void answerInSteps_answeredOnlyWhenTheRestHasRun() {
    List<String> ran = new ArrayList<>();
    Runnable rest =
        claims
            .claim("slack", "event:Ev4")
            .orElseThrow()
            .answerInSteps(
                () -> {
                  ran.add("accepted");
                  return () -> ran.add("answered");
                });

    assertThat(store.answered()).as("nothing answered after the first step").isEmpty();
    assertThat(claims.claim("slack", "event:Ev4")).as("still held").isEmpty();
    rest.run();

    assertThat(ran).containsExactly("accepted", "answered");
    assertThat(store.answered()).containsExactly("slack:event:Ev4");
  }

  @Test
  void answerInSteps_noRest_isAnsweredAtOnce() {
    Runnable rest = claims.claim("slack", "event:Ev5").orElseThrow().answerInSteps(() -> null);

    assertThat(rest).isNull();
    assertThat(store.answered()).containsExactly("slack:event:Ev5");
  }

  @Test
  void answerInSteps_eitherStepFails_isReleasedForARetry() {
    EventClaimUseCase.Claim first = claims.claim("discord", "msg:6").orElseThrow();
    assertThatThrownBy(
            () ->
                first.answerInSteps(
                    () -> {
                      throw new IllegalStateException("plan failed");
                    }))
        .hasMessage("plan failed");
    Runnable rest =
        claims
            .claim("discord", "msg:6")
            .orElseThrow()
            .answerInSteps(
                () ->
                    () -> {
                      throw new IllegalStateException("summaries failed");
                    });
    assertThatThrownBy(rest::run).hasMessage("summaries failed");

    assertThat(claims.claim("discord", "msg:6")).isPresent();
    assertThat(store.answered()).isEmpty();
  }
}
