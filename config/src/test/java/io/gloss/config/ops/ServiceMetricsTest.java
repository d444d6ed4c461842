package io.gloss.config.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.out.PageFetcher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class ServiceMetricsTest {
  private final ServiceMetrics metrics = new ServiceMetrics(new BuildInfo("1.2.3", "abc123"));

  @Test
  void fetcher_countsBytesAndOutcomes() throws Exception {
    PageFetcher fetcher =
        metrics.fetcher(
            url -> {
              if (url.contains("slow")) {
                throw new ArticleUnavailableException(FailureReason.FETCH_TIMEOUT, "timeout");
              }
              return new FetchedPage(
                  url, url, "text/html", "<p>안녕</p>".getBytes(StandardCharsets.UTF_8));
            });

    fetcher.fetch("https://news.example/a");
    assertThatThrownBy(() -> fetcher.fetch("https://news.example/slow"))
        .isInstanceOf(ArticleUnavailableException.class);

    String scrape = metrics.scrape();
    assertThat(scrape)
        .contains("gloss_fetch_seconds_count{outcome=\"ok\"} 1")
        .contains("gloss_fetch_seconds_count{outcome=\"fetch_timeout\"} 1")
        .contains("gloss_fetch_bytes_sum 13.0")
        .contains("gloss_build_info{commit=\"abc123\",version=\"1.2.3\"} 1\n")
        .doesNotContain("news.example");
  }

  @Test
  void meteredSummarize_countsRepliesByPlatformAndOutcome_withRequestIdInMdc() {
    List<String> seen = new ArrayList<>();
    SummarizeArticleUseCase core =
        new SummarizeArticleUseCase() {
          @Override
          public SummaryResult summarize(SummaryRequest request) {
            seen.add(MDC.get("platform") + "/" + MDC.get("request_id"));
            return new SummaryResult.Failure(request.url(), FailureReason.NOT_HTML, "pdf");
          }

          @Override
          public SummaryResult summarizePage(FetchedPage page, SummaryRequest request) {
            return summarize(request);
          }
        };
    MeteredSummarize discord = new MeteredSummarize(core, "discord", metrics);

    discord.summarize(SummaryRequest.of("https://news.example/a.pdf"));
    discord.summarize(SummaryRequest.of("https://news.example/b.pdf"));

    assertThat(seen).hasSize(2).allMatch(entry -> entry.matches("discord/[0-9a-f]{8}"));
    assertThat(seen.get(0)).isNotEqualTo(seen.get(1));
    assertThat(MDC.get("request_id")).isNull();
    assertThat(metrics.scrape())
        .contains("gloss_replies_total{outcome=\"not_html\",platform=\"discord\"} 2.0")
        .contains("gloss_failures_total{reason=\"not_html\"} 2.0")
        .contains("gloss_pipeline_seconds_count{platform=\"discord\"} 2");
  }

  @Test
  void telemetry_rateLimitsAndDigestRuns_areCounted() {
    metrics.telemetry().rateLimited("slack");
    metrics.telemetry().digestRun("posted", Duration.ofMillis(40));

    assertThat(metrics.scrape())
        .contains("gloss_rate_limited_total{platform=\"slack\"} 1.0")
        .contains("gloss_digest_runs_seconds_count{outcome=\"posted\"} 1");
  }
}
