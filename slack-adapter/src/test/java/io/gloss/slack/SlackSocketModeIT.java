package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.slack.fake.FakeSlackApi;
import io.gloss.slack.fake.FakeSlackApi.Call;
import io.gloss.slack.fake.FakeSocketModeServer;
import io.gloss.slack.fake.Summaries;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real Bolt app in Socket Mode: a fake {@code apps.connections.open} hands out a loopback
 * WebSocket that says hello and sends envelopes; the acks come back over the socket. Also
 * HOSTILE-INPUTS row 32: a {@code disconnect} message and a TCP reset mid-event.
 */
class SlackSocketModeIT {
  static final String ARTICLE = "https://news.example.kr/article/2025/0804/1";
  static final String TS = "1700000000.000100";

  private FakeSocketModeServer socket;
  private SlackTestBed bed;

  @BeforeEach
  void start() throws Exception {
    socket = new FakeSocketModeServer();
    socket.startAndWait();
    FakeSlackApi api = new FakeSlackApi();
    api.socketUrl(socket.url());
    bed = SlackTestBed.socket(api);
    bed.summarizer.article(ARTICLE, request -> Summaries.korean(ARTICLE));
    assertThat(socket.awaitClient()).isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    bed.close();
    socket.stop(1000);
  }

  @Test
  void eventEnvelope_isAckedAndAnsweredOnceEvenWhenRetried() throws Exception {
    String event = SlackEvents.message("Ev-sock", TS, "<" + ARTICLE + ">");
    socket.send(envelope("env-1", "events_api", event, 0));
    socket.send(envelope("env-2", "events_api", event, 1));

    assertThat(socket.poll("env-1", 10)).isNotNull();
    assertThat(socket.poll("env-2", 10)).isNotNull();
    List<Call> replies = bed.api.await("chat.postMessage", 1);
    bed.drain();

    assertThat(bed.api.calls("apps.connections.open")).isNotEmpty();
    assertThat(bed.api.calls("chat.postMessage"))
        .singleElement()
        .satisfies(c -> assertThat(c.param("thread_ts")).isEqualTo(TS));
    assertThat(replies.get(0).json("blocks")).contains("정부, 소버린AI");
    assertThat(bed.api.calls("reactions.add")).hasSize(1);
  }

  @Test
  void slashCommandEnvelope_ackCarriesTextAndAnswerFollowsOnResponseUrl() throws Exception {
    Summaries.korean(ARTICLE).glossary().forEach(bed.glossary::upsert);
    String command =
        "{\"token\":\"legacy\",\"team_id\":\"T0001\",\"channel_id\":\"C0001\",\"user_id\":\"U0001\","
            + "\"command\":\"/define\",\"text\":\"소버린AI\",\"api_app_id\":\"A0001\","
            + "\"response_url\":"
            + SlackEvents.q(bed.api.responseUrl("sock"))
            + ",\"trigger_id\":\"1.2\"}";
    socket.send(envelope("env-cmd", "slash_commands", command, 0));

    String ack = socket.poll("env-cmd", 10);
    assertThat(ack).isNotNull().contains("찾는 중");
    Call answer = bed.api.await("response_url", 1).get(0);
    assertThat(answer.body()).contains("한 나라가 외부에 기대지 않고", "[기사 제공]");
  }

  @Test
  void interactiveEnvelope_styleButton_ackedAndVariantPostedInThread() throws Exception {
    String click =
        SlackEvents.blockAction(
            "gloss_simpler", ARTICLE, "1700000000.000900", bed.api.responseUrl("i1"));
    socket.send(envelope("env-click", "interactive", click, 0));

    assertThat(socket.poll("env-click", 10)).isNotNull();
    Call variant = bed.api.await("chat.postMessage", 1).get(0);
    assertThat(variant.param("thread_ts")).isEqualTo(TS);
    assertThat(bed.summarizer.requests())
        .singleElement()
        .satisfies(r -> assertThat(r.style()).isEqualTo(io.gloss.core.domain.SummaryStyle.SIMPLE));
  }

  @Test
  void disconnectRefreshRequested_clientMovesToANewConnection_andKeepsAnswering() throws Exception {
    socket.askToReconnect("refresh_requested");

    assertThat(socket.awaitConnections(2)).as("a second connection").isTrue();
    assertThat(bed.api.calls("apps.connections.open")).hasSizeGreaterThanOrEqualTo(2);
    String event = SlackEvents.message("Ev-refresh", TS, "<" + ARTICLE + ">");
    socket.send(envelope("env-refresh", "events_api", event, 0));
    assertThat(socket.poll("env-refresh", 10)).as("acked on the new connection").isNotNull();
    assertThat(bed.api.await("chat.postMessage", 1)).hasSize(1);
  }

  @Test
  void connectionResetMidEvent_clientReconnects_andTheRedeliveryIsAnsweredOnce() throws Exception {
    String event = SlackEvents.message("Ev-reset", TS, "<" + ARTICLE + ">");
    socket.send(envelope("env-cut", "events_api", event, 0));
    socket.reset();

    assertThat(socket.awaitConnections(2)).as("reconnected after the reset").isTrue();
    // Slack sends the event again on the new connection, whether or not the first copy arrived.
    socket.send(envelope("env-again", "events_api", event, 1));
    assertThat(socket.poll("env-again", 10)).isNotNull();
    bed.api.await("chat.postMessage", 1);
    bed.drain();

    assertThat(bed.api.calls("chat.postMessage")).hasSize(1);
  }

  private static String envelope(String id, String type, String payload, int retryAttempt) {
    return "{\"envelope_id\":\""
        + id
        + "\",\"type\":\""
        + type
        + "\",\"accepts_response_payload\":"
        + type.equals("slash_commands")
        + ",\"retry_attempt\":"
        + retryAttempt
        + ",\"retry_reason\":\""
        + (retryAttempt > 0 ? "timeout" : "")
        + "\",\"payload\":"
        + payload
        + "}";
  }
}
