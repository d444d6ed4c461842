package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Feedback;
import io.gloss.core.domain.Vote;
import io.gloss.core.domain.Workspace;
import io.gloss.slack.fake.FakeSlackApi.Call;
import io.gloss.slack.fake.Summaries;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Through real Bolt over the loopback Slack fake: a workspace's team glossary and votes stay its
 * own, a team override shows on the next link reply, and event claims are leases (a retry after the
 * claimer died is answered, a retry while the claim is fresh is not).
 */
class SlackTenancyIT {
  private static final String ARTICLE = SlackHttpModeIT.ARTICLE;
  private static final String OTHER_TEAM = "T0002";

  private SlackTestBed bed;

  @BeforeEach
  void start() throws Exception {
    bed = SlackTestBed.http(s -> s);
    bed.summarizer.article(ARTICLE, request -> Summaries.korean(ARTICLE));
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  @Test
  void teamTerm_ofOneWorkspace_isNotSeenOrRemovedByAnother() throws Exception {
    bed.command(
        "/gloss",
        "term set 핀테크 T1 팀이 정한 설명",
        SlackTestBed.USER,
        bed.api.responseUrl("a"),
        SlackTestBed.TEAM);
    bed.api.await("response_url", 1);

    bed.command("/define", "핀테크", SlackTestBed.USER, bed.api.responseUrl("b"), OTHER_TEAM);
    Call otherDefine = bed.api.await("response_url", 2).get(1);
    bed.command(
        "/gloss", "term remove 핀테크", SlackTestBed.USER, bed.api.responseUrl("c"), OTHER_TEAM);
    Call otherRemove = bed.api.await("response_url", 3).get(2);
    bed.command("/define", "핀테크", SlackTestBed.USER, bed.api.responseUrl("d"), SlackTestBed.TEAM);
    Call ownDefine = bed.api.await("response_url", 4).get(3);

    assertThat(otherDefine.body()).doesNotContain("T1 팀이 정한 설명");
    assertThat(otherRemove.body()).contains("팀 용어집에 없는 용어");
    assertThat(ownDefine.body()).contains("T1 팀이 정한 설명", "팀 용어집").doesNotContain("team:");
    assertThat(bed.glossary.list(Workspace.of("slack", SlackTestBed.TEAM))).hasSize(1);
    assertThat(bed.glossary.list(Workspace.of("slack", OTHER_TEAM))).isEmpty();
  }

  @Test
  void teamOverride_showsOnTheNextLinkReply_ofItsWorkspaceOnly() throws Exception {
    bed.postEvent(SlackEvents.message("Ev-1", "1700000000.000100", "<" + ARTICLE + ">"));
    Call before = bed.api.await("chat.postMessage", 1).get(0);
    bed.command("/gloss", "term set 소버린AI 우리 팀이 고쳐 쓴 설명");
    bed.api.await("response_url", 1);

    bed.postEvent(SlackEvents.message("Ev-2", "1700000000.000200", "<" + ARTICLE + ">"));
    Call after = bed.api.await("chat.postMessage", 2).get(1);

    assertThat(before.json("blocks")).contains("스스로 만들고 운영하는 AI");
    assertThat(after.json("blocks"))
        .contains("우리 팀이 고쳐 쓴 설명", "팀 용어집")
        .doesNotContain("스스로 만들고 운영하는 AI");
  }

  @Test
  void feedback_secondClickChangesTheVote_neverCountsTwice() throws Exception {
    String reply = "1700000000.000900";
    bed.interaction(SlackEvents.blockAction("gloss_up", ARTICLE, reply, bed.api.responseUrl("1")));
    bed.api.await("response_url", 1);
    bed.interaction(SlackEvents.blockAction("gloss_up", ARTICLE, reply, bed.api.responseUrl("2")));
    bed.api.await("response_url", 2);
    bed.interaction(
        SlackEvents.blockAction("gloss_down", ARTICLE, reply, bed.api.responseUrl("3")));
    bed.api.await("response_url", 3);

    assertThat(bed.feedbackStore.all())
        .singleElement()
        .satisfies(
            (Feedback vote) -> {
              assertThat(vote.vote()).isEqualTo(Vote.DOWN);
              assertThat(vote.workspace()).isEqualTo(Workspace.of("slack", SlackTestBed.TEAM));
              assertThat(vote.url()).isEqualTo(ARTICLE);
            });
  }

  @Test
  void retry_ofAnEventWhoseClaimerDied_isAnswered_onceOnly() throws Exception {
    // Another instance claimed the event and died before answering: its lease has run out.
    bed.processedEvents.claim(
        "slack:event:Ev-dead", "dead-instance", Duration.ofMillis(1), Duration.ofHours(24));
    Thread.sleep(5);

    String body = SlackEvents.message("Ev-dead", "1700000000.000300", "<" + ARTICLE + ">");
    assertThat(bed.postEvent(body, 1).statusCode()).isEqualTo(200);
    assertThat(bed.api.await("chat.postMessage", 1)).hasSize(1);
    assertThat(bed.postEvent(body, 2).statusCode()).isEqualTo(200);
    bed.drain();

    assertThat(bed.api.calls().stream().filter(c -> c.method().equals("chat.postMessage")))
        .hasSize(1);
    assertThat(bed.processedEvents.answered()).contains("slack:event:Ev-dead");
  }

  @Test
  void retry_whileAnotherInstanceHoldsAFreshClaim_isNotAnswered() throws Exception {
    bed.processedEvents.claim(
        "slack:event:Ev-busy", "busy-instance", Duration.ofMinutes(2), Duration.ofHours(24));

    String body = SlackEvents.message("Ev-busy", "1700000000.000400", "<" + ARTICLE + ">");
    assertThat(bed.postEvent(body, 1).statusCode()).isEqualTo(200);
    bed.drain();

    assertThat(bed.api.calls()).extracting(Call::method).doesNotContain("chat.postMessage");
  }
}
