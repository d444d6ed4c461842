package io.gloss.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.port.out.Telemetry;
import io.gloss.core.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler thread on the injected clock: wakes at the due time, posts once, stops cleanly. */
class DigestSchedulerTest extends DigestTestBase {
  @TempDir Path dataDir;

  @Override
  protected StoreSettings freshStore() {
    return StoreSettings.sqlite(dataDir);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      Thread.sleep(20);
    }
  }

  @Test
  void postsWhenTheClockReachesTheDueTime_once_andStopsCleanly() throws Exception {
    List<String> telemetry = new CopyOnWriteArrayList<>();
    DigestRunner reporting =
        new DigestRunner(
            stores.digests(),
            new DigestPlanner(
                stores.sharedLinks(),
                stores.articles(),
                stores.digestSources(),
                new StoryGrouper(KOREAN)),
            stores.channelSettings(),
            List.of(poster),
            DigestSettings.defaults().withPace(Duration.ZERO),
            clock,
            new Telemetry() {
              @Override
              public void digestRun(String outcome, Duration took) {
                telemetry.add(outcome);
              }
            },
            "scheduler-test");
    shareStory(CHANNEL, "s1", "스케줄러가 올리는 기사 제목");
    DigestScheduler scheduler = new DigestScheduler(reporting, clock).start();
    try {
      await(() -> scheduler.passes() >= 1);
      Thread.sleep(300);
      // Not a poll loop: with the clock standing still, the thread sleeps (recheck is 5 min).
      assertThat(scheduler.passes()).isEqualTo(1);
      assertThat(poster.count()).isZero();

      moveTo(DUE);
      scheduler.wake();
      await(() -> poster.count() == 1);

      clock.advance(Duration.ofHours(1));
      // Counted before the wake: a pass that ends first would otherwise be awaited for ever.
      long passes = scheduler.passes();
      scheduler.wake();
      await(() -> scheduler.passes() > passes);
      assertThat(poster.count()).isEqualTo(1);
      assertThat(telemetry).containsExactly("posted");
    } finally {
      assertThat(scheduler.stop(Duration.ofSeconds(5))).isTrue();
    }
    assertThat(scheduler.isRunning()).isFalse();
  }
}
