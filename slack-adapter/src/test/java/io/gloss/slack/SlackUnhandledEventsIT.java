package io.gloss.slack;

import static io.gloss.slack.SlackEvents.callback;
import static io.gloss.slack.SlackEvents.q;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.gloss.slack.fake.Summaries;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Events and message subtypes Gloss does not act on, file shares, and uninstalls: the real Bolt app
 * in HTTP mode against the loopback Slack fake, with the log captured.
 */
class SlackUnhandledEventsIT {
  static final String ARTICLE = "https://news.example.kr/article/2025/0804/1";

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final Logger filterLog = (Logger) LoggerFactory.getLogger(EventFilter.class);
  private Level filterLevel;
  private SlackTestBed bed;

  @BeforeEach
  void start() throws Exception {
    filterLevel = filterLog.getLevel();
    filterLog.setLevel(Level.DEBUG);
    logs.start();
    root.addAppender(logs);
    bed = SlackTestBed.http(s -> s);
    bed.summarizer.article(ARTICLE, request -> Summaries.korean(ARTICLE));
  }

  @AfterEach
  void stop() {
    bed.close();
    root.detachAppender(logs);
    filterLog.setLevel(filterLevel);
  }

  private static String subtype(String eventId, String subtype, String extra) {
    return callback(
        eventId,
        "{\"type\":\"message\",\"subtype\":\""
            + subtype
            + "\",\"channel\":\"C0001\",\"user\":\"U0001\",\"text\":"
            + q("<" + ARTICLE + ">")
            + ",\"ts\":\"1700000010.000100\",\"event_ts\":\"1700000010.000100\""
            + extra
            + ",\"channel_type\":\"channel\"}");
  }

  private List<ILoggingEvent> linesFrom(String loggerPrefix) {
    return logs.list.stream().filter(e -> e.getLoggerName().startsWith(loggerPrefix)).toList();
  }

  @Test
  void subtypesAndUnknownEvents_get200AndOneDebugLineEach_neverBoltsWarning() throws Exception {
    List<String> bodies =
        List.of(
            subtype("Ev-join", "channel_join", ""),
            subtype("Ev-me", "me_message", ""),
            SlackEvents.edit("Ev-edit", "1700000010.000100", "<" + ARTICLE + ">"),
            subtype("Ev-bot", "bot_message", ",\"bot_id\":\"B0OTHER\""),
            callback("Ev-new", "{\"type\":\"a_future_event_type\",\"event_ts\":\"1700000011.1\"}"),
            callback(
                "Ev-team",
                "{\"type\":\"team_join\",\"user\":{\"id\":\"U0009\"},\"event_ts\":\"1.2\"}"));
    for (String body : bodies) {
      HttpResponse<String> response = bed.postEvent(body);
      assertThat(response.statusCode()).as(body).isEqualTo(200);
    }
    bed.drain();

    assertThat(linesFrom("com.slack.api"))
        .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .isEmpty();
    assertThat(linesFrom(EventFilter.class.getName()))
        .hasSize(bodies.size())
        .allSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.DEBUG))
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(line -> assertThat(line).contains("message:channel_join"))
        .anySatisfy(line -> assertThat(line).contains("a_future_event_type"));
    assertThat(bed.api.calls("chat.postMessage")).isEmpty();
    assertThat(bed.summarizer.requests()).isEmpty();
  }

  @Test
  void fileShareWithLinkInText_isAnsweredLikeAnyMessage() throws Exception {
    HttpResponse<String> response =
        bed.postEvent(
            subtype(
                "Ev-file",
                "file_share",
                ",\"files\":[{\"id\":\"F0001\",\"name\":\"chart.png\",\"mimetype\":\"image/png\"}]"));
    assertThat(response.statusCode()).isEqualTo(200);

    assertThat(bed.api.await("chat.postMessage", 1))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.param("thread_ts")).isEqualTo("1700000010.000100");
              assertThat(c.json("blocks")).contains("정부, 소버린AI");
            });
  }

  @Test
  void appUninstalled_loggedOnceAndRetriesFromTheWorkspaceGetNoReplyUntilANewRequest()
      throws Exception {
    String uninstalled = callback("Ev-bye", "{\"type\":\"app_uninstalled\",\"event_ts\":\"1.1\"}");
    assertThat(bed.postEvent(uninstalled).statusCode()).isEqualTo(200);
    assertThat(bed.postEvent(uninstalled, 1).statusCode()).isEqualTo(200);

    // A delivery Slack made before the uninstall, retried after it: acknowledged, not answered.
    String late = SlackEvents.message("Ev-late", "1700000020.000100", "<" + ARTICLE + ">");
    assertThat(bed.postEvent(late, 1).statusCode()).isEqualTo(200);
    assertThat(
            linesFrom(Workspaces.class.getName()).stream()
                .filter(e -> e.getLevel() == Level.INFO)
                .map(ILoggingEvent::getFormattedMessage))
        .singleElement()
        .asString()
        .contains("T0001", "uninstalled");

    // A new message (not a retry) only comes from an installed app: Gloss answers again.
    bed.postEvent(SlackEvents.message("Ev-back", "1700000030.000100", "<" + ARTICLE + ">"));
    assertThat(bed.api.await("chat.postMessage", 1))
        .singleElement()
        .satisfies(c -> assertThat(c.param("thread_ts")).isEqualTo("1700000030.000100"));
    bed.drain();
    assertThat(bed.api.calls("chat.postMessage")).hasSize(1);
    assertThat(bed.summarizer.requests()).hasSize(1);
  }

  @Test
  void tokensRevoked_forTheBotToken_stopsWork_forUserTokensOnly_doesNot() throws Exception {
    String userOnly =
        callback(
            "Ev-tr1",
            "{\"type\":\"tokens_revoked\",\"tokens\":{\"oauth\":[\"U0001\"],\"bot\":[]},"
                + "\"event_ts\":\"1.1\"}");
    assertThat(bed.postEvent(userOnly).statusCode()).isEqualTo(200);
    bed.postEvent(SlackEvents.message("Ev-a", "1700000040.000100", "<" + ARTICLE + ">"), 1);
    bed.api.await("chat.postMessage", 1);

    String bot =
        callback(
            "Ev-tr2",
            "{\"type\":\"tokens_revoked\",\"tokens\":{\"bot\":[\"U0BOT\"]},\"event_ts\":\"1.2\"}");
    assertThat(bed.postEvent(bot).statusCode()).isEqualTo(200);
    bed.postEvent(SlackEvents.message("Ev-b", "1700000050.000100", "<" + ARTICLE + ">"), 1);
    bed.drain();

    assertThat(bed.api.calls("chat.postMessage"))
        .singleElement()
        .satisfies(c -> assertThat(c.param("thread_ts")).isEqualTo("1700000040.000100"));
    assertThat(linesFrom(Workspaces.class.getName()))
        .extracting(ILoggingEvent::getFormattedMessage)
        .singleElement()
        .asString()
        .contains("revoked");
  }

  @Test
  void tenKilobyteLink_isAnsweredWithOneShortMessage() throws Exception {
    String huge = "https://news.example.kr/article?q=" + "x".repeat(10_000);
    HttpResponse<String> response =
        bed.postEvent(SlackEvents.message("Ev-huge", "1700000060.000100", "<" + huge + ">"));
    assertThat(response.statusCode()).isEqualTo(200);

    assertThat(bed.api.await("chat.postMessage", 1))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.param("thread_ts")).isEqualTo("1700000060.000100");
              assertThat(c.json("blocks")).contains("링크가 너무 깁니다").doesNotContain("xxxxxxxxxx");
              assertThat(c.body().length()).isLessThan(3000);
            });

    bed.command("/summarize", huge);
    assertThat(bed.api.await("response_url", 1))
        .singleElement()
        .satisfies(c -> assertThat(c.body()).contains("링크가 너무 깁니다").doesNotContain("xxxxxxxxxx"));
  }
}
