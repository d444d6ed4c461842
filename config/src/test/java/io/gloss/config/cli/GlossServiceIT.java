package io.gloss.config.cli;

import static io.gloss.config.cli.GlossRunSlackIT.await;
import static io.gloss.config.cli.GlossRunSlackIT.messageEvent;
import static io.gloss.config.cli.GlossRunSlackIT.postSigned;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.discord.FakeDiscord;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gloss run} as an operator sees it, in its own process against the loopback Slack fake in
 * HTTP mode (and the loopback Discord fake alone): health, readiness that follows the platform
 * handshake, metrics that count replies, the log level and format with the request's ids, no secret
 * anywhere, and a SIGTERM during a reply that still posts it and exits 0.
 */
class GlossServiceIT {
  private static final Path EXAMPLE = Path.of("../examples/daum-news-sample.html");
  private static final String ARTICLE = "/v/20250915143012345";
  private static final String GONE = "/v/gone-404";
  private static final String BOT_TOKEN = "xoxb-0000000000-service-test-token";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;

  @Test
  void run_debugLevel_healthReadinessFollowHandshake_metricsCountReply() throws Exception {
    try (FakeSlackApi slack = new FakeSlackApi(true);
        NewsSite site = site()) {
      int port = GlossProcess.freePort();
      Path log = Path.of("target/gloss-service-it-debug.log");
      Map<String, String> env = env(slack, site, port);
      env.put("GLOSS_LOG_LEVEL", "debug");
      Process gloss = GlossProcess.start(env, log, "run");
      try {
        GlossProcess.awaitPort(port, gloss);
        HttpResponse<String> health = get(port, "/healthz");
        HttpResponse<String> notReady = get(port, "/readyz");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(notReady.statusCode()).isEqualTo(503);
        JsonNode reasons = JSON.readTree(notReady.body()).get("reasons");
        assertThat(reasons.toString()).contains("slack: not connected");

        slack.releaseAuth();
        HttpResponse<String> ready =
            await(() -> unchecked(() -> get(port, "/readyz")), r -> r.statusCode() == 200);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"ready\"");

        postSigned(
            events(port),
            "application/json",
            messageEvent("Ev0101", "<" + site.url(ARTICLE) + ">"));
        await(() -> slack.calls("chat.postMessage"), calls -> !calls.isEmpty());
        String metrics = get(port, "/metrics").body();

        assertThat(metrics)
            .contains("gloss_replies_total{outcome=\"ok\",platform=\"slack\"} 1.0")
            .contains("gloss_fetch_seconds_count{outcome=\"ok\"} 1")
            .contains("gloss_cache_misses_total 1.0")
            .contains("jvm_memory_used_bytes")
            .contains("gloss_http_server_requests_seconds_count{path=\"/slack/events\"")
            .doesNotContain(BOT_TOKEN)
            .doesNotContain(GlossRunSlackIT.SECRET)
            .doesNotContain("해상풍력");
      } finally {
        gloss.destroy();
        assertThat(gloss.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(gloss.exitValue()).as(output).isZero();
      assertThat(output)
          .contains(" DEBUG ")
          .contains("Starting gloss")
          .contains("HTTP server listening")
          .doesNotContain(BOT_TOKEN)
          .doesNotContain(GlossRunSlackIT.SECRET);
    }
  }

  @Test
  void run_sigtermDuringReply_replyPostedJsonLinesExitZero() throws Exception {
    try (FakeSlackApi slack = new FakeSlackApi();
        NewsSite site = site()) {
      int port = GlossProcess.freePort();
      Path log = Path.of("target/gloss-service-it-json.log");
      Map<String, String> env = env(slack, site, port);
      env.put("GLOSS_LOG_FORMAT", "json");
      Process gloss = GlossProcess.start(env, log, "run");
      try {
        GlossProcess.awaitPort(port, gloss);
        await(() -> unchecked(() -> get(port, "/readyz")), r -> r.statusCode() == 200);
        site.hold();

        postSigned(
            events(port),
            "application/json",
            messageEvent("Ev0201", "<" + site.url(ARTICLE) + "> <" + site.url(GONE) + ">"));
        await(() -> site.hits(ARTICLE), hits -> hits > 0);
        gloss.destroy(); // SIGTERM while the page is still being fetched
        await(() -> read(log), text -> text.contains("SIGTERM received"));

        assertThat(get(port, "/readyz").statusCode()).isEqualTo(503);
        assertThat(slack.calls("chat.postMessage")).isEmpty();
        site.release();

        assertThat(gloss.waitFor(30, TimeUnit.SECONDS)).isTrue();
      } finally {
        gloss.destroyForcibly();
      }
      String output = read(log);
      assertThat(gloss.exitValue()).as(output).isZero();
      List<FakeSlackApi.Call> replies = slack.calls("chat.postMessage");
      assertThat(replies).hasSize(1);
      assertThat(replies.get(0).body()).contains("해상풍력");
      List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
      assertThat(lines).isNotEmpty();
      for (String line : lines) {
        JsonNode event = JSON.readTree(line);
        assertThat(event.has("timestamp") && event.has("level") && event.has("logger"))
            .as(line)
            .isTrue();
        assertThat(event.get("message").asText()).as(line).isNotNull();
      }
      assertThat(output).contains("Replies in flight finished").doesNotContain(BOT_TOKEN);
      // A line logged while answering (the dead second link) names the request by its ids.
      assertThat(linesMentioning(lines, GONE))
          .isNotEmpty()
          .allSatisfy(event -> assertRequestIds(event, "slack", "T0001", "C0001"));
    }
  }

  /**
   * Issue #17 with Discord only: no Slack, so the server listens on 127.0.0.1 by default; /healthz
   * answers at once, /readyz says 503 while the loopback Discord holds back READY after IDENTIFY
   * and 200 once it is sent; a pasted link is counted in /metrics and its log lines carry the
   * guild, channel and request ids; SIGTERM exits 0.
   */
  @Test
  void run_discordOnly_readyzFollowsGatewayReady_loopbackByDefault_jsonLinesCarryIds()
      throws Exception {
    try (FakeDiscord discord = new FakeDiscord();
        NewsSite site = site()) {
      discord.holdReady();
      int port = GlossProcess.freePort();
      Path log = Path.of("target/gloss-service-it-discord.log");
      Map<String, String> env = new HashMap<>();
      env.put("GLOSS_DATA_DIR", dataDir.toString());
      env.put("GLOSS_FETCH_ALLOW_HOSTS", "127.0.0.1");
      env.put("GLOSS_FETCH_ALLOWED_PORTS", "80,443," + site.port());
      env.put("DISCORD_TOKEN", "fake.discord.service-test-token");
      env.put("GLOSS_DISCORD_API_URL", discord.restBaseUrl());
      env.put("GLOSS_DISCORD_MESSAGE_CONTENT", "true");
      env.put("GLOSS_SERVER_PORT", String.valueOf(port));
      env.put("GLOSS_LOG_FORMAT", "json");
      long started = System.nanoTime();
      Process gloss = GlossProcess.start(env, log, "run");
      String message = FakeDiscord.snowflakeNow();
      try {
        GlossProcess.awaitPort(port, gloss);
        long portOpen = System.nanoTime();
        assertThat(get(port, "/healthz").statusCode()).isEqualTo(200);
        assertThat(await(discord.identifies::get, n -> n >= 1)).isEqualTo(1);
        long identified = System.nanoTime();
        Thread.sleep(1000); // READY still held: connected and identified is not ready
        HttpResponse<String> notReady = get(port, "/readyz");
        assertThat(notReady.statusCode()).as(notReady.body()).isEqualTo(503);
        assertThat(JSON.readTree(notReady.body()).get("reasons").toString()).contains("discord: ");
        assertThat(get(port, "/metrics").statusCode()).isEqualTo(200);

        long released = System.nanoTime();
        discord.releaseReady();
        HttpResponse<String> ready =
            await(() -> unchecked(() -> get(port, "/readyz")), r -> r.statusCode() == 200);
        long readyAt = System.nanoTime();
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(nonLoopbackAddress())
            .allSatisfy(
                address ->
                    assertThat(accepts(address, port))
                        .as(
                            "server.address defaults to 127.0.0.1 without Slack HTTP mode: "
                                + address)
                        .isFalse());

        discord.dispatch(
            "MESSAGE_CREATE",
            discord.userMessage(message, site.url(ARTICLE) + " " + site.url(GONE)));
        assertThat(discord.await(c -> c.path().equals("/channels/" + message + "/messages"), 60))
            .as("the answer in the thread started on the message")
            .isNotNull();
        String metrics =
            await(
                () -> unchecked(() -> get(port, "/metrics").body()),
                text -> text.contains("gloss_replies_total{outcome=\"ok\",platform=\"discord\"}"));
        assertThat(metrics)
            .contains("gloss_replies_total{outcome=\"ok\",platform=\"discord\"} 1.0")
            .contains("gloss_replies_total{outcome=\"not_found\",platform=\"discord\"} 1.0")
            .doesNotContain("service-test-token");
        System.out.printf(
            "Discord only: port open %d ms after start, IDENTIFY at %d ms;"
                + " READY sent -> /readyz 200 in %d ms%n",
            millis(started, portOpen), millis(started, identified), millis(released, readyAt));
      } finally {
        gloss.destroy();
        assertThat(gloss.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      String output = read(log);
      assertThat(gloss.exitValue()).as(output).isZero();
      List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
      assertThat(linesMentioning(lines, "HTTP server listening on 127.0.0.1:" + port)).hasSize(1);
      // The start-up lines docs/DISCORD.md promises, at the default level of gloss run (info).
      assertThat(linesMentioning(lines, "invite Gloss with https://discord.com/oauth2/authorize"))
          .hasSize(1);
      assertThat(linesMentioning(lines, "global commands")).hasSize(1);
      assertThat(linesMentioning(lines, "Gloss is running"))
          .singleElement()
          .as("no request's ids (nor JDA's shard) left on the main thread")
          .satisfies(
              event -> assertThat(event.has("request_id") || event.has("jda.shard")).isFalse());
      assertThat(linesMentioning(lines, GONE))
          .isNotEmpty()
          .allSatisfy(
              event ->
                  assertRequestIds(event, "discord", FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID));
      assertThat(output).doesNotContain("service-test-token");
    }
  }

  /** The JSON log lines (each must parse) whose message contains {@code text}. */
  private static List<JsonNode> linesMentioning(List<String> lines, String text) throws Exception {
    List<JsonNode> found = new java.util.ArrayList<>();
    for (String line : lines) {
      JsonNode event = JSON.readTree(line);
      if (event.get("message").asText().contains(text)) {
        found.add(event);
      }
    }
    return found;
  }

  private static void assertRequestIds(
      JsonNode event, String platform, String workspace, String channel) {
    assertThat(event.path("platform").asText()).as(event.toString()).isEqualTo(platform);
    assertThat(event.path("workspace").asText()).as(event.toString()).isEqualTo(workspace);
    assertThat(event.path("channel").asText()).as(event.toString()).isEqualTo(channel);
    assertThat(event.path("request_id").asText()).as(event.toString()).matches("[0-9a-f]{8}");
  }

  /** This machine's addresses other than loopback (where a wildcard bind would also listen). */
  private static List<InetAddress> nonLoopbackAddress() throws Exception {
    List<InetAddress> addresses = new java.util.ArrayList<>();
    for (NetworkInterface nic :
        java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        java.util.Collections.list(nic.getInetAddresses()).stream()
            .filter(address -> address instanceof java.net.Inet4Address)
            .forEach(addresses::add);
      }
    }
    if (addresses.isEmpty()) {
      System.out.println(
          "No non-loopback IPv4 address here: the bind address is checked by log only");
    }
    return addresses;
  }

  private static boolean accepts(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2000);
      return true;
    } catch (java.io.IOException refused) {
      return false;
    }
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  @Test
  void run_secondSigterm_exitsAtOnceWithoutWaitingForTheReply() throws Exception {
    try (FakeSlackApi slack = new FakeSlackApi();
        NewsSite site = site()) {
      int port = GlossProcess.freePort();
      Path log = Path.of("target/gloss-service-it-second-signal.log");
      Process gloss = GlossProcess.start(env(slack, site, port), log, "run");
      try {
        GlossProcess.awaitPort(port, gloss);
        await(() -> unchecked(() -> get(port, "/readyz")), r -> r.statusCode() == 200);
        site.hold();
        postSigned(
            events(port),
            "application/json",
            messageEvent("Ev0301", "<" + site.url(ARTICLE) + ">"));
        await(() -> site.hits(ARTICLE), hits -> hits > 0);

        gloss.destroy();
        await(() -> read(log), text -> text.contains("SIGTERM received"));
        gloss.destroy();

        assertThat(gloss.waitFor(10, TimeUnit.SECONDS)).as(read(log)).isTrue();
      } finally {
        site.release();
        gloss.destroyForcibly();
      }
      assertThat(gloss.exitValue()).as(read(log)).isEqualTo(143);
      assertThat(read(log)).contains("received again: exiting now");
      assertThat(slack.calls("chat.postMessage")).isEmpty();
    }
  }

  private Map<String, String> env(FakeSlackApi slack, NewsSite site, int port) {
    Map<String, String> env = new HashMap<>();
    env.put("GLOSS_DATA_DIR", dataDir.toString());
    env.put("GLOSS_FETCH_ALLOW_HOSTS", "127.0.0.1");
    env.put("GLOSS_FETCH_ALLOWED_PORTS", "80,443," + site.port());
    env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
    env.put("SLACK_SIGNING_SECRET", GlossRunSlackIT.SECRET);
    env.put("GLOSS_SLACK_MODE", "http");
    env.put("GLOSS_SLACK_API_URL", slack.apiUrl());
    env.put("GLOSS_SERVER_PORT", String.valueOf(port));
    env.put("GLOSS_SERVER_ADDRESS", "127.0.0.1");
    return env;
  }

  private static NewsSite site() throws java.io.IOException {
    return new NewsSite(
        Map.of(
            ARTICLE, new NewsSite.Page("text/html; charset=utf-8", Files.readAllBytes(EXAMPLE))));
  }

  private static String events(int port) {
    return "http://127.0.0.1:" + port + "/slack/events";
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private interface Call<T> {
    T call() throws Exception;
  }

  private static <T> T unchecked(Call<T> call) {
    try {
      return call.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
