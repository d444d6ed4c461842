package io.gloss.core.extract;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.port.out.ArticleExtractor;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs another extractor on a worker with a hard deadline: the caller gets an answer in time even
 * if parsing a hostile page stalls (the inner extractor's own budget is cooperative; jsoup's parse
 * cannot be interrupted). A late worker is interrupted (the inner extractor stops at its next
 * check) and its result dropped. A timeout is {@code EXTRACTION_TIMEOUT}: the machine was busy, the
 * page may well be fine, so it is not cached. The element and size caps of the inner extractor do
 * the real protection against hostile pages; this deadline is the last resort.
 */
public final class BoundedArticleExtractor implements ArticleExtractor, AutoCloseable {

  /**
   * Default wall-clock deadline: on a 2-core box with two CPU burners the 20 largest Zyte pages
   * extract well within it (docs/BENCHMARKS.md); hostile pages are stopped by the caps long before.
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private static final int QUEUE = 256;

  private final ArticleExtractor inner;
  private final ExecutorService workers;
  private final Duration timeout;

  public BoundedArticleExtractor(
      ArticleExtractor inner, ExecutorService workers, Duration timeout) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.workers = Objects.requireNonNull(workers, "workers");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * An extractor with its own pool of {@code threads} daemon workers and a bounded queue; closing
   * it stops the workers.
   */
  public static BoundedArticleExtractor pooled(
      ArticleExtractor inner, int threads, Duration timeout) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            runnable -> {
              Thread thread = new Thread(runnable, "gloss-extract");
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return new BoundedArticleExtractor(inner, pool, timeout);
  }

  @Override
  public Article extract(FetchedPage page) throws ArticleUnavailableException {
    Future<Article> result;
    try {
      result = workers.submit(() -> inner.extract(page));
    } catch (RejectedExecutionException e) {
      throw new ArticleUnavailableException(
          FailureReason.EXTRACTION_TIMEOUT, "every extraction worker is busy", e);
    }
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new ArticleUnavailableException(
          FailureReason.EXTRACTION_TIMEOUT, "extraction took longer than " + timeout, e);
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new ArticleUnavailableException(
          FailureReason.EXTRACTION_TIMEOUT, "extraction was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ArticleUnavailableException unavailable) {
        throw unavailable;
      }
      throw new ArticleUnavailableException(
          FailureReason.EXTRACTION_FAILED, "extraction failed: " + cause, e);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
