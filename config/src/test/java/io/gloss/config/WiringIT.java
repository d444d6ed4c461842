package io.gloss.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.config.bench.HeapBenchmark;
import io.gloss.config.settings.Settings;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wired application against a loopback news site: many pastes of one article, one fetch. */
class WiringIT {
  @TempDir Path dataDir;

  @Test
  void summarize_hundredConcurrentPastesOfUrlVariants_fetchesOnce() throws Exception {
    byte[] page = Files.readAllBytes(Path.of("../examples/daum-news-sample.html"));
    AtomicInteger hits = new AtomicInteger();
    com.sun.net.httpserver.HttpServer site =
        com.sun.net.httpserver.HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext(
        "/v/20250915143012345",
        exchange -> {
          hits.incrementAndGet();
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
          }
        });
    site.setExecutor(Executors.newFixedThreadPool(4));
    site.start();
    int port = site.getAddress().getPort();
    Settings settings = HeapBenchmark.loopbackSettings(dataDir, port);
    ExecutorService users = Executors.newFixedThreadPool(32);
    try (GlossApp app = Wiring.build(settings)) {
      String base = "http://127.0.0.1:" + port + "/v/20250915143012345";
      List<Future<SummaryResult>> answers = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        String url = i % 2 == 0 ? base : base + "?utm_source=share" + i + "#top";
        answers.add(
            users.submit(
                () ->
                    app.summarize()
                        .summarize(
                            new SummaryRequest(url, SummaryStyle.BRIEF, null, RequestOrigin.CLI))));
      }
      for (Future<SummaryResult> answer : answers) {
        assertThat(answer.get()).isInstanceOf(SummaryResult.Success.class);
      }
      assertThat(hits.get()).isEqualTo(1);
    } finally {
      users.shutdownNow();
      site.stop(0);
    }
  }

  private static io.gloss.core.domain.FetchedPage examplePage() throws Exception {
    byte[] page = Files.readAllBytes(Path.of("../examples/daum-news-sample.html"));
    String url = "https://v.daum.net/v/20250915143012345";
    return new io.gloss.core.domain.FetchedPage(url, url, "text/html; charset=utf-8", page);
  }

  @Test
  void extract_extractTimeoutFromSettings_boundsTheRealExtractorAndIsATimeout() throws Exception {
    Settings settings =
        Settings.load(
            null, Map.of("GLOSS_DATA_DIR", dataDir.toString(), "GLOSS_EXTRACT_TIMEOUT", "1ms"));
    try (GlossApp app = Wiring.build(settings)) {
      io.gloss.core.domain.ArticleUnavailableException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              io.gloss.core.domain.ArticleUnavailableException.class,
              () -> app.extract().extractPage(examplePage()));

      assertThat(e.reason()).isEqualTo(io.gloss.core.domain.FailureReason.EXTRACTION_TIMEOUT);
    }
  }

  @Test
  void extract_defaultTimeoutAfterWarmUp_readsThePage() throws Exception {
    Settings settings = Settings.load(null, Map.of("GLOSS_DATA_DIR", dataDir.toString()));
    try (GlossApp app = Wiring.build(settings)) {
      app.warmUp();

      assertThat(app.extract().extractPage(examplePage()).title()).contains("해상풍력");
    }
  }

  @Test
  void runsAfterShutdown_poolShutDown_runsTheTaskInsteadOfRejectingIt() {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    pool.shutdownNow();
    AtomicInteger ran = new AtomicInteger();

    Wiring.runsAfterShutdown(pool).execute(ran::incrementAndGet);

    assertThat(ran).hasValue(1);
  }
}
