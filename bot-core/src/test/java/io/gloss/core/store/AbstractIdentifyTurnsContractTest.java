package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.gateway.SharedIdentifyGate;
import io.gloss.core.port.in.IdentifyGateUseCase;
import io.gloss.core.port.out.IdentifyTurns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Discord identify turns (V8) on every database, on the database's own clock (these tests wait in
 * real time, with intervals of a few hundred milliseconds): one turn per bucket at a time across
 * instances, the interval counted from the end of a turn, buckets independent, and a turn whose
 * holder died freed by its hold.
 */
abstract class AbstractIdentifyTurnsContractTest extends StoreContract {
  private static final String BUCKET_0 = "discord-identify:0";
  private static final Duration LONG_HOLD = Duration.ofSeconds(60);
  private static final Duration INTERVAL = Duration.ofMillis(400);

  /** The store's clock counts in milliseconds; the test's in nanoseconds. */
  private static final long SLACK_MILLIS = 15;

  private static final SharedIdentifyGate.Timing FAST =
      new SharedIdentifyGate.Timing(INTERVAL, Duration.ofSeconds(10), Duration.ofMillis(100));

  @Test
  void tryTake_freeTurn_isTaken_thenBusyForTheHold() {
    IdentifyTurns turns = new JdbcIdentifyTurns(database);

    assertThat(turns.tryTake(BUCKET_0, "a", LONG_HOLD).taken()).isTrue();
    IdentifyTurns.Attempt second = turns.tryTake(BUCKET_0, "b", LONG_HOLD);

    assertThat(second.taken()).isFalse();
    assertThat(second.retryIn()).isBetween(LONG_HOLD.minusSeconds(2), LONG_HOLD);
  }

  @Test
  void tryTake_otherBucket_isNotBlocked() {
    new JdbcIdentifyTurns(database).tryTake(BUCKET_0, "a", LONG_HOLD);

    assertThat(new JdbcIdentifyTurns(another()).tryTake("discord-identify:1", "b", LONG_HOLD))
        .isEqualTo(IdentifyTurns.Attempt.TAKEN);
  }

  @Test
  void finish_startsTheIntervalFromNow_thenTheTurnIsFreeAgain() throws Exception {
    IdentifyTurns turns = new JdbcIdentifyTurns(database);
    turns.tryTake(BUCKET_0, "a", LONG_HOLD);

    turns.finish(BUCKET_0, "a", INTERVAL);
    IdentifyTurns.Attempt refused = turns.tryTake(BUCKET_0, "b", LONG_HOLD);

    assertThat(refused.taken()).isFalse();
    assertThat(refused.retryIn()).isPositive().isLessThanOrEqualTo(INTERVAL);
    TimeUnit.MILLISECONDS.sleep(refused.retryIn().toMillis() + 20);
    assertThat(turns.tryTake(BUCKET_0, "b", LONG_HOLD).taken()).isTrue();
  }

  @Test
  void tryTake_holderDiedWithoutFinishing_turnIsFreeAfterTheHold() throws Exception {
    new JdbcIdentifyTurns(database).tryTake(BUCKET_0, "died", Duration.ofMillis(300));
    IdentifyTurns other = new JdbcIdentifyTurns(another());

    assertThat(other.tryTake(BUCKET_0, "b", LONG_HOLD).taken()).isFalse();
    TimeUnit.MILLISECONDS.sleep(350);
    assertThat(other.tryTake(BUCKET_0, "b", LONG_HOLD).taken()).isTrue();
  }

  @Test
  void finish_afterTheHoldRanOutAndAnotherTookTheTurn_leavesTheirTurnAlone() throws Exception {
    IdentifyTurns late = new JdbcIdentifyTurns(database);
    late.tryTake(BUCKET_0, "late", Duration.ofMillis(100));
    TimeUnit.MILLISECONDS.sleep(150);
    IdentifyTurns next = new JdbcIdentifyTurns(another());
    assertThat(next.tryTake(BUCKET_0, "next", LONG_HOLD).taken()).isTrue();

    late.finish(BUCKET_0, "late", INTERVAL);

    IdentifyTurns.Attempt third = next.tryTake(BUCKET_0, "third", LONG_HOLD);
    assertThat(third.taken()).isFalse();
    assertThat(third.retryIn()).isGreaterThan(LONG_HOLD.minusSeconds(5));
  }

  @Test
  void tryTake_twentyRacersOnTwoInstances_exactlyOneTakes() throws Exception {
    List<IdentifyTurns> instances =
        List.of(new JdbcIdentifyTurns(database), new JdbcIdentifyTurns(another()));
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      IdentifyTurns turns = instances.get(i % 2);
      String holder = "racer-" + i;
      racers.add(() -> turns.tryTake(BUCKET_0, holder, LONG_HOLD).taken());
    }

    assertThat(race(racers)).containsOnlyOnce(true);
  }

  /** One shard's identify as the gate let it happen: when its turn came and when it ended. */
  private record Identify(long grantedNanos, long finishedNanos) {}

  @Test
  void gate_sixShardsOfOneBucketOnTwoInstances_identifyOneAtATimeAnIntervalApart()
      throws Exception {
    List<IdentifyGateUseCase> gates =
        List.of(
            new SharedIdentifyGate(new JdbcIdentifyTurns(database), FAST),
            new SharedIdentifyGate(new JdbcIdentifyTurns(another()), FAST));
    List<Callable<Identify>> shards = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      IdentifyGateUseCase gate = gates.get(i % 2);
      shards.add(() -> identify(gate, 0));
    }

    List<Identify> identifies = new ArrayList<>(race(shards));
    identifies.sort(Comparator.comparingLong(Identify::grantedNanos));

    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < identifies.size(); i++) {
      gaps.add(
          TimeUnit.NANOSECONDS.toMillis(
              identifies.get(i).grantedNanos() - identifies.get(i - 1).finishedNanos()));
    }
    System.out.printf(
        "%s: 6 identifies of one bucket on 2 instances, ms from one's end to the next turn: %s%n",
        settings.isSqlite() ? "SQLite" : "PostgreSQL", gaps);
    for (int i = 1; i < identifies.size(); i++) {
      long gapMillis = gaps.get(i - 1);
      assertThat(gapMillis)
          .as("from identify %d's end to identify %d's turn", i - 1, i)
          .isGreaterThanOrEqualTo(INTERVAL.toMillis() - SLACK_MILLIS);
    }
  }

  @Test
  void gate_bucketHeldOnOneInstance_otherBucketGrantedAtOnceOnTheOther() throws Exception {
    IdentifyGateUseCase first = new SharedIdentifyGate(new JdbcIdentifyTurns(database), FAST);
    IdentifyGateUseCase second = new SharedIdentifyGate(new JdbcIdentifyTurns(another()), FAST);

    try (IdentifyGateUseCase.Turn held = first.acquire(0)) {
      long started = System.nanoTime();
      second.acquire(1).close();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(INTERVAL.dividedBy(2));
    }
  }

  /** Waits for the turn, "identifies" for 20 ms, and ends the turn. */
  private static Identify identify(IdentifyGateUseCase gate, int bucket)
      throws InterruptedException {
    IdentifyGateUseCase.Turn turn = gate.acquire(bucket);
    long granted = System.nanoTime();
    TimeUnit.MILLISECONDS.sleep(20);
    long finished = System.nanoTime();
    turn.close();
    return new Identify(granted, finished);
  }
}
