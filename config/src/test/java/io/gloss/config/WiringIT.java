package io.gloss.config;

import static org.assertj.core.api.Assertions.assertThat;

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
    Settings settings =
        Settings.load(
            null,
            Map.of(
                "GLOSS_DATA_DIR",
                dataDir.toString(),
                "GLOSS_FETCH_ALLOW_HOSTS",
                "127.0.0.1",
                "GLOSS_FETCH_ALLOWED_PORTS",
                "80,443," + port));
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
}
