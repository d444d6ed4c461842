package io.gloss.core.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.Note;
import io.gloss.core.domain.StoredArticle;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.port.in.ExtractArticleUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.in.SummarizeExtractedArticleUseCase;
import io.gloss.core.port.out.ArticleStore;
import io.gloss.core.url.UrlCanonicalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers repeats without fetching: a Caffeine cache in memory, then the {@link ArticleStore}, then
 * the pipeline.
 *
 * <ul>
 *   <li>The key is the canonical URL plus the variant (style, language). Concurrent requests for
 *       one key share one load: 100 people pasting the same link cause one fetch and one summary.
 *   <li>Failures stay in memory for a short time only, so a broken URL is not hammered.
 *   <li>A load first asks the store: a stored summary of the variant is answered as is; a stored
 *       article without the variant is summarized without fetching. A stored article older than
 *       {@link SummaryCacheSettings#articleRefreshAfter()} is fetched again, and a changed article
 *       (new content hash) is summarized again. New articles and summaries are stored.
 *   <li>When the store fails, the cache carries on without it (logged, counted).
 * </ul>
 */
public final class CachingSummarizeArticleUseCase implements SummarizeArticleUseCase {
  private static final Logger log = LoggerFactory.getLogger(CachingSummarizeArticleUseCase.class);

  private record Key(String url, SummaryStyle style, @Nullable String language) {}

  private final ExtractArticleUseCase articles;
  private final SummarizeExtractedArticleUseCase summaries;
  private final ArticleStore store;
  private final SummaryCacheSettings settings;
  private final Clock clock;
  private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
  private final AsyncCache<Key, SummaryResult> cache;
  private final SharedWork work;

  private final LongAdder storeSummaryHits = new LongAdder();
  private final LongAdder storeArticleHits = new LongAdder();
  private final LongAdder fetches = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final LongAdder storeErrors = new LongAdder();

  /**
   * @param articles fetch and extract (the pipeline's first step)
   * @param summaries the pipeline, used to summarize an article already at hand
   * @param store the second level
   * @param settings bounds and the engine name
   * @param clock for stored times and article freshness
   * @param ticker for in-memory expiry
   * @param executor runs the loads
   */
  public CachingSummarizeArticleUseCase(
      ExtractArticleUseCase articles,
      SummarizeExtractedArticleUseCase summaries,
      ArticleStore store,
      SummaryCacheSettings settings,
      Clock clock,
      Ticker ticker,
      Executor executor) {
    this(articles, summaries, store, settings, clock, ticker, executor, SharedWork.local());
  }

  /**
   * As above, with the fetches and summaries shared by the instances of a fleet.
   *
   * @param work one fetch per URL and one summary per variant across instances ({@link
   *     SharedWork#local()} for one process)
   */
  public CachingSummarizeArticleUseCase(
      ExtractArticleUseCase articles,
      SummarizeExtractedArticleUseCase summaries,
      ArticleStore store,
      SummaryCacheSettings settings,
      Clock clock,
      Ticker ticker,
      Executor executor,
      SharedWork work) {
    this.work = Objects.requireNonNull(work, "work");
    this.articles = Objects.requireNonNull(articles, "articles");
    this.summaries = Objects.requireNonNull(summaries, "summaries");
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(settings.maximumSize())
            .expireAfter(new ResultExpiry(settings))
            .ticker(Objects.requireNonNull(ticker, "ticker"))
            .executor(Objects.requireNonNull(executor, "executor"))
            .recordStats()
            .buildAsync();
  }

  @Override
  public SummaryResult summarize(SummaryRequest request) {
    String canonical = canonicalizer.canonicalize(request.url());
    Key key = new Key(UrlCanonicalizer.keyOf(canonical), request.style(), request.language());
    boolean[] loadedHere = new boolean[1];
    CompletableFuture<SummaryResult> result =
        cache.get(
            key,
            (k, executor) -> {
              loadedHere[0] = true;
              return CompletableFuture.supplyAsync(() -> load(request, canonical), executor);
            });
    SummaryResult answer;
    try {
      answer = result.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    if (!loadedHere[0] && answer instanceof SummaryResult.Success success && !success.cached()) {
      return new SummaryResult.Success(success.summary(), true);
    }
    return answer;
  }

  /** Local pages are summarized as they are: not cached, not stored. */
  @Override
  public SummaryResult summarizePage(FetchedPage page, SummaryRequest request) {
    try {
      return summaries.summarizeArticle(articles.extractPage(page), request);
    } catch (ArticleUnavailableException e) {
      return new SummaryResult.Failure(request.url(), e.reason(), e.detail());
    }
  }

  /** Counters for metrics. */
  public SummaryCacheStats stats() {
    com.github.benmanes.caffeine.cache.stats.CacheStats caffeine = cache.synchronous().stats();
    return new SummaryCacheStats(
        caffeine.hitCount(),
        caffeine.missCount(),
        caffeine.evictionCount(),
        cache.synchronous().estimatedSize(),
        storeSummaryHits.sum(),
        storeArticleHits.sum(),
        fetches.sum(),
        failures.sum(),
        storeErrors.sum());
  }

  private SummaryResult load(SummaryRequest request, String canonical) {
    Instant now = clock.instant();
    boolean storable = canonical.length() <= ArticleStore.MAX_URL_LENGTH;
    Optional<StoredArticle> stored =
        storable ? fromStore(() -> store.findArticle(canonical)) : Optional.empty();
    if (stored.isPresent() && isFresh(stored.get(), now)) {
      return fromStoredArticle(stored.get().article(), request, now);
    }
    if (!storable) {
      return fetchAndSummarize(request, canonical, stored, now);
    }
    // Another instance may be fetching this URL right now: wait for the article it stores.
    SharedWork.Turn<StoredArticle> turn =
        work.turn("fetch " + UrlCanonicalizer.keyOf(canonical), () -> freshArticle(canonical));
    if (turn.stored().isPresent()) {
      return fromStoredArticle(turn.stored().get().article(), request, now);
    }
    Article article;
    try (turn) {
      article = fetchAndStore(request, canonical, now);
    } catch (ArticleUnavailableException e) {
      return failedFetch(request, canonical, stored, now, e);
    }
    return summarizeFetched(article, request, now);
  }

  /** Unstorable URLs (too long for the store): no store, no lease. */
  private SummaryResult fetchAndSummarize(
      SummaryRequest request, String canonical, Optional<StoredArticle> stored, Instant now) {
    try {
      return summarizeFetched(fetchAndStore(request, canonical, now), request, now);
    } catch (ArticleUnavailableException e) {
      return failedFetch(request, canonical, stored, now, e);
    }
  }

  private Article fetchAndStore(SummaryRequest request, String canonical, Instant now)
      throws ArticleUnavailableException {
    fetches.increment();
    Article article = articles.extract(request.url());
    if (article.canonicalUrl().length() <= ArticleStore.MAX_URL_LENGTH) {
      toStore(() -> store.saveArticle(article, now));
      if (canonical.length() <= ArticleStore.MAX_URL_LENGTH) {
        toStore(() -> store.linkUrl(canonical, article.canonicalUrl()));
      }
    }
    return article;
  }

  private SummaryResult failedFetch(
      SummaryRequest request,
      String canonical,
      Optional<StoredArticle> stored,
      Instant now,
      ArticleUnavailableException e) {
    if (stored.isPresent()) {
      // Stale beats nothing: the article was known, the site is down or changed its mind.
      log.info("Refetch of {} failed ({}); using the stored article", canonical, e.reason().code());
      return fromStoredArticle(stored.get().article(), request, now);
    }
    failures.increment();
    log.info("No summary for {}: {} ({})", canonical, e.reason().code(), e.detail());
    return new SummaryResult.Failure(request.url(), e.reason(), e.detail());
  }

  private SummaryResult summarizeFetched(Article article, SummaryRequest request, Instant now) {
    if (article.canonicalUrl().length() > ArticleStore.MAX_URL_LENGTH) {
      return summaries.summarizeArticle(article, request);
    }
    Optional<Summary> known = storedSummary(article, request);
    if (known.isPresent()) {
      return new SummaryResult.Success(known.get(), false);
    }
    return summarizeOnce(article, request, now, false);
  }

  /** No fetch: the stored summary of the variant, or a new summary of the stored article. */
  private SummaryResult fromStoredArticle(Article article, SummaryRequest request, Instant now) {
    Optional<Summary> known = storedSummary(article, request);
    if (known.isPresent()) {
      storeSummaryHits.increment();
      return new SummaryResult.Success(known.get(), true);
    }
    storeArticleHits.increment();
    return summarizeOnce(article, request, now, true);
  }

  /**
   * One summary of the variant across instances (one LLM call): another instance's stored summary,
   * or a new one made and stored here.
   */
  private SummaryResult.Success summarizeOnce(
      Article article, SummaryRequest request, Instant now, boolean cached) {
    SharedWork.Turn<Summary> turn =
        work.turn(summaryKey(article, request), () -> storedSummary(article, request));
    if (turn.stored().isPresent()) {
      return new SummaryResult.Success(turn.stored().get(), cached);
    }
    try (turn) {
      SummaryResult.Success made = summaries.summarizeArticle(article, request);
      saveSummary(made.summary(), now);
      return cached ? new SummaryResult.Success(made.summary(), true) : made;
    }
  }

  private String summaryKey(Article article, SummaryRequest request) {
    String language = request.language() != null ? request.language() : article.language();
    return "summary "
        + UrlCanonicalizer.keyOf(
            String.join(
                " ",
                article.canonicalUrl(),
                article.contentHash(),
                request.style().id(),
                language,
                settings.engine()));
  }

  /** The stored article of the URL if it is fresh (another instance stored it meanwhile). */
  private Optional<StoredArticle> freshArticle(String canonical) {
    Instant now = clock.instant();
    return fromStore(() -> store.findArticle(canonical)).filter(found -> isFresh(found, now));
  }

  private boolean isFresh(StoredArticle stored, Instant now) {
    return stored.fetchedAt().plus(settings.articleRefreshAfter()).isAfter(now);
  }

  private Optional<Summary> storedSummary(Article article, SummaryRequest request) {
    String language = request.language() != null ? request.language() : article.language();
    return fromStore(
        () ->
            store.findSummary(
                article.canonicalUrl(),
                article.contentHash(),
                request.style(),
                language,
                settings.engine()));
  }

  private void saveSummary(Summary summary, Instant now) {
    if (!isFallback(summary)) {
      toStore(() -> store.saveSummary(summary, settings.engine(), now));
    }
  }

  /** A summary made by a fallback (e.g. the LLM failed) is not kept: the next try may do better. */
  static boolean isFallback(Summary summary) {
    return summary.notes().stream().anyMatch(Note::provisional);
  }

  private <T> Optional<T> fromStore(Supplier<Optional<T>> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      storeErrors.increment();
      log.warn("Store read failed; answering without the store: {}", e.toString());
      return Optional.empty();
    }
  }

  private void toStore(Runnable write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      storeErrors.increment();
      log.warn("Store write failed; the result is cached in memory only: {}", e.toString());
    }
  }

  /** Summaries live long, failures and fallbacks briefly. */
  private static final class ResultExpiry implements Expiry<Key, SummaryResult> {
    private final long successNanos;
    private final Duration failureTtl;

    ResultExpiry(SummaryCacheSettings settings) {
      this.successNanos = nanos(settings.successTtl());
      this.failureTtl = settings.failureTtl();
    }

    private static long nanos(Duration duration) {
      return duration.compareTo(Duration.ofDays(365 * 100)) > 0
          ? Long.MAX_VALUE
          : duration.toNanos();
    }

    private long ttl(SummaryResult result) {
      if (result instanceof SummaryResult.Failure failure) {
        return nanos(FailureTtl.of(failure.reason(), failureTtl));
      }
      return result instanceof SummaryResult.Success success && !isFallback(success.summary())
          ? successNanos
          : nanos(failureTtl);
    }

    @Override
    public long expireAfterCreate(Key key, SummaryResult value, long currentTime) {
      return ttl(value);
    }

    @Override
    public long expireAfterUpdate(
        Key key, SummaryResult value, long currentTime, long currentDuration) {
      return ttl(value);
    }

    @Override
    public long expireAfterRead(
        Key key, SummaryResult value, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
