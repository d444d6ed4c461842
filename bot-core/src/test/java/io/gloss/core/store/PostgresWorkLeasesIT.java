package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.port.out.WorkLeases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Work leases on one PostgreSQL: one holder at a time, released or run out. */
class PostgresWorkLeasesIT {
  private static final Duration LEASE = Duration.ofSeconds(60);
  private final TestClock clock = new TestClock(Instant.parse("2026-12-05T09:00:00Z"));

  @Test
  void tryAcquire_thirtyOwnersOnThreeInstancesRacing_exactlyOneHolds() throws Exception {
    StoreSettings settings = EmbeddedPostgresHolder.freshDatabase();
    List<Database> instances = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(10);
    try {
      for (int i = 0; i < 3; i++) {
        instances.add(Database.open(settings));
      }
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        WorkLeases leases = new JdbcWorkLeases(instances.get(i % 3), clock);
        String owner = "owner-" + i;
        answers.add(
            threads.submit(
                () -> {
                  start.await();
                  return leases.tryAcquire("fetch https://news.example/a", owner, LEASE);
                }));
      }
      start.countDown();
      int holders = 0;
      for (Future<Boolean> answer : answers) {
        holders += answer.get() ? 1 : 0;
      }

      assertThat(holders).isEqualTo(1);
    } finally {
      threads.shutdownNow();
      instances.forEach(Database::close);
    }
  }

  @Test
  void tryAcquire_afterReleaseOrExpiry_isGrantedAgain_butNotReleasedByAnotherOwner() {
    try (Database database = Database.open(EmbeddedPostgresHolder.freshDatabase())) {
      WorkLeases leases = new JdbcWorkLeases(database, clock);
      assertThat(leases.tryAcquire("k", "a", LEASE)).isTrue();
      leases.release("k", "b");
      assertThat(leases.tryAcquire("k", "b", LEASE)).isFalse();

      leases.release("k", "a");
      assertThat(leases.tryAcquire("k", "b", LEASE)).isTrue();

      clock.advance(LEASE);
      assertThat(leases.tryAcquire("k", "c", LEASE)).isTrue();
      assertThat(leases.tryAcquire("k", "b", LEASE)).isFalse();
    }
  }
}
