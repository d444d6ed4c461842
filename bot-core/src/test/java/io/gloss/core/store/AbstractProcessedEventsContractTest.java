package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.gloss.core.port.out.ProcessedEvents} on every database (hostile input
 * 28: the idempotency key is stored before the work starts; one delivery wins).
 */
abstract class AbstractProcessedEventsContractTest extends StoreContract {
  private static final Duration TTL = Duration.ofHours(1);

  @Test
  void claim_sameEventTwice_onlyFirstWins() {
    JdbcProcessedEvents events = new JdbcProcessedEvents(database, clock);

    assertThat(events.claim("slack:Ev1", TTL)).isTrue();
    assertThat(events.claim("slack:Ev1", TTL)).isFalse();
    assertThat(events.claim("slack:Ev2", TTL)).isTrue();
  }

  @Test
  void claim_afterExpiry_canBeClaimedAgain() {
    JdbcProcessedEvents events = new JdbcProcessedEvents(database, clock);
    events.claim("slack:Ev1", TTL);

    clock.advance(Duration.ofMinutes(59));
    assertThat(events.claim("slack:Ev1", TTL)).isFalse();
    clock.advance(Duration.ofMinutes(1));
    assertThat(events.claim("slack:Ev1", TTL)).isTrue();
  }

  @Test
  void claim_slackRetriesOnTwoInstancesAtOnce_exactlyOneWins() throws Exception {
    JdbcProcessedEvents first = new JdbcProcessedEvents(database, clock);
    JdbcProcessedEvents second = new JdbcProcessedEvents(another(), clock);
    List<Callable<Boolean>> deliveries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      JdbcProcessedEvents instance = i % 2 == 0 ? first : second;
      deliveries.add(() -> instance.claim("slack:EvRetry", TTL));
    }

    assertThat(race(deliveries)).containsOnlyOnce(true).hasSize(8);
  }

  @Test
  void claim_thenRestart_claimIsRemembered() {
    new JdbcProcessedEvents(database, clock).claim("discord:msg:1", TTL);

    assertThat(new JdbcProcessedEvents(restart(), clock).claim("discord:msg:1", TTL)).isFalse();
  }

  @Test
  void claim_longKeysThatShareAPrefix_areDistinct() {
    JdbcProcessedEvents events = new JdbcProcessedEvents(database, clock);
    String prefix = "slack:" + "x".repeat(600);

    assertThat(events.claim(prefix + "A", TTL)).isTrue();
    assertThat(events.claim(prefix + "B", TTL)).isTrue();
    assertThat(events.claim(prefix + "A", TTL)).isFalse();
  }
}
