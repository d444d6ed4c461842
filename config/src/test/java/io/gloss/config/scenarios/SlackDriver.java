package io.gloss.config.scenarios;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import io.gloss.config.InProcessGloss;
import io.gloss.slack.SlackEvents;
import io.gloss.slack.SlackRequests;
import io.gloss.slack.fake.FakeSlackApi;
import io.gloss.slack.fake.FakeSlackApi.Call;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Slack as the real Bolt app of {@code gloss run} (HTTP mode) sees it: signed event, command and
 * retry deliveries to its endpoint, and the loopback Slack Web API fake recording what it posts.
 */
final class SlackDriver implements ChatDriver {
  private static final String SECRET = "scenario-signing-secret";

  /** The workspace of the bot token (the fake's {@code auth.test}). */
  private static final String TEAM = "T0001";

  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final FakeSlackApi api;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger ids = new AtomicInteger(1000);
  private final AtomicInteger retries = new AtomicInteger();
  private final Map<String, String> deliveries = new ConcurrentHashMap<>();
  private @Nullable String endpoint;
  private String channel = "C0001";

  SlackDriver() throws Exception {
    api = new FakeSlackApi();
  }

  @Override
  public Map<String, String> env(int linksPerUserPerMinute) {
    return Map.of(
        "SLACK_BOT_TOKEN",
        "xoxb-0000000000-0000000000-scenariotoken",
        "SLACK_SIGNING_SECRET",
        SECRET,
        "GLOSS_SLACK_MODE",
        "http",
        "GLOSS_SLACK_API_URL",
        api.apiUrl(),
        "GLOSS_SLACK_USER_RATE_LIMIT",
        String.valueOf(linksPerUserPerMinute),
        "GLOSS_SLACK_CHANNEL_RATE_LIMIT",
        "1000");
  }

  @Override
  public void started(InProcessGloss gloss) {
    endpoint = gloss.slackEndpoint();
  }

  @Override
  public String newChannel() {
    channel = "C" + ids.incrementAndGet();
    return channel;
  }

  @Override
  public String newUser() {
    return "U" + ids.incrementAndGet();
  }

  @Override
  public Posted paste(String user, String text) throws Exception {
    int n = ids.incrementAndGet();
    String ts = String.format("1700%06d.000100", n);
    // Slack delivers a pasted URL as <url> in the message text.
    String body =
        SlackEvents.message("EvScn" + n, channel, user, ts, URL.matcher(text).replaceAll("<$0>"));
    deliveries.put(channel + "/" + ts, body);
    long delivered = System.nanoTime();
    return new Posted(channel, ts, user, Optional.of(deliver(body, null)), delivered);
  }

  @Override
  public void redeliver(Posted message) throws Exception {
    deliver(deliveries.get(message.channel() + "/" + message.id()), retries.incrementAndGet());
  }

  @Override
  public void react(Posted message, String user, Emoji emoji) throws Exception {
    deliver(
        SlackEvents.reaction(
            "EvScn" + ids.incrementAndGet(),
            emoji.slackName,
            message.channel(),
            user,
            message.id()),
        null);
  }

  @Override
  public Answer settings(String user, String... optionsAndValues) throws Exception {
    return command(user, "/gloss", "settings " + String.join(" ", optionsAndValues));
  }

  @Override
  public Answer define(String user, String term) throws Exception {
    return command(user, "/define", term);
  }

  @Override
  public Answer setTeamTerm(String user, String term, String explanation) throws Exception {
    return command(user, "/gloss", "term set \"" + term + "\" " + explanation);
  }

  /**
   * Slack shows the text of the command's HTTP response to the asker at once; a placeholder (⏳ … /
   * 🔎 …) is followed by the answer through the command's {@code response_url}.
   */
  private Answer command(String user, String command, String text) throws Exception {
    String id = "r" + ids.incrementAndGet();
    String form = SlackRequests.command(TEAM, channel, user, command, text, api.responseUrl(id));
    long started = System.nanoTime();
    HttpResponse<String> ack =
        SlackRequests.post(
            http, endpoint(), SECRET, "application/x-www-form-urlencoded", form, now(), null);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    if (ack.statusCode() != 200) {
      throw new AssertionError(command + " answered HTTP " + ack.statusCode());
    }
    if (!ack.body().contains("…")) {
      return new Answer(ack.body(), true, took);
    }
    List<Call> answers = api.await(c -> c.path().equals("/response/" + id), 1, WAIT);
    if (answers.isEmpty()) {
      throw new AssertionError(command + " " + text + ": no answer through response_url");
    }
    String json = readable(answers.get(0).body());
    return new Answer(json, !json.contains("\"response_type\":\"in_channel\""), took);
  }

  @Override
  public List<Reply> replies(Posted message) {
    return api.calls("chat.postMessage").stream()
        .filter(c -> c.param("channel").equals(message.channel()))
        .filter(c -> c.param("thread_ts").equals(message.id()))
        .map(c -> new Reply(Place.THREAD, c.param("text") + "\n" + c.json("blocks")))
        .toList();
  }

  @Override
  public OptionalLong working(Posted message) {
    return api.calls("reactions.add").stream()
        .filter(c -> c.param("channel").equals(message.channel()))
        .filter(c -> c.param("timestamp").equals(message.id()))
        .filter(c -> c.param("name").equals("eyes"))
        .mapToLong(Call::nanos)
        .findFirst();
  }

  /**
   * An ephemeral message is not attached to a message: the notice of a message is the one its
   * author got in the channel, if the message itself got neither 👀 nor an answer.
   */
  @Override
  public Optional<String> rateLimitNotice(Posted message) {
    boolean worked =
        api.calls("reactions.add").stream()
            .anyMatch(
                c ->
                    c.param("channel").equals(message.channel())
                        && c.param("timestamp").equals(message.id()));
    if (worked || !replies(message).isEmpty()) {
      return Optional.empty();
    }
    return api.calls("chat.postEphemeral").stream()
        .filter(c -> c.param("channel").equals(message.channel()))
        .filter(c -> c.param("user").equals(message.user()))
        .map(c -> c.param("text") + "\n" + c.json("blocks"))
        .findFirst();
  }

  @Override
  public void settle() throws InterruptedException {
    Quiet.await(() -> api.calls().size());
  }

  @Override
  public boolean pointsRepostsToEarlierThread() {
    return false;
  }

  @Override
  public boolean tellsRateLimitWithReaction() {
    return false;
  }

  @Override
  public void close() {
    api.close();
  }

  /** One delivery of an event; Slack wants HTTP 200 (else it retries). */
  private Duration deliver(String body, @Nullable Integer retryNum) throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response =
        SlackRequests.post(http, endpoint(), SECRET, "application/json", body, now(), retryNum);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    if (response.statusCode() != 200) {
      throw new AssertionError("event delivery answered HTTP " + response.statusCode());
    }
    return took;
  }

  private String endpoint() {
    if (endpoint == null) {
      throw new IllegalStateException("gloss run not started");
    }
    return endpoint;
  }

  private static String now() {
    return SlackRequests.now();
  }

  /** JSON without Gson's HTML escaping ({@code <} not {@code \u003c}). */
  private static String readable(String json) {
    return new GsonBuilder().disableHtmlEscaping().create().toJson(JsonParser.parseString(json));
  }
}
