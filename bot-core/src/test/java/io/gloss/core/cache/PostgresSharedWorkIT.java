package io.gloss.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.store.Database;
import io.gloss.core.store.EmbeddedPostgresHolder;
import io.gloss.core.store.JdbcArticleStore;
import io.gloss.core.store.JdbcWorkLeases;
import io.gloss.core.store.StoreSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Three instances (own caches, own pools) on one PostgreSQL, all asked for the same 20 articles at
 * once while the first fetches are held open: with the work leases each article is fetched and
 * summarized once in the fleet.
 */
class PostgresSharedWorkIT {
  private static final int URLS = 20;
  private static final int INSTANCES = 3;
  private static final SharedWork.Settings FAST_POLL =
      new SharedWork.Settings(
          Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofMillis(20));

  private final FakePipeline site = new FakePipeline();

  private static String url(int i) {
    return "https://news.example/article/" + i;
  }

  @Test
  void summarize_threeInstancesAskedTogether_fetchAndSummarizeEachArticleOnce() throws Exception {
    int[] counts =
        race(
            database ->
                SharedWork.shared(new JdbcWorkLeases(database, Clock.systemUTC()), FAST_POLL));

    assertThat(counts[0]).as("fetches").isEqualTo(URLS);
    assertThat(counts[1]).as("summaries").isEqualTo(URLS);
  }

  /** Not an assertion: what the leases save, for docs/SCALING.md. */
  @Test
  void summarize_withoutLeases_printsTheFetchesOfTheSameRace() throws Exception {
    int[] counts = race(database -> SharedWork.local());

    System.out.printf(
        "%d instances, %d URLs asked together: without leases %d fetches, %d summaries"
            + " (with leases: %d and %d)%n",
        INSTANCES, URLS, counts[0], counts[1], URLS, URLS);
    assertThat(counts[0]).isGreaterThanOrEqualTo(URLS);
  }

  /** Every instance asks for every URL twice; the first fetches wait until 20 are under way. */
  private int[] race(Function<Database, SharedWork> work) throws Exception {
    for (int i = 0; i < URLS; i++) {
      site.pages.put(url(i), "제목 " + i + "\n\n기사 " + i + "의 첫 문단이다.\n\n둘째 문단이다.");
    }
    CountDownLatch gate = new CountDownLatch(1);
    site.fetchGate = gate;
    StoreSettings settings = EmbeddedPostgresHolder.freshDatabase();
    List<Database> databases = new ArrayList<>();
    ExecutorService users = Executors.newFixedThreadPool(INSTANCES * URLS * 2);
    // Loads on their own threads, as in the wiring (a same-thread load would run inside the
    // cache's map lock and hold up other keys).
    ExecutorService loads = Executors.newCachedThreadPool();
    try {
      List<CachingSummarizeArticleUseCase> fleet = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        Database database = Database.open(settings);
        databases.add(database);
        fleet.add(
            new CachingSummarizeArticleUseCase(
                site.extract,
                site.service,
                new JdbcArticleStore(database, Clock.systemUTC()),
                SummaryCacheSettings.defaults("extractive"),
                Clock.systemUTC(),
                new FakeTicker(),
                loads,
                work.apply(database)));
      }
      List<Future<SummaryResult>> answers = new ArrayList<>();
      for (int repeat = 0; repeat < 2; repeat++) {
        for (int u = 0; u < URLS; u++) {
          for (CachingSummarizeArticleUseCase instance : fleet) {
            SummaryRequest request =
                new SummaryRequest(url(u), SummaryStyle.BRIEF, null, RequestOrigin.CLI);
            answers.add(users.submit(() -> instance.summarize(request)));
          }
        }
      }
      while (site.fetches.get() < URLS) {
        Thread.sleep(10); // a sync point: every URL has a fetch under way
      }
      gate.countDown();
      for (Future<SummaryResult> answer : answers) {
        assertThat(answer.get()).isInstanceOf(SummaryResult.Success.class);
      }
      return new int[] {site.fetches.get(), site.summaries.get()};
    } finally {
      gate.countDown();
      users.shutdownNow();
      loads.shutdownNow();
      databases.forEach(Database::close);
    }
  }
}
