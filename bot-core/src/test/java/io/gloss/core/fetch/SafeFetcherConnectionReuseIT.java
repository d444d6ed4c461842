package io.gloss.core.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sequential fetches in one process from sites that close connections (hostile input: keep-alive
 * servers): every fetch a browser would complete must succeed, and a 404 stays a 404.
 */
class SafeFetcherConnectionReuseIT {

  private static SafeFetcher fetcher(ClosingSite site) {
    return new SafeFetcher(
        FetchSettings.defaults()
            .withAllowedPorts(Set.of(site.port()))
            .withAllowHosts(List.of("127.0.0.1")));
  }

  /** Fetches {@code path} and returns "ok", or the failure code. */
  private static String outcome(SafeFetcher fetcher, ClosingSite site, String path) {
    try {
      FetchedPage page = fetcher.fetch(site.url(path));
      return new String(page.body(), StandardCharsets.UTF_8).equals(ClosingSite.PAGE)
          ? "ok"
          : "wrong body";
    } catch (ArticleUnavailableException e) {
      return e.reason().code();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ClosingSite.Mode.class,
      names = {"HTTP10_SILENT_CLOSE", "CONNECTION_CLOSE_HEADER"})
  void fetch_twentySequentialFetchesFromClosingServer_allSucceed(ClosingSite.Mode mode)
      throws Exception {
    try (ClosingSite site = new ClosingSite(mode);
        SafeFetcher fetcher = fetcher(site)) {
      List<String> outcomes = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        outcomes.add(outcome(fetcher, site, "/article/" + i));
      }
      assertThat(outcomes).as("sequential fetches").containsOnly("ok").hasSize(20);
    }
  }

  @ParameterizedTest
  @EnumSource(ClosingSite.Mode.class)
  void fetch_missingPageBetweenArticles_isNotFoundNotNetworkError(ClosingSite.Mode mode)
      throws Exception {
    try (ClosingSite site = new ClosingSite(mode);
        SafeFetcher fetcher = fetcher(site)) {
      List<String> outcomes = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        outcomes.add(outcome(fetcher, site, "/article/" + i));
        outcomes.add(outcome(fetcher, site, "/missing"));
      }
      assertThat(outcomes)
          .containsExactly(
              "ok",
              FailureReason.NOT_FOUND.code(),
              "ok",
              FailureReason.NOT_FOUND.code(),
              "ok",
              FailureReason.NOT_FOUND.code());
    }
  }

  @Test
  void fetch_503WithShortRetryAfter_waitsOnceAndGetsThePage() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (LoopbackSite site = new LoopbackSite()) {
      site.route(
          "/busy",
          ex -> {
            if (calls.incrementAndGet() == 1) {
              ex.getResponseHeaders().add("Retry-After", "1");
              LoopbackSite.send(ex, 503, "text/html", "<p>busy</p>".getBytes(UTF_8));
            } else {
              LoopbackSite.send(ex, 200, "text/html", ClosingSite.PAGE.getBytes(UTF_8));
            }
          });
      try (SafeFetcher fetcher =
          new SafeFetcher(
              FetchSettings.defaults()
                  .withAllowedPorts(Set.of(site.port()))
                  .withAllowHosts(List.of("127.0.0.1")))) {
        FetchedPage page = fetcher.fetch(site.url("/busy"));
        assertThat(new String(page.body(), UTF_8)).isEqualTo(ClosingSite.PAGE);
        assertThat(calls).hasValue(2);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = ClosingSite.Mode.class, names = "IDLE_CLOSE_AFTER_1S")
  void fetch_afterTheSiteClosedAnIdleConnection_succeedsOnAFreshConnection(ClosingSite.Mode mode)
      throws Exception {
    try (ClosingSite site = new ClosingSite(mode);
        SafeFetcher fetcher = fetcher(site)) {
      List<String> outcomes = new ArrayList<>();
      outcomes.add(outcome(fetcher, site, "/article/1"));
      for (int i = 2; i <= 3; i++) {
        // Longer than the site's keep-alive, shorter than the pool's: the pooled connection is
        // dead.
        Thread.sleep(1300);
        outcomes.add(outcome(fetcher, site, "/article/" + i));
      }
      assertThat(outcomes).containsExactly("ok", "ok", "ok");
      assertThat(site.connections.get())
          .as("each fetch after the close dialled again")
          .isEqualTo(3);
    }
  }
}
