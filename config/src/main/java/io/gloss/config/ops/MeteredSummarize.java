package io.gloss.config.ops;

import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.out.Telemetry;
import io.micrometer.core.instrument.Timer;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The summarize use case as one platform sees it: each request is timed, counted as a reply by
 * outcome, and carries {@code platform} and a {@code request_id} in the logging context so that
 * every line logged while answering it (fetch failures, fallbacks) can be told apart. The adapters
 * put one request id (with the workspace and channel ids) in the context when they hand a request
 * to a worker; that id is kept, and a fresh one is made only when there is none.
 */
public final class MeteredSummarize implements SummarizeArticleUseCase {
  private final SummarizeArticleUseCase delegate;
  private final String platform;
  private final Telemetry telemetry;
  private final Timer pipeline;

  public MeteredSummarize(
      SummarizeArticleUseCase delegate, String platform, ServiceMetrics metrics) {
    this.delegate = delegate;
    this.platform = platform;
    this.telemetry = metrics.telemetry();
    this.pipeline = metrics.pipeline(platform);
  }

  @Override
  public SummaryResult summarize(SummaryRequest request) {
    return measured(() -> delegate.summarize(request));
  }

  @Override
  public SummaryResult summarizePage(FetchedPage page, SummaryRequest request) {
    return measured(() -> delegate.summarizePage(page, request));
  }

  private SummaryResult measured(Supplier<SummaryResult> work) {
    String previousPlatform = MDC.get("platform");
    String previousRequest = MDC.get("request_id");
    MDC.put("platform", platform);
    MDC.put(
        "request_id",
        previousRequest != null ? previousRequest : UUID.randomUUID().toString().substring(0, 8));
    long start = System.nanoTime();
    try {
      SummaryResult result = work.get();
      telemetry.reply(platform, outcome(result));
      return result;
    } finally {
      pipeline.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
      restore("platform", previousPlatform);
      restore("request_id", previousRequest);
    }
  }

  static String outcome(SummaryResult result) {
    return result instanceof SummaryResult.Failure failure ? failure.reason().code() : "ok";
  }

  private static void restore(String key, @org.jspecify.annotations.Nullable String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
