package io.gloss.config.cli;

import static io.gloss.config.cli.GlossRunSlackIT.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HOSTILE-INPUTS row 32 as users run Gloss: a burst of links reaches {@code gloss run}, the process
 * is killed with SIGKILL while every reply is still being worked on, and a new process on the same
 * data directory gets Slack's retries. Slack retries about 1 and 5 minutes later; the test plays
 * those two retries against a short claim lease: while the dead process's claims are fresh a retry
 * is not answered (the owner might still be working), after the lease every message is answered,
 * exactly once, and a later retry adds nothing.
 */
class GlossRunKillIT {
  private static final Path EXAMPLE = Path.of("../examples/daum-news-sample.html");
  private static final int MESSAGES = 20;
  private static final Duration LEASE = Duration.ofSeconds(40);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern THREAD = Pattern.compile("thread_ts=(\\d+\\.\\d+)");

  @TempDir Path dataDir;

  @Test
  void killDuringBurst_retriesAfterTheLease_everyMessageAnsweredOnce() throws Exception {
    try (FakeSlackApi slack = new FakeSlackApi();
        NewsSite site = site()) {
      site.hold();
      int firstPort = GlossProcess.freePort();
      Process first =
          GlossProcess.start(
              env(slack, site, firstPort), Path.of("target/gloss-kill-it-first.log"), "run");
      long claimedAt;
      try {
        GlossProcess.awaitPort(firstPort, first);
        await(() -> ready(firstPort), ready -> ready);
        for (int i = 1; i <= MESSAGES; i++) {
          HttpResponse<String> ack = deliver(firstPort, site, i, 0);
          assertThat(ack.statusCode()).as("ack of message %d", i).isEqualTo(200);
        }
        claimedAt = System.nanoTime();
        // Any fetch under way: which links the work pool takes first is not fixed, and one that
        // waits behind held fetches until they time out would post before the kill.
        await(
            () -> IntStream.rangeClosed(1, MESSAGES).map(i -> site.hits(path(i))).sum(),
            hits -> hits > 0);
      } finally {
        first.destroyForcibly(); // SIGKILL: nothing is flushed, nothing is released
        first.waitFor(30, TimeUnit.SECONDS);
      }
      assertThat(slack.calls("chat.postMessage"))
          .as("nothing was posted before the kill")
          .isEmpty();
      site.release();

      int port = GlossProcess.freePort();
      Path log = Path.of("target/gloss-kill-it-second.log");
      Process second = GlossProcess.start(env(slack, site, port), log, "run");
      try {
        GlossProcess.awaitPort(port, second);
        await(() -> ready(port), ready -> ready);

        // Slack's first retry: the claims of the dead process are still fresh.
        boolean leaseStillFresh = elapsed(claimedAt).compareTo(LEASE.minusSeconds(10)) < 0;
        for (int i = 1; i <= MESSAGES; i++) {
          deliver(port, site, i, 1);
        }
        Thread.sleep(3_000);
        if (leaseStillFresh) {
          assertThat(slack.calls("chat.postMessage"))
              .as("a retry while the claim is fresh is not answered")
              .isEmpty();
        }

        // Slack's second retry, after the lease: the dead owner's claims are taken over.
        Thread.sleep(Math.max(0, LEASE.minus(elapsed(claimedAt)).toMillis() + 1_000));
        for (int i = 1; i <= MESSAGES; i++) {
          assertThat(deliver(port, site, i, 2).statusCode()).isEqualTo(200);
        }
        await(() -> slack.calls("chat.postMessage"), calls -> calls.size() >= MESSAGES);

        // A third retry after the answers adds nothing.
        for (int i = 1; i <= MESSAGES; i++) {
          deliver(port, site, i, 3);
        }
        Thread.sleep(3_000);
      } finally {
        second.destroy();
        second.waitFor(30, TimeUnit.SECONDS);
      }
      List<String> threads =
          slack.calls("chat.postMessage").stream().map(call -> thread(call.body())).toList();
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(threads).as(output).hasSize(MESSAGES);
      assertThat(threads.stream().collect(Collectors.toSet()))
          .as("one reply in each message's thread")
          .containsExactlyInAnyOrderElementsOf(
              java.util.stream.IntStream.rangeClosed(1, MESSAGES)
                  .mapToObj(GlossRunKillIT::ts)
                  .toList());
      assertThat(slack.calls("chat.postMessage"))
          .allSatisfy(call -> assertThat(call.body()).contains("해상풍력"));
    }
  }

  private static HttpResponse<String> deliver(int port, NewsSite site, int message, int retry)
      throws Exception {
    String body = messageEvent(site, message);
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
            .header("Content-Type", "application/json")
            .header("X-Slack-Request-Timestamp", timestamp)
            .header(
                "X-Slack-Signature",
                new SlackSignature.Generator(GlossRunSlackIT.SECRET).generate(timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (retry > 0) {
      request.header("X-Slack-Retry-Num", String.valueOf(retry));
      request.header("X-Slack-Retry-Reason", "http_timeout");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Message {@code n}: its own event id, ts, author and article. */
  private static String messageEvent(NewsSite site, int n) {
    return "{\"token\":\"legacy\",\"team_id\":\"T0001\",\"api_app_id\":\"A0001\","
        + "\"type\":\"event_callback\",\"event_id\":\"EvKill"
        + n
        + "\",\"event_time\":1700000000,\"authorizations\":[{\"team_id\":\"T0001\","
        + "\"user_id\":\"U0BOT\",\"is_bot\":true}],\"event\":{\"type\":\"message\","
        + "\"channel\":\"C0001\",\"user\":\"U00"
        + n
        + "\",\"text\":\"<"
        + site.url(path(n))
        + ">\",\"ts\":\""
        + ts(n)
        + "\",\"channel_type\":\"channel\",\"event_ts\":\""
        + ts(n)
        + "\"}}";
  }

  private static String ts(int n) {
    return "1700000000." + String.format("%06d", n);
  }

  private static String path(int n) {
    return "/v/2025091514301" + String.format("%04d", n);
  }

  private static String thread(String body) {
    Matcher matcher = THREAD.matcher(body);
    return matcher.find() ? matcher.group(1) : "";
  }

  private static Duration elapsed(long since) {
    return Duration.ofNanos(System.nanoTime() - since);
  }

  private static boolean ready(int port) {
    try {
      return HTTP.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (Exception notYet) {
      return false;
    }
  }

  private Map<String, String> env(FakeSlackApi slack, NewsSite site, int port) {
    Map<String, String> env = new HashMap<>();
    env.put("GLOSS_DATA_DIR", dataDir.toString());
    env.put("GLOSS_FETCH_ALLOW_HOSTS", "127.0.0.1");
    env.put("GLOSS_FETCH_ALLOWED_PORTS", "80,443," + site.port());
    env.put("SLACK_BOT_TOKEN", "xoxb-0000000000-kill-test-token");
    env.put("SLACK_SIGNING_SECRET", GlossRunSlackIT.SECRET);
    env.put("GLOSS_SLACK_MODE", "http");
    env.put("GLOSS_SLACK_API_URL", slack.apiUrl());
    env.put("GLOSS_SLACK_CHANNEL_RATE_LIMIT", "100");
    env.put("GLOSS_SERVER_PORT", String.valueOf(port));
    env.put("GLOSS_SERVER_ADDRESS", "127.0.0.1");
    env.put("GLOSS_CONVERSATION_CLAIM_LEASE", LEASE.toSeconds() + "s");
    return env;
  }

  private static NewsSite site() throws java.io.IOException {
    byte[] page = Files.readAllBytes(EXAMPLE);
    Map<String, NewsSite.Page> pages = new HashMap<>();
    for (int i = 1; i <= MESSAGES; i++) {
      pages.put(path(i), new NewsSite.Page("text/html; charset=utf-8", page));
    }
    return new NewsSite(pages);
  }
}
