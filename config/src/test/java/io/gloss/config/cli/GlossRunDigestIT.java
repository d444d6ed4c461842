package io.gloss.config.cli;

import static io.gloss.config.cli.GlossRunSlackIT.await;
import static io.gloss.config.cli.GlossRunSlackIT.postSigned;
import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.slack.SlackRequests;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest end to end through {@code gloss run} (Slack HTTP mode, loopback Slack API and news
 * site): links pasted by several people (two outlets on one story, one unrelated, one dead page),
 * then {@code /digest now} posts one digest with two story items (the first with two outlets),
 * thread links and terms of the day; a subscription due two minutes ahead posts once; after a
 * restart it is not posted again.
 */
class GlossRunDigestIT {
  private static final Path DAUM = Path.of("../examples/daum-news-sample.html");
  private static final Path NAVER = Path.of("../examples/naver-news-sample.html");
  private static final Path BADA = Path.of("src/test/resources/digest/bada-wind.html");
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  @TempDir Path dataDir;

  @Test
  void pastedLinks_digestNow_thenScheduled_once_acrossRestart() throws Exception {
    try (FakeSlackApi slack = new FakeSlackApi();
        NewsSite site = newsSite()) {
      int port = GlossProcess.freePort();
      Map<String, String> env = env(dataDir, site);
      env.put("SLACK_BOT_TOKEN", "xoxb-0000000000-loopback-test-token");
      env.put("SLACK_SIGNING_SECRET", GlossRunSlackIT.SECRET);
      env.put("GLOSS_SLACK_MODE", "http");
      env.put("GLOSS_SLACK_API_URL", slack.apiUrl());
      env.put("GLOSS_SERVER_PORT", String.valueOf(port));
      String events = "http://127.0.0.1:" + port + "/slack/events";
      String responseUrl = slack.apiUrl() + "response_url";

      Process gloss = GlossProcess.start(env, "run");
      try {
        GlossProcess.awaitPort(port, gloss);
        paste(events, "Ev1", "C0001", "U0001", "1700000001.000100", site.url("/daum/wind"));
        paste(events, "Ev2", "C0001", "U0002", "1700000002.000100", site.url("/bada/wind"));
        paste(events, "Ev3", "C0001", "U0003", "1700000003.000100", site.url("/naver/kitchen"));
        paste(events, "Ev4", "C0001", "U0001", "1700000004.000100", site.url("/gone/404"));
        List<FakeSlackApi.Call> replies =
            await(() -> threadReplies(slack), calls -> calls.size() >= 4);
        assertThat(replies).hasSizeGreaterThanOrEqualTo(4);

        command(events, "/digest", "now", "C0001", responseUrl);
        List<FakeSlackApi.Call> digests =
            await(() -> digestPosts(slack, "C0001"), calls -> !calls.isEmpty());
        assertThat(digests).hasSize(1);
        String digest = digests.get(0).body();
        assertThat(digest)
            .contains("뉴스 다이제스트", "2개 매체", "글로스뉴스", "바다일보")
            .contains("골목 상권 살린")
            .contains("https://gloss-test.slack.com/archives/C0001/p1700000001000100")
            .contains("오늘의 용어", "해상풍력")
            .contains("요약하지 못한 기사", "/gone/404");
        assertThat(digest.indexOf("2개 매체")).isLessThan(digest.indexOf("골목 상권 살린"));
        assertThat(
                await(() -> slack.calls("response_url"), calls -> !calls.isEmpty()).get(0).body())
            .contains("다이제스트를 올렸습니다", "2개");

        // A second channel subscribes to a time two minutes ahead: posted once when due.
        paste(events, "Ev5", "C0002", "U0002", "1700000005.000100", site.url("/naver/kitchen"));
        await(() -> threadReplies(slack), calls -> calls.size() >= 5);
        LocalTime due =
            ZonedDateTime.now(SEOUL).plusMinutes(2).toLocalTime().withSecond(0).withNano(0);
        command(
            events,
            "/digest",
            "subscribe " + due.format(DateTimeFormatter.ofPattern("HH:mm")) + " Asia/Seoul daily",
            "C0002",
            responseUrl);
        List<FakeSlackApi.Call> scheduled = awaitDigest(slack, "C0002", 200);
        assertThat(scheduled).hasSize(1);
        assertThat(scheduled.get(0).body()).contains("골목 상권 살린");
      } finally {
        gloss.destroy();
        gloss.waitFor();
      }

      Process restarted = GlossProcess.start(env, "run");
      try {
        GlossProcess.awaitPort(port, restarted);
        Thread.sleep(8000); // the scheduler's first pass runs at start-up
        assertThat(digestPosts(slack, "C0002")).hasSize(1);
        assertThat(digestPosts(slack, "C0001")).hasSize(1);
      } finally {
        restarted.destroy();
        restarted.waitFor();
      }
    }
  }

  private static List<FakeSlackApi.Call> awaitDigest(
      FakeSlackApi slack, String channel, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(seconds).toNanos();
    List<FakeSlackApi.Call> posts = digestPosts(slack, channel);
    while (posts.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
      posts = digestPosts(slack, channel);
    }
    Thread.sleep(2000); // a second post would come now, if the run were not exactly once
    return digestPosts(slack, channel);
  }

  /** The loopback news site: two outlets on one story (wind power), one unrelated (kitchen). */
  static NewsSite newsSite() throws Exception {
    return new NewsSite(
        Map.of(
            "/daum/wind", page(DAUM),
            "/bada/wind", page(BADA),
            "/naver/kitchen", page(NAVER)));
  }

  /** The environment of gloss run that every digest end-to-end test shares. */
  static Map<String, String> env(Path dataDir, NewsSite site) {
    Map<String, String> env = new HashMap<>();
    env.put("GLOSS_DATA_DIR", dataDir.toString());
    env.put("GLOSS_FETCH_ALLOW_HOSTS", "127.0.0.1");
    env.put("GLOSS_FETCH_ALLOWED_PORTS", "80,443," + site.port());
    return env;
  }

  private static NewsSite.Page page(Path file) throws Exception {
    return new NewsSite.Page("text/html; charset=utf-8", Files.readAllBytes(file));
  }

  /** Bot messages in threads: the answers to pasted links. */
  private static List<FakeSlackApi.Call> threadReplies(FakeSlackApi slack) {
    return slack.calls("chat.postMessage").stream()
        .filter(call -> call.body().contains("thread_ts"))
        .toList();
  }

  /** Bot messages in the channel itself (not in a thread): digests. */
  private static List<FakeSlackApi.Call> digestPosts(FakeSlackApi slack, String channel) {
    return slack.calls("chat.postMessage").stream()
        .filter(call -> !call.body().contains("thread_ts"))
        .filter(call -> call.body().contains("channel=" + channel))
        .toList();
  }

  private static void paste(
      String events, String eventId, String channel, String user, String ts, String url)
      throws Exception {
    String body =
        "{\"token\":\"legacy\",\"team_id\":\"T0001\",\"api_app_id\":\"A0001\","
            + "\"type\":\"event_callback\",\"event_id\":\""
            + eventId
            + "\",\"event_time\":1700000000,\"authorizations\":[{\"team_id\":\"T0001\","
            + "\"user_id\":\"U0BOT\",\"is_bot\":true}],\"event\":{\"type\":\"message\","
            + "\"channel\":\""
            + channel
            + "\",\"user\":\""
            + user
            + "\",\"text\":\"<"
            + url
            + ">\",\"ts\":\""
            + ts
            + "\",\"channel_type\":\"channel\",\"event_ts\":\""
            + ts
            + "\"}}";
    HttpResponse<String> ack = postSigned(events, "application/json", body);
    assertThat(ack.statusCode()).isEqualTo(200);
  }

  private static void command(
      String events, String command, String text, String channel, String responseUrl)
      throws Exception {
    String body = SlackRequests.command("T0001", channel, "U0001", command, text, responseUrl);
    assertThat(postSigned(events, "application/x-www-form-urlencoded", body).statusCode())
        .isEqualTo(200);
  }
}
