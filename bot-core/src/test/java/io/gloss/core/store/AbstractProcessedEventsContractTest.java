package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.gloss.core.port.out.ProcessedEvents} on every database: a claim is a
 * lease, marked answered after the reply (hostile input 28: one delivery wins; issue #15 item 3: a
 * crash mid-work loses nothing the platform retries).
 */
abstract class AbstractProcessedEventsContractTest extends StoreContract {
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Duration KEEP = Duration.ofHours(24);

  private JdbcProcessedEvents events() {
    return new JdbcProcessedEvents(database, clock);
  }

  @Test
  void claim_sameEventTwice_onlyFirstWins() {
    JdbcProcessedEvents events = events();

    assertThat(events.claim("slack:Ev1", "a", LEASE, KEEP)).isTrue();
    assertThat(events.claim("slack:Ev1", "b", LEASE, KEEP)).isFalse();
    assertThat(events.claim("slack:Ev2", "b", LEASE, KEEP)).isTrue();
  }

  @Test
  void retry_whileLeaseIsFresh_isNotTaken() {
    JdbcProcessedEvents events = events();
    events.claim("slack:Ev1", "a", LEASE, KEEP);

    clock.advance(LEASE.minusSeconds(1));

    assertThat(events.claim("slack:Ev1", "b", LEASE, KEEP)).isFalse();
  }

  @Test
  void retry_afterStaleLeaseWithoutAnswer_isTakenOverOnce() {
    JdbcProcessedEvents events = events();
    events.claim("slack:Ev1", "died", LEASE, KEEP);

    clock.advance(LEASE);

    assertThat(events.claim("slack:Ev1", "retry", LEASE, KEEP)).isTrue();
    assertThat(events.claim("slack:Ev1", "another", LEASE, KEEP)).isFalse();
  }

  @Test
  void retry_afterAnswer_isNeverTakenWhileRemembered() {
    JdbcProcessedEvents events = events();
    events.claim("slack:Ev1", "a", LEASE, KEEP);
    events.answered("slack:Ev1", "a");

    clock.advance(KEEP.minusMinutes(1));
    assertThat(events.claim("slack:Ev1", "b", LEASE, KEEP)).isFalse();
    clock.advance(Duration.ofMinutes(1));
    assertThat(events.claim("slack:Ev1", "b", LEASE, KEEP)).isTrue();
  }

  @Test
  void answered_byAnOwnerWhoLostTheLease_doesNotMarkTheNewClaim() {
    JdbcProcessedEvents events = events();
    events.claim("slack:Ev1", "slow", LEASE, KEEP);
    clock.advance(LEASE);
    events.claim("slack:Ev1", "retry", LEASE, KEEP);

    events.answered("slack:Ev1", "slow");
    clock.advance(LEASE);

    assertThat(events.claim("slack:Ev1", "third", LEASE, KEEP))
        .as("the retry's claim went stale unanswered: the slow owner's answer did not count")
        .isTrue();
  }

  @Test
  void release_letsARetryTakeOverAtOnce_butNotAfterAnswer() {
    JdbcProcessedEvents events = events();
    events.claim("slack:Ev1", "a", LEASE, KEEP);
    events.release("slack:Ev1", "a");

    assertThat(events.claim("slack:Ev1", "b", LEASE, KEEP)).isTrue();
    events.answered("slack:Ev1", "b");
    events.release("slack:Ev1", "b");
    assertThat(events.claim("slack:Ev1", "c", LEASE, KEEP)).isFalse();
  }

  @Test
  void claim_slackRetriesOnTwoInstancesAtOnce_exactlyOneWins() throws Exception {
    JdbcProcessedEvents first = events();
    JdbcProcessedEvents second = new JdbcProcessedEvents(another(), clock);
    List<Callable<Boolean>> deliveries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      JdbcProcessedEvents instance = i % 2 == 0 ? first : second;
      String owner = "owner" + i;
      deliveries.add(() -> instance.claim("slack:EvRetry", owner, LEASE, KEEP));
    }

    assertThat(race(deliveries)).containsOnlyOnce(true).hasSize(8);
  }

  @Test
  void takeover_ofAStaleClaimByTwoInstancesAtOnce_exactlyOneWins() throws Exception {
    JdbcProcessedEvents first = events();
    JdbcProcessedEvents second = new JdbcProcessedEvents(another(), clock);
    first.claim("slack:EvStale", "died", LEASE, KEEP);
    clock.advance(LEASE.plusSeconds(1));
    List<Callable<Boolean>> retries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      JdbcProcessedEvents instance = i % 2 == 0 ? first : second;
      String owner = "retry" + i;
      retries.add(() -> instance.claim("slack:EvStale", owner, LEASE, KEEP));
    }

    assertThat(race(retries)).containsOnlyOnce(true).hasSize(8);
  }

  @Test
  void claim_thenRestart_claimIsRemembered() {
    events().claim("discord:msg:1", "a", LEASE, KEEP);

    assertThat(new JdbcProcessedEvents(restart(), clock).claim("discord:msg:1", "b", LEASE, KEEP))
        .isFalse();
  }

  @Test
  void claim_longKeysThatShareAPrefix_areDistinct() {
    JdbcProcessedEvents events = events();
    String prefix = "slack:" + "x".repeat(600);

    assertThat(events.claim(prefix + "A", "a", LEASE, KEEP)).isTrue();
    assertThat(events.claim(prefix + "B", "a", LEASE, KEEP)).isTrue();
    assertThat(events.claim(prefix + "A", "b", LEASE, KEEP)).isFalse();
    events.answered(prefix + "A", "a");
    clock.advance(LEASE);
    assertThat(events.claim(prefix + "A", "b", LEASE, KEEP)).isFalse();
  }
}
