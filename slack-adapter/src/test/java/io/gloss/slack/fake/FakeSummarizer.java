package io.gloss.slack.fake;

import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.url.UrlCanonicalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Answers from summaries the test registered; a URL longer than the core's cap is URL_TOO_LONG,
 * every other URL is NOT_FOUND. Records requests.
 */
public final class FakeSummarizer implements SummarizeArticleUseCase {
  private final Map<String, Function<SummaryRequest, Summary>> articles = new ConcurrentHashMap<>();
  private final List<SummaryRequest> requests = new CopyOnWriteArrayList<>();
  private volatile java.util.concurrent.CountDownLatch gate =
      new java.util.concurrent.CountDownLatch(0);

  /** Every summarize call waits until the returned latch is counted down (a slow backend). */
  public java.util.concurrent.CountDownLatch hold() {
    gate = new java.util.concurrent.CountDownLatch(1);
    return gate;
  }

  public FakeSummarizer article(String url, Function<SummaryRequest, Summary> summary) {
    articles.put(url, summary);
    return this;
  }

  @Override
  public SummaryResult summarize(SummaryRequest request) {
    requests.add(request);
    try {
      gate.await(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (request.url().length() > UrlCanonicalizer.MAX_KEY_LENGTH) {
      // As the core's fetcher answers a URL longer than any news link.
      return new SummaryResult.Failure(request.url(), FailureReason.URL_TOO_LONG, "fake");
    }
    Function<SummaryRequest, Summary> article = articles.get(request.url());
    if (article == null) {
      return new SummaryResult.Failure(
          request.url(), FailureReason.NOT_FOUND, "HTTP 404 from fake");
    }
    return new SummaryResult.Success(article.apply(request), false);
  }

  @Override
  public SummaryResult summarizePage(FetchedPage page, SummaryRequest request) {
    return summarize(request);
  }

  public List<SummaryRequest> requests() {
    return List.copyOf(requests);
  }

  /** Waits (up to 10 s) until at least {@code count} summaries were asked for; returns them. */
  public List<SummaryRequest> awaitRequests(int count) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (requests.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return requests();
  }
}
