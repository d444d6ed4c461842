package io.gloss.core.extract;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.port.out.ArticleExtractor;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs another extractor on a worker with a hard deadline: the caller gets an answer in time even
 * if parsing a hostile page stalls (the inner extractor's own budget is cooperative; jsoup's parse
 * cannot be interrupted). A late worker is interrupted and its result dropped.
 */
public final class BoundedArticleExtractor implements ArticleExtractor {
  private final ArticleExtractor inner;
  private final ExecutorService workers;
  private final Duration timeout;

  public BoundedArticleExtractor(
      ArticleExtractor inner, ExecutorService workers, Duration timeout) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.workers = Objects.requireNonNull(workers, "workers");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public Article extract(FetchedPage page) throws ArticleUnavailableException {
    Future<Article> result = workers.submit(() -> inner.extract(page));
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new ArticleUnavailableException(
          FailureReason.EXTRACTION_FAILED, "extraction took longer than " + timeout, e);
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new ArticleUnavailableException(
          FailureReason.EXTRACTION_FAILED, "extraction was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ArticleUnavailableException unavailable) {
        throw unavailable;
      }
      throw new ArticleUnavailableException(
          FailureReason.EXTRACTION_FAILED, "extraction failed: " + cause, e);
    }
  }
}
