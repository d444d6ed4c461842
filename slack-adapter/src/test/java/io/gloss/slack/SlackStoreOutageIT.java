package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import io.gloss.core.conversation.ChannelSettingsService;
import io.gloss.core.conversation.EventClaims;
import io.gloss.core.conversation.FeedbackService;
import io.gloss.core.conversation.SharedLinksService;
import io.gloss.core.conversation.TeamDefineTermUseCase;
import io.gloss.core.conversation.TeamGlossaryService;
import io.gloss.core.conversation.TeamSummarizeArticleUseCase;
import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.glossary.DefineTermService;
import io.gloss.core.port.out.ChannelSettingsStore;
import io.gloss.core.port.out.FeedbackStore;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.port.out.ProcessedEvents;
import io.gloss.core.port.out.SharedLinkLog;
import io.gloss.core.port.out.TeamGlossaryStore;
import io.gloss.core.store.BoundedStore;
import io.gloss.core.store.RestartablePostgres;
import io.gloss.core.store.Stores;
import io.gloss.slack.fake.FakeSlackApi;
import io.gloss.slack.fake.FakeSlackApi.Call;
import io.gloss.slack.fake.FakeSummarizer;
import io.gloss.slack.fake.Summaries;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes down under a running bot and comes back: the real Bolt app in HTTP mode on the
 * real JDBC stores of an embedded PostgreSQL that the test stops and restarts.
 */
class SlackStoreOutageIT {
  static final String ARTICLE = "https://news.example.kr/article/2025/0804/1";
  static final ChannelRef CHANNEL =
      new ChannelRef("slack", SlackTestBed.TEAM, SlackTestBed.CHANNEL);

  /** Slack retries a request that is not acknowledged within 3 s. */
  static final Duration SLACK_ACK_DEADLINE = Duration.ofSeconds(3);

  private RestartablePostgres postgres;
  private Stores stores;
  private FakeSlackApi api;
  private final FakeSummarizer summarizer = new FakeSummarizer();
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final HttpClient http = HttpClient.newHttpClient();
  private BoundedStore bounded;
  private SlackBot bot;

  @BeforeEach
  void start() throws Exception {
    postgres = RestartablePostgres.start();
    stores = Stores.open(postgres.settings(), Clock.systemUTC());
    api = new FakeSlackApi();
    summarizer.article(ARTICLE, request -> Summaries.korean(ARTICLE));
    // The core use cases on the real stores, with their store calls bounded as the wiring does.
    bounded = new BoundedStore("slack-test");
    GlossaryStore glossary = bounded.wrap(GlossaryStore.class, stores.glossary());
    TeamGlossaryStore team = bounded.wrap(TeamGlossaryStore.class, stores.glossary());
    Clock clock = Clock.systemUTC();
    SlackSettings settings =
        SlackSettings.httpMode("xoxb-0000000000-0000000000-testtoken", SlackTestBed.SECRET)
            .withApiUrl(api.apiUrl())
            .withPort(0);
    bot =
        new SlackBot(
            settings,
            SlackTestBed.ports(
                settings,
                new TeamSummarizeArticleUseCase(summarizer, team),
                new TeamDefineTermUseCase(new DefineTermService(glossary), team, glossary),
                new ChannelSettingsService(
                    bounded.wrap(ChannelSettingsStore.class, stores.channelSettings())),
                new SharedLinksService(
                    bounded.wrap(SharedLinkLog.class, stores.sharedLinks()), clock),
                new EventClaims(bounded.wrap(ProcessedEvents.class, stores.processedEvents())),
                new TeamGlossaryService(team),
                new FeedbackService(bounded.wrap(FeedbackStore.class, stores.feedback()), clock)),
            executor,
            executor, // both steps on one pool: these tests never drain it
            clock);
    bot.start();
  }

  @AfterEach
  void stop() throws Exception {
    bot.stop();
    executor.shutdownNow();
    bounded.close();
    api.close();
    stores.close();
    postgres.close();
  }

  @Test
  void storeDown_acksInTime_answersLinks_commandsSaySo_thenRecoversByItself() throws Exception {
    // Up: answered, and the claim is stored (a retry is not answered again).
    Timed first =
        post("application/json", SlackEvents.message("Ev-1", "1700000001.000100", link()));
    assertThat(first.response().statusCode()).isEqualTo(200);
    api.await("chat.postMessage", 1);

    postgres.stop();

    // Down: every request acknowledged in time, the link still answered.
    Timed message =
        post("application/json", SlackEvents.message("Ev-2", "1700000002.000100", link()));
    Timed second =
        post("application/json", SlackEvents.message("Ev-3", "1700000003.000100", link()));
    Timed settings = command("/gloss", "settings auto reaction", "set");
    Timed define = command("/define", "소버린AI", "define");
    for (Timed timed : List.of(message, second, settings, define)) {
      assertThat(timed.response().statusCode()).isEqualTo(200);
      assertThat(timed.took()).isLessThan(SLACK_ACK_DEADLINE);
    }
    assertThat(api.await("chat.postMessage", 3))
        .extracting(c -> c.param("thread_ts"))
        .contains("1700000002.000100", "1700000003.000100");
    List<Call> answers =
        api.await(c -> c.method().equals("response_url"), 2, Duration.ofSeconds(20));
    assertThat(answers).hasSize(2).allSatisfy(c -> assertThat(c.body()).contains("저장소에 연결할 수 없어"));

    postgres.restart();

    // Back: a settings change goes through again without any restart of the bot.
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Call saved = null;
    for (int attempt = 0; saved == null; attempt++) {
      assertThat(System.nanoTime()).as("store recovered within 60 s").isLessThan(deadline);
      String id = "retry-" + attempt;
      command("/gloss", "settings auto reaction", id);
      Call answer = api.await(c -> c.path().endsWith("/" + id), 1, Duration.ofSeconds(20)).get(0);
      if (answer.body().contains("저장소에 연결할 수 없어")) {
        Thread.sleep(500);
      } else {
        saved = answer;
      }
    }
    assertThat(stores.channelSettings().get(CHANNEL).autoMode()).isEqualTo(AutoMode.REACTION);
  }

  private static String link() {
    return "<" + ARTICLE + ">";
  }

  private record Timed(HttpResponse<String> response, Duration took) {}

  private Timed command(String command, String text, String responseId) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team_id", SlackTestBed.TEAM);
    form.put("channel_id", SlackTestBed.CHANNEL);
    form.put("user_id", SlackTestBed.USER);
    form.put("command", command);
    form.put("text", text);
    form.put("response_url", api.responseUrl(responseId));
    form.put("trigger_id", "1.2.3");
    return post("application/x-www-form-urlencoded", SlackTestBed.encode(form));
  }

  private Timed post(String contentType, String body) throws Exception {
    String timestamp = SlackTestBed.now();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + bot.httpPort() + SlackHttpHandler.PATH))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", timestamp)
            .header(
                "X-Slack-Signature",
                new SlackSignature.Generator(SlackTestBed.SECRET).generate(timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long started = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.println("ack " + took.toMillis() + " ms");
    return new Timed(response, took);
  }
}
