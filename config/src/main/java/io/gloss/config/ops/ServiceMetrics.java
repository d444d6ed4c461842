package io.gloss.config.ops;

import io.gloss.core.cache.CachingSummarizeArticleUseCase;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.llm.FallbackReason;
import io.gloss.core.llm.LlmClient;
import io.gloss.core.port.out.ArticleExtractor;
import io.gloss.core.port.out.PageFetcher;
import io.gloss.core.port.out.Telemetry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;

/**
 * The service's metrics in one Micrometer registry, scraped as Prometheus text at {@code /metrics}.
 * Labels come from small fixed vocabularies (platform, outcome and reason codes, HTTP paths Gloss
 * serves): never URLs, message text, user ids or secrets.
 */
public final class ServiceMetrics implements Instruments, AutoCloseable {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final Telemetry telemetry = new MicrometerTelemetry();

  public ServiceMetrics(BuildInfo build) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    gc.bindTo(registry);
    Gauge.builder("gloss.build.info", () -> 1)
        .description("Version and commit of the running program")
        .tag("version", build.version())
        .tag("commit", build.commit())
        .register(registry);
  }

  /** The Prometheus text exposition of every meter. */
  public String scrape() {
    return registry.scrape();
  }

  /** The port the core, the adapters and the digest report to. */
  public Telemetry telemetry() {
    return telemetry;
  }

  /** Counts one request to the operations HTTP server. */
  void httpRequest(String path, int status, Duration took) {
    Timer.builder("gloss.http.server.requests")
        .description("Requests to Gloss's HTTP server")
        .tag("path", path)
        .tag("status", String.valueOf(status))
        .register(registry)
        .record(took);
  }

  /** Times a whole summary (cache, fetch, extraction, summarizing) for one platform. */
  Timer pipeline(String platform) {
    return Timer.builder("gloss.pipeline")
        .description("Time to answer a summary request, cache included")
        .tag("platform", platform)
        .register(registry);
  }

  @Override
  public PageFetcher fetcher(PageFetcher fetcher) {
    DistributionSummary bytes =
        DistributionSummary.builder("gloss.fetch.bytes")
            .description("Bytes of fetched pages, after decompression")
            .baseUnit("bytes")
            .register(registry);
    return url -> {
      long start = System.nanoTime();
      String outcome = "ok";
      try {
        FetchedPage page = fetcher.fetch(url);
        bytes.record(page.body().length);
        return page;
      } catch (ArticleUnavailableException e) {
        outcome = e.reason().code();
        throw e;
      } finally {
        Timer.builder("gloss.fetch")
            .description("Page fetches by outcome")
            .tag("outcome", outcome)
            .register(registry)
            .record(Duration.ofNanos(System.nanoTime() - start));
      }
    };
  }

  @Override
  public ArticleExtractor extractor(ArticleExtractor extractor) {
    Timer timer =
        Timer.builder("gloss.extraction")
            .description("Time to extract an article from a page")
            .register(registry);
    return page -> {
      long start = System.nanoTime();
      try {
        return extractor.extract(page);
      } finally {
        timer.record(Duration.ofNanos(System.nanoTime() - start));
      }
    };
  }

  @Override
  public void cache(CachingSummarizeArticleUseCase cache) {
    FunctionCounter.builder("gloss.cache.hits", cache, c -> c.stats().hits())
        .description("Summary requests answered from memory")
        .register(registry);
    FunctionCounter.builder("gloss.cache.misses", cache, c -> c.stats().misses())
        .description("Summary requests that started a load")
        .register(registry);
    FunctionCounter.builder("gloss.cache.store.hits", cache, c -> c.stats().storeSummaryHits())
        .description("Loads answered by a stored summary")
        .register(registry);
    Gauge.builder("gloss.cache.size", cache, c -> c.stats().size())
        .description("Summaries in memory")
        .register(registry);
  }

  @Override
  public void llm(LlmClient client) {
    FunctionCounter.builder("gloss.llm.calls", client, c -> c.metrics().snapshot().calls())
        .description("Calls to the language model")
        .register(registry);
    FunctionCounter.builder("gloss.llm.tokens", client, c -> c.metrics().snapshot().tokens())
        .description("Tokens used by the language model")
        .register(registry);
    for (FallbackReason reason : FallbackReason.values()) {
      FunctionCounter.builder(
              "gloss.llm.fallbacks", client, c -> c.metrics().snapshot().fallbacks(reason))
          .description("Replies that fell back to the extractive summary")
          .tag("reason", reason.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
    Gauge.builder("gloss.llm.breaker.open", client, c -> c.breakerOpen() ? 1 : 0)
        .description("1 while calls to the model fail fast after repeated failures")
        .register(registry);
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }

  /** The core's telemetry port, counted in this registry. */
  private final class MicrometerTelemetry implements Telemetry {
    @Override
    public void reply(String platform, String outcome) {
      Counter.builder("gloss.replies")
          .description("Replies by platform and outcome")
          .tag("platform", platform)
          .tag("outcome", outcome)
          .register(registry)
          .increment();
      if (!"ok".equals(outcome)) {
        Counter.builder("gloss.failures")
            .description("Requests that ended in a failure, by reason")
            .tag("reason", outcome)
            .register(registry)
            .increment();
      }
    }

    @Override
    public void rateLimited(String platform) {
      Counter.builder("gloss.rate.limited")
          .description("Requests refused by a rate limit")
          .tag("platform", platform)
          .register(registry)
          .increment();
    }

    @Override
    public void digestRun(String outcome, Duration took) {
      Timer.builder("gloss.digest.runs")
          .description("Digest runs by outcome")
          .tag("outcome", outcome)
          .register(registry)
          .record(took);
    }
  }
}
