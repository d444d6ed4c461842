package io.gloss.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.store.Database;
import io.gloss.core.store.JdbcArticleStore;
import io.gloss.core.store.StoreSettings;
import io.gloss.core.store.TestClock;
import io.gloss.core.url.UrlCanonicalizer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache in front of the real pipeline and a real SQLite store (hostile input 34: one fetch per
 * key, short negative caching, long URLs, store outages).
 */
class CachingSummarizeArticleUseCaseTest {
  private static final String URL = "https://news.example/article/1";
  private static final String PAGE = "AI 주권 논의\n\n정부가 소버린AI 전략을 내놓았다.\n\n업계는 환영했다.";

  /** One article pasted in different ways (case, tracking parameters, fragment, http). */
  private static final List<String> VARIANTS =
      List.of(
          URL,
          "HTTPS://NEWS.example/article/1",
          URL + "?utm_source=slack&utm_medium=chat",
          URL + "#comments",
          "http://news.example/article/1");

  @TempDir Path dataDir;

  private final FakePipeline site = new FakePipeline();
  private final FakeTicker ticker = new FakeTicker();
  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T00:00:00Z"));
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final List<Database> databases = new ArrayList<>();

  @AfterEach
  void close() {
    executor.shutdownNow();
    databases.forEach(Database::close);
  }

  /** A new process: a new database handle on the same data directory and a new, empty cache. */
  private CachingSummarizeArticleUseCase newProcess() {
    return newProcess(Runnable::run);
  }

  /**
   * @param loads runs the loads: a pool where requests must overlap, else the calling thread, so
   *     that expiry times are set before the test moves the ticker
   */
  private CachingSummarizeArticleUseCase newProcess(Executor loads) {
    Database database = Database.open(StoreSettings.sqlite(dataDir));
    databases.add(database);
    return cache(database, loads);
  }

  private CachingSummarizeArticleUseCase cache(Database database, Executor loads) {
    return new CachingSummarizeArticleUseCase(
        site.extract,
        site.service,
        new JdbcArticleStore(database, clock),
        SummaryCacheSettings.defaults("extractive"),
        clock,
        ticker,
        loads);
  }

  private static SummaryRequest request(String url, SummaryStyle style) {
    return new SummaryRequest(url, style, null, RequestOrigin.CLI);
  }

  @Test
  void summarize_100ConcurrentRequests_fetchAndSummarizeOnce() throws Exception {
    site.pages.put(URL, PAGE);
    site.fetchGate = new CountDownLatch(1);
    CachingSummarizeArticleUseCase cache = newProcess(executor);
    ExecutorService users = Executors.newFixedThreadPool(100);
    try {
      CountDownLatch started = new CountDownLatch(100);
      List<Future<SummaryResult>> results = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        String variant = VARIANTS.get(i % VARIANTS.size());
        results.add(
            users.submit(
                () -> {
                  started.countDown();
                  return cache.summarize(request(variant, SummaryStyle.BRIEF));
                }));
      }
      started.await();
      site.fetchGate.countDown();
      List<Summary> summaries = new ArrayList<>();
      for (Future<SummaryResult> result : results) {
        summaries.add(((SummaryResult.Success) result.get()).summary());
      }

      assertThat(site.fetches).hasValue(1);
      assertThat(site.summaries).hasValue(1);
      assertThat(summaries).hasSize(100).allMatch(summary -> summary.equals(summaries.get(0)));
      assertThat(cache.stats().misses()).isEqualTo(1);
      assertThat(cache.stats().hits()).isEqualTo(99);
    } finally {
      users.shutdownNow();
    }
  }

  @Test
  void provisionalSummary_isShownButNotStored_whileAFinalNoteIsStored() {
    site.pages.put(URL, PAGE);
    site.notes = List.of(Note.provisional("llm_fallback", "AI summary unavailable."));
    newProcess().summarize(request(URL, SummaryStyle.BRIEF));
    newProcess().summarize(request(URL, SummaryStyle.BRIEF));
    // Each new process summarizes again: the fallback result was never stored.
    assertThat(site.summaries).hasValue(2);

    site.notes = List.of(new Note("style_needs_llm", "The style needs a model."));
    newProcess().summarize(request(URL, SummaryStyle.BRIEF));
    newProcess().summarize(request(URL, SummaryStyle.BRIEF));
    assertThat(site.summaries).hasValue(3);
  }

  @Test
  void summarize_secondProcessOnSameDataDir_fetchesNothing() {
    site.pages.put(URL, PAGE);
    SummaryResult first = newProcess().summarize(request(URL, SummaryStyle.BRIEF));

    CachingSummarizeArticleUseCase second = newProcess();
    SummaryResult again = second.summarize(request(URL, SummaryStyle.BRIEF));

    assertThat(site.fetches).hasValue(1);
    assertThat(site.summaries).hasValue(1);
    assertThat(first).isEqualTo(new SummaryResult.Success(summaryOf(first), false));
    assertThat(again).isEqualTo(new SummaryResult.Success(summaryOf(first), true));
    assertThat(second.stats().storeSummaryHits()).isEqualTo(1);
    assertThat(second.stats().fetches()).isZero();
  }

  @Test
  void summarize_storedArticleInAnotherStyle_isSummarizedWithoutFetching() {
    site.pages.put(URL, PAGE);
    newProcess().summarize(request(URL, SummaryStyle.BRIEF));

    CachingSummarizeArticleUseCase second = newProcess();
    SummaryResult shortOne = second.summarize(request(URL, SummaryStyle.SHORT));

    assertThat(site.fetches).hasValue(1);
    assertThat(site.summaries).hasValue(2);
    assertThat(summaryOf(shortOne).style()).isEqualTo(SummaryStyle.SHORT);
    assertThat(second.stats().storeArticleHits()).isEqualTo(1);
    assertThat(newProcess().summarize(request(URL, SummaryStyle.SHORT))).isEqualTo(shortOne);
    assertThat(site.summaries).hasValue(2);
  }

  @Test
  void summarize_brokenUrl_isNegativelyCachedForAShortTime() {
    CachingSummarizeArticleUseCase cache = newProcess();

    SummaryResult first = cache.summarize(request(URL, SummaryStyle.BRIEF));
    cache.summarize(request(URL, SummaryStyle.BRIEF));
    assertThat(first).isInstanceOf(SummaryResult.Failure.class);
    assertThat(((SummaryResult.Failure) first).reason()).isEqualTo(FailureReason.NOT_FOUND);
    assertThat(site.fetches).hasValue(1);

    ticker.advance(Duration.ofMinutes(2));
    site.pages.put(URL, PAGE);

    assertThat(cache.summarize(request(URL, SummaryStyle.BRIEF)))
        .isInstanceOf(SummaryResult.Success.class);
    assertThat(site.fetches).hasValue(2);
    assertThat(cache.stats().failures()).isEqualTo(1);
  }

  @Test
  void summarize_networkError_isCachedForSecondsOnly() {
    CachingSummarizeArticleUseCase cache = newProcess();
    site.failWith = FailureReason.NETWORK_ERROR;

    SummaryResult first = cache.summarize(request(URL, SummaryStyle.BRIEF));
    cache.summarize(request(URL, SummaryStyle.BRIEF));
    assertThat(((SummaryResult.Failure) first).reason()).isEqualTo(FailureReason.NETWORK_ERROR);
    assertThat(site.fetches).as("a burst shares the failure").hasValue(1);

    ticker.advance(Duration.ofSeconds(6));
    site.failWith = null;
    site.pages.put(URL, PAGE);

    assertThat(cache.summarize(request(URL, SummaryStyle.BRIEF)))
        .isInstanceOf(SummaryResult.Success.class);
    assertThat(site.fetches).hasValue(2);
  }

  @Test
  void summarize_timeouts_areNotCached() {
    CachingSummarizeArticleUseCase cache = newProcess();
    site.failWith = FailureReason.EXTRACTION_TIMEOUT;
    cache.summarize(request(URL, SummaryStyle.BRIEF));
    site.failWith = FailureReason.FETCH_TIMEOUT;
    cache.summarize(request(URL, SummaryStyle.BRIEF));
    site.failWith = null;
    site.pages.put(URL, PAGE);

    assertThat(cache.summarize(request(URL, SummaryStyle.BRIEF)))
        .isInstanceOf(SummaryResult.Success.class);
    assertThat(site.fetches).hasValue(3);
  }

  @Test
  void summarize_articleChangedAfterRefreshTime_isSummarizedAgain() {
    site.pages.put(URL, PAGE);
    CachingSummarizeArticleUseCase cache = newProcess();
    Summary before = summaryOf(cache.summarize(request(URL, SummaryStyle.BRIEF)));

    site.pages.put(URL, "AI 주권 논의\n\n정정: 정부가 전략 발표를 미뤘다.\n\n업계는 관망했다.");
    ticker.advance(Duration.ofHours(2));
    clock.advance(Duration.ofHours(25));
    Summary after = summaryOf(cache.summarize(request(URL, SummaryStyle.BRIEF)));

    assertThat(site.fetches).hasValue(2);
    assertThat(site.summaries).hasValue(2);
    assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
    assertThat(after.bullets().get(0).text()).startsWith("정정");
  }

  @Test
  void summarize_sameArticleAfterRefreshTime_isFetchedButNotSummarizedAgain() {
    site.pages.put(URL, PAGE);
    CachingSummarizeArticleUseCase cache = newProcess();
    Summary before = summaryOf(cache.summarize(request(URL, SummaryStyle.BRIEF)));

    ticker.advance(Duration.ofHours(2));
    clock.advance(Duration.ofHours(25));

    assertThat(summaryOf(cache.summarize(request(URL, SummaryStyle.BRIEF)))).isEqualTo(before);
    assertThat(site.fetches).hasValue(2);
    assertThat(site.summaries).hasValue(1);
  }

  @Test
  void summarize_storeDown_stillAnswersFromThePipelineAndMemory() {
    site.pages.put(URL, PAGE);
    Database database = Database.open(StoreSettings.sqlite(dataDir));
    CachingSummarizeArticleUseCase cache = cache(database, Runnable::run);
    database.close();

    SummaryResult first = cache.summarize(request(URL, SummaryStyle.BRIEF));
    SummaryResult second = cache.summarize(request(URL, SummaryStyle.BRIEF));

    assertThat(first).isInstanceOf(SummaryResult.Success.class);
    assertThat(second).isEqualTo(new SummaryResult.Success(summaryOf(first), true));
    assertThat(site.fetches).hasValue(1);
    assertThat(cache.stats().storeErrors()).isPositive();
  }

  @Test
  void summarize_tenKilobyteUrl_isAnsweredAndFetchedOnce() {
    String longUrl = URL + "?q=" + "x".repeat(10_000);
    site.pages.put(new UrlCanonicalizer().canonicalize(longUrl), PAGE);
    CachingSummarizeArticleUseCase cache = newProcess();

    SummaryResult first = cache.summarize(request(longUrl, SummaryStyle.BRIEF));
    SummaryResult second = cache.summarize(request(longUrl, SummaryStyle.BRIEF));

    assertThat(first).isInstanceOf(SummaryResult.Success.class);
    assertThat(second).isInstanceOf(SummaryResult.Success.class);
    assertThat(site.fetches).hasValue(1);
    assertThat(cache.stats().storeErrors()).isZero();
  }

  @Test
  void summarize_poisonedStoredRows_areRefetchedAndOverwritten() {
    site.pages.put(URL, PAGE);
    newProcess().summarize(request(URL, SummaryStyle.BRIEF));
    databases
        .get(0)
        .write(
            connection ->
                connection
                    .createStatement()
                    .executeUpdate("UPDATE article SET article_json = '{not json'"));

    CachingSummarizeArticleUseCase second = newProcess();
    SummaryResult answer = second.summarize(request(URL, SummaryStyle.BRIEF));

    assertThat(answer).isInstanceOf(SummaryResult.Success.class);
    assertThat(site.fetches).hasValue(2);
    assertThat(second.stats().storeErrors()).isEqualTo(1);
    assertThat(newProcess().summarize(request(URL, SummaryStyle.BRIEF)))
        .isEqualTo(new SummaryResult.Success(summaryOf(answer), true));
    assertThat(site.fetches).hasValue(2);
  }

  private static Summary summaryOf(SummaryResult result) {
    assertThat(result).isInstanceOf(SummaryResult.Success.class);
    return ((SummaryResult.Success) result).summary();
  }
}
