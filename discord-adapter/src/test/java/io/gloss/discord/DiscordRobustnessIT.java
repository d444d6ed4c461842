package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.url.UrlCanonicalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * Hostile titles as thread names, 📰 in direct messages and a 429 storm: the real JDA against the
 * loopback Discord fake.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordRobustnessIT {
  private static final long WAIT = 15;
  private static final Duration REST_TIMEOUT = Duration.ofSeconds(3);
  static final String HOSTILE_TITLE =
      "**속보** @everyone <@&123> `코드` ~~취소~~ [단독] https://evil.example/x " + "가".repeat(150);

  private FakeDiscord discord;
  private final InMemoryPorts core = new InMemoryPorts();
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private DiscordBot bot;
  private long nextMessageId = 9000;

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  @BeforeAll
  void start() throws Exception {
    logs.start();
    ((Logger) LoggerFactory.getLogger(PastedLinkHandler.class)).addAppender(logs);
    discord = new FakeDiscord();
    SummarizeArticleUseCase hostile =
        new SummarizeArticleUseCase() {
          @Override
          public SummaryResult summarize(SummaryRequest request) {
            if (request.url().length() > UrlCanonicalizer.MAX_KEY_LENGTH) {
              // As the core's fetcher answers a URL longer than any news link.
              return new SummaryResult.Failure(request.url(), FailureReason.URL_TOO_LONG, "fake");
            }
            if (request.url().contains("slow")) {
              try {
                Thread.sleep(1000); // the first of a burst of pastes is still being answered
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return new SummaryResult.Success(
                Summaries.summary(HOSTILE_TITLE, List.of("본문 한 줄."), List.of()), false);
          }

          @Override
          public SummaryResult summarizePage(FetchedPage page, SummaryRequest request) {
            return summarize(request);
          }
        };
    DiscordSettings settings =
        DiscordSettings.of("fake.token.value")
            .withApiUrl(discord.restBaseUrl())
            .withGatewayUrl(discord.gatewayUrl())
            .withMessageContent(true)
            .withLimits(1000, 1000);
    DiscordPorts ports = core.ports(settings, Clock.systemUTC(), hostile);
    bot =
        new DiscordBot(settings, ports, executor, executor, Clock.systemUTC())
            .withRestTimeout(REST_TIMEOUT);
    bot.start();
    assertThat(bot.awaitReady(Duration.ofSeconds(WAIT))).isTrue();
  }

  @AfterAll
  void stop() {
    bot.stop();
    executor.shutdownNow();
    discord.close();
  }

  private String messageId() {
    return String.valueOf(nextMessageId++);
  }

  @Test
  void threadName_fromHostileTitle_isEscapedAndAtMost100Characters() throws Exception {
    String id = messageId();
    discord.dispatch("MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/a/" + id));

    FakeDiscord.Call thread =
        discord.await(c -> c.path().equals("/channels/4000/messages/" + id + "/threads"), WAIT);

    assertThat(thread).isNotNull();
    String name = thread.json().getString("name");
    assertThat(name.length()).isLessThanOrEqualTo(100);
    assertThat(name)
        .startsWith("\\*\\*속보\\*\\* @\u200Beveryone \\<@\u200B&123\\>")
        .contains("\\`코드\\`", "\\~\\~취소\\~\\~", "[단독]", "https:\u200B//evil")
        .doesNotContain("@everyone", "<@&123>")
        .endsWith("…");
  }

  @Test
  void newspaperReactionInADirectMessage_arrivesAndIsAnsweredOnce() throws Exception {
    String identify =
        discord.fromBot.stream().filter(f -> f.contains("\"op\":2")).findFirst().orElseThrow();
    int intents = DataObject.fromJson(identify).getObject("d").getInt("intents");
    assertThat(intents & (1 << 13)).as("DIRECT_MESSAGE_REACTIONS").isNotZero();

    // A message sent while Gloss was away (never answered), then 📰 on it, twice.
    String id = messageId();
    discord.userDirectMessage(id, "이거 요약해 줘 https://news.example.kr/a/" + id);
    discord.dispatch("MESSAGE_REACTION_ADD", FakeDiscord.directReaction(id, "📰"));
    discord.dispatch("MESSAGE_REACTION_ADD", FakeDiscord.directReaction(id, "📰"));

    FakeDiscord.Call reply =
        discord.await(
            c ->
                c.method().equals("POST")
                    && c.path().equals("/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages")
                    && c.repliesTo(id),
            WAIT);
    assertThat(reply).as("the 📰 in a DM is answered").isNotNull();
    Thread.sleep(1000);
    assertThat(
            discord.calls(
                c ->
                    c.method().equals("POST")
                        && c.path().equals("/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages")
                        && c.repliesTo(id)))
        .hasSize(1);
  }

  @Test
  void replyAnswered429Forever_givesUpWithinTheRestTimeout() throws Exception {
    String id = messageId();
    String replyPath = "/channels/" + id + "/messages";
    discord.rateLimitedTimes.put(replyPath, 1_000_000);
    long started = System.nanoTime();
    discord.dispatch("MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/a/" + id));

    assertThat(discord.await(c -> c.path().equals(replyPath), WAIT)).isNotNull();
    // Wait until the attempts stop: JDA gives up at the REST timeout instead of retrying forever.
    int attempts = -1;
    while (attempts != discord.calls(c -> c.path().equals(replyPath)).size()) {
      attempts = discord.calls(c -> c.path().equals(replyPath)).size();
      Thread.sleep(1500);
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .as("attempts stop within the REST timeout")
          .isLessThan(REST_TIMEOUT.plusSeconds(5));
    }
    discord.rateLimitedTimes.remove(replyPath);
    System.out.println("429 attempts before giving up: " + attempts);
    assertThat(attempts).isGreaterThan(1);
    assertThat(logs.list)
        .filteredOn(e -> e.getLoggerName().equals(PastedLinkHandler.class.getName()))
        .extracting(e -> e.getLevel() + " " + e.getFormattedMessage())
        .anySatisfy(line -> assertThat(line).startsWith("WARN gave up answering message " + id))
        .noneSatisfy(line -> assertThat(line).startsWith("ERROR"));
  }

  @Test
  void repostInTheSameChannel_getsAPointerToTheFirstThread_notANewThread() throws Exception {
    String first = messageId();
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(first, "https://news.example.kr/repost/1"));
    assertThat(discord.await(c -> c.path().equals("/channels/" + first + "/messages"), WAIT))
        .isNotNull();

    // The same article again, with a tracking parameter: canonically the same link.
    String again = messageId();
    discord.dispatch(
        "MESSAGE_CREATE",
        discord.userMessage(again, "다시 https://news.example.kr/repost/1?utm_source=share"));

    FakeDiscord.Call pointer =
        discord.await(
            c ->
                c.method().equals("POST")
                    && c.path().equals("/channels/4000/messages")
                    && c.repliesTo(again),
            WAIT);
    assertThat(pointer).isNotNull();
    assertThat(pointer.body()).contains("<#" + first + ">");
    assertThat(pointer.json().getObject("allowed_mentions").getArray("parse").length()).isZero();
    assertThat(discord.calls(c -> c.path().endsWith("/" + again + "/threads"))).isEmpty();
  }

  @Test
  void sameArticlePastedThreeTimesWithinSeconds_oneThreadAndTwoPointers() throws Exception {
    List<String> ids = List.of(messageId(), messageId(), messageId());
    for (String id : ids) {
      discord.dispatch(
          "MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/slow/burst"));
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(WAIT).toNanos();
    while (pointersAndThreads(ids) < 3 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    Thread.sleep(500);

    assertThat(discord.calls(c -> c.method().equals("POST") && isThreadOf(c, ids))).hasSize(1);
    assertThat(discord.calls(c -> isPointerFor(c, ids))).hasSize(2);
  }

  private int pointersAndThreads(List<String> ids) {
    return discord.calls(c -> c.method().equals("POST") && isThreadOf(c, ids)).size()
        + discord.calls(c -> isPointerFor(c, ids)).size();
  }

  private static boolean isThreadOf(FakeDiscord.Call call, List<String> ids) {
    return ids.stream()
        .anyMatch(id -> call.path().equals("/channels/4000/messages/" + id + "/threads"));
  }

  /** A reply to one of these messages pointing to a thread. */
  private static boolean isPointerFor(FakeDiscord.Call call, List<String> ids) {
    return call.method().equals("POST")
        && call.path().equals("/channels/4000/messages")
        && call.body().contains("<#")
        && ids.stream().anyMatch(call::repliesTo);
  }

  @Test
  void tenKilobyteLink_isAnsweredWithOneShortMessage() throws Exception {
    String id = messageId();
    String huge = "https://news.example.kr/article?q=" + "x".repeat(10_000);
    discord.dispatch("MESSAGE_CREATE", discord.userMessage(id, huge));

    FakeDiscord.Call reply =
        discord.await(
            c -> c.method().equals("POST") && c.path().equals("/channels/" + id + "/messages"),
            WAIT);
    assertThat(reply).as("answered in the thread").isNotNull();
    assertThat(reply.body()).contains("링크가 너무 깁니다").doesNotContain("xxxxxxxxxx");
    assertThat(reply.body().length()).isLessThan(2000);
  }
}
