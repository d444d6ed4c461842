package io.gloss.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.port.out.WorkLeases;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Turns on leases held in memory, with a ticker that each pause moves (no real waiting). */
class SharedWorkTest {
  private static final SharedWork.Settings SETTINGS =
      new SharedWork.Settings(
          Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofMillis(100));

  /** Leases in a map; "other" holds a key when the test says so. */
  private static final class MapLeases implements WorkLeases {
    final Map<String, String> holders = new HashMap<>();
    volatile boolean down;

    @Override
    public synchronized boolean tryAcquire(String key, String owner, Duration lease) {
      if (down) {
        throw new IllegalStateException("store down");
      }
      return holders.putIfAbsent(key, owner) == null;
    }

    @Override
    public synchronized void release(String key, String owner) {
      if (down) {
        throw new IllegalStateException("store down");
      }
      holders.remove(key, owner);
    }
  }

  private final MapLeases leases = new MapLeases();
  private final FakeTicker ticker = new FakeTicker();
  private final AtomicInteger pauses = new AtomicInteger();
  private final AtomicReference<Runnable> duringPause = new AtomicReference<>(() -> {});
  private final SharedWork work =
      new SharedWork(
          leases,
          SETTINGS,
          ticker,
          duration -> {
            pauses.incrementAndGet();
            ticker.advance(duration);
            duringPause.get().run();
          });

  @Test
  void turn_leaseFree_isMine_andClosingReleasesIt() {
    try (SharedWork.Turn<String> turn = work.turn("fetch a", Optional::empty)) {
      assertThat(turn.stored()).isEmpty();
      assertThat(leases.holders).containsKey("fetch a");
    }
    assertThat(leases.holders).isEmpty();
    assertThat(pauses).hasValue(0);
  }

  @Test
  void turn_leaseHeld_waitsForTheHoldersStoredResult() {
    leases.holders.put("fetch a", "other");
    AtomicReference<String> store = new AtomicReference<>();
    AtomicInteger looks = new AtomicInteger();
    // The holder stores its result during the third pause.
    duringPause.set(
        () -> {
          if (pauses.get() == 3) {
            store.set("article");
          }
        });

    SharedWork.Turn<String> turn =
        work.turn(
            "fetch a",
            () -> {
              looks.incrementAndGet();
              return Optional.ofNullable(store.get());
            });

    assertThat(turn.stored()).contains("article");
    assertThat(looks).hasValue(3);
    assertThat(work.stats().sharedResults()).isEqualTo(1);
    assertThat(leases.holders).containsEntry("fetch a", "other");
  }

  @Test
  void turn_holderGivesUpWithoutResult_theWaiterTakesTheLease() {
    leases.holders.put("fetch a", "other");
    duringPause.set(() -> leases.holders.remove("fetch a"));

    try (SharedWork.Turn<String> turn = work.turn("fetch a", Optional::empty)) {
      assertThat(turn.stored()).isEmpty();
      assertThat(leases.holders.get("fetch a")).isNotEqualTo("other");
    }
    assertThat(leases.holders).isEmpty();
  }

  @Test
  void turn_holderNeverAnswers_theWaiterWorksAfterMaxWait() {
    leases.holders.put("fetch a", "other");

    SharedWork.Turn<String> turn = work.turn("fetch a", Optional::empty);

    assertThat(turn.stored()).isEmpty();
    assertThat(pauses).hasValue(20); // 2 s of 100 ms pauses
    assertThat(work.stats().waitTimeouts()).isEqualTo(1);
    turn.close();
    assertThat(leases.holders).containsEntry("fetch a", "other");
  }

  @Test
  void turn_leasesFail_worksWithoutThem() {
    leases.down = true;

    try (SharedWork.Turn<String> turn = work.turn("fetch a", Optional::empty)) {
      assertThat(turn.stored()).isEmpty();
    }
    assertThat(work.stats().leaseErrors()).isEqualTo(2);
    assertThat(pauses).hasValue(0);
  }
}
