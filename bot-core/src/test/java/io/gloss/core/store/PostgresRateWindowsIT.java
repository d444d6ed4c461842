package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.port.out.RateWindows;
import io.gloss.core.port.out.RateWindows.Budget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rate windows shared by three instances (three pools) on one PostgreSQL. */
class PostgresRateWindowsIT {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final TestClock clock = new TestClock(Instant.parse("2026-12-05T09:00:00Z"));
  private final List<Database> instances = new ArrayList<>();

  @BeforeEach
  void open() {
    StoreSettings settings = EmbeddedPostgresHolder.freshDatabase();
    for (int i = 0; i < 3; i++) {
      instances.add(Database.open(settings));
    }
  }

  @AfterEach
  void close() {
    instances.forEach(Database::close);
  }

  private RateWindows windows(int instance) {
    return new JdbcRateWindows(instances.get(instance), clock);
  }

  @Test
  void tryTake_threeInstancesRacing_allowExactlyTheLimitAltogether() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(12);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 120; i++) {
        RateWindows windows = windows(i % 3);
        // Twelve users in one channel of one workspace; the workspace allows 25 per minute.
        List<Budget> budgets =
            List.of(
                new Budget("u:slack:T1:U" + (i % 12), 100),
                new Budget("c:slack:T1:C1", 100),
                new Budget("w:slack:T1", 25));
        answers.add(
            threads.submit(
                () -> {
                  start.await();
                  return windows.tryTake(budgets, MINUTE);
                }));
      }
      start.countDown();
      int allowed = 0;
      for (Future<Boolean> answer : answers) {
        allowed += answer.get() ? 1 : 0;
      }

      assertThat(allowed).isEqualTo(25);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void tryTake_refused_takesNothingFromTheOtherBudgets() {
    List<Budget> flooder = List.of(new Budget("u:slack:T1:U1", 2), new Budget("c:slack:T1:C1", 3));
    List<Budget> other = List.of(new Budget("u:slack:T1:U2", 2), new Budget("c:slack:T1:C1", 3));

    assertThat(windows(0).tryTake(flooder, MINUTE)).isTrue();
    assertThat(windows(1).tryTake(flooder, MINUTE)).isTrue();
    assertThat(windows(2).tryTake(flooder, MINUTE)).isFalse();
    assertThat(windows(0).tryTake(flooder, MINUTE)).isFalse();

    // The channel gave two of its three: the refused requests took nothing from it.
    assertThat(windows(1).tryTake(other, MINUTE)).isTrue();
    assertThat(windows(2).tryTake(other, MINUTE)).isFalse();
  }

  @Test
  void tryTake_windowOver_startsANewWindowFromTheNextRequest() {
    List<Budget> user = List.of(new Budget("u:discord:G1:U1", 1));
    assertThat(windows(0).tryTake(user, MINUTE)).isTrue();
    clock.advance(Duration.ofSeconds(59));
    assertThat(windows(1).tryTake(user, MINUTE)).isFalse();

    clock.advance(Duration.ofSeconds(1));
    assertThat(windows(2).tryTake(user, MINUTE)).isTrue();
    clock.advance(Duration.ofSeconds(30));
    assertThat(windows(0).tryTake(user, MINUTE)).isFalse();
  }

  @Test
  void purgeExpired_dayOldWindowsAndLeases_areDeleted() {
    windows(0).tryTake(List.of(new Budget("w:slack:T1", 5)), MINUTE);
    new JdbcWorkLeases(instances.get(0), clock).tryAcquire("fetch x", "a", MINUTE);

    DataPurger.Purged early = new DataPurger(instances.get(0)).purgeExpired(clock.instant());
    DataPurger.Purged late =
        new DataPurger(instances.get(0)).purgeExpired(clock.instant().plus(Duration.ofDays(2)));

    assertThat(early.rowsByTable()).containsEntry("rate_window", 0).containsEntry("work_lease", 0);
    assertThat(late.rowsByTable()).containsEntry("rate_window", 1).containsEntry("work_lease", 1);
  }
}
