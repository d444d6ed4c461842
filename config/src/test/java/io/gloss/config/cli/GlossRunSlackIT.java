package io.gloss.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import io.gloss.slack.SlackRequests;
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
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gloss run} with the Slack variables set, in its own process, in HTTP mode: a signed link
 * message gets 👀 and a thread reply made by the real pipeline from a loopback news site, and
 * {@code /define} then answers from that article's glossary box.
 */
class GlossRunSlackIT {
  private static final Path EXAMPLE = Path.of("../examples/daum-news-sample.html");
  static final String SECRET = "signing-secret-for-tests";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dataDir;

  @Test
  void run_slackHttpMode_answersPastedLinkAndDefine() throws Exception {
    try (FakeSlackApi slack = new FakeSlackApi();
        NewsSite site =
            new NewsSite(
                Map.of(
                    "/v/20250915143012345",
                    new NewsSite.Page("text/html; charset=utf-8", Files.readAllBytes(EXAMPLE))))) {
      int port = GlossProcess.freePort();
      Map<String, String> env = new HashMap<>();
      env.put("GLOSS_DATA_DIR", dataDir.toString());
      env.put("GLOSS_FETCH_ALLOW_HOSTS", "127.0.0.1");
      env.put("GLOSS_FETCH_ALLOWED_PORTS", "80,443," + site.port());
      env.put("SLACK_BOT_TOKEN", "xoxb-0000000000-loopback-test-token");
      env.put("SLACK_SIGNING_SECRET", SECRET);
      env.put("GLOSS_SLACK_MODE", "http");
      env.put("GLOSS_SLACK_API_URL", slack.apiUrl());
      env.put("GLOSS_SERVER_PORT", String.valueOf(port));
      Process gloss = GlossProcess.start(env, "run");
      try {
        String events = "http://127.0.0.1:" + port + "/slack/events";
        GlossProcess.awaitPort(port, gloss);

        String article = site.url("/v/20250915143012345");
        HttpResponse<String> ack =
            postSigned(events, "application/json", messageEvent("Ev0001", "<" + article + ">"));

        assertThat(ack.statusCode()).isEqualTo(200);
        List<FakeSlackApi.Call> replies =
            await(() -> slack.calls("chat.postMessage"), calls -> !calls.isEmpty());
        assertThat(slack.calls("reactions.add")).anyMatch(call -> call.body().contains("eyes"));
        String reply = replies.get(0).body();
        assertThat(reply).contains("thread_ts").contains("1700000000.000100").contains("해상풍력");
        assertThat(site.hits("/v/20250915143012345")).isEqualTo(1);

        String responseUrl = slack.apiUrl() + "response_url";
        HttpResponse<String> defineAck =
            postSigned(
                events, "application/x-www-form-urlencoded", defineCommand("해상풍력", responseUrl));

        assertThat(defineAck.statusCode()).isEqualTo(200);
        List<FakeSlackApi.Call> answers =
            await(() -> slack.calls("response_url"), calls -> !calls.isEmpty());
        assertThat(answers.get(0).body()).contains("바다 위에 세운 발전기");
      } finally {
        gloss.destroy();
        gloss.waitFor();
      }
    }
  }

  static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    T current = value.get();
    while (!done.test(current) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      current = value.get();
    }
    return current;
  }

  static HttpResponse<String> postSigned(String url, String contentType, String body)
      throws Exception {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    String signature = new SlackSignature.Generator(SECRET).generate(timestamp, body);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", timestamp)
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String messageEvent(String eventId, String text) {
    return "{\"token\":\"legacy\",\"team_id\":\"T0001\",\"api_app_id\":\"A0001\","
        + "\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":1700000000,\"authorizations\":[{\"team_id\":\"T0001\","
        + "\"user_id\":\"U0BOT\",\"is_bot\":true}],\"event\":{\"type\":\"message\","
        + "\"channel\":\"C0001\",\"user\":\"U0001\",\"text\":\""
        + text
        + "\",\"ts\":\"1700000000.000100\",\"channel_type\":\"channel\","
        + "\"event_ts\":\"1700000000.000100\"}}";
  }

  private static String defineCommand(String term, String responseUrl) {
    return SlackRequests.command("T0001", "C0001", "U0001", "/define", term, responseUrl);
  }
}
