package io.gloss.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.digest.view.Digest;
import io.gloss.core.digest.view.DigestStory;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestRun;
import io.gloss.core.domain.DigestRunStatus;
import io.gloss.core.port.out.DigestPostException;
import io.gloss.core.store.Stores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Exactly once, on time, across restarts and instances, on every database. */
abstract class AbstractDigestRunnerContractTest extends DigestTestBase {
  @Test
  void dueDigest_isPostedOnce_notAgainOnRerun_norAfterRestart() {
    clock.advance(Duration.ofMinutes(10));
    shareStory(CHANNEL, "a1", "정부, 반도체 지원 예산 5조 편성");
    moveTo(DUE.minusSeconds(1));
    assertThat(runner.runDue()).isEmpty();

    moveTo(DUE);
    List<DigestResult> first = runner.runDue();
    assertThat(first).extracting(DigestResult::outcome).containsExactly(DigestOutcome.POSTED);
    assertThat(runner.runDue()).isEmpty();
    clock.advance(Duration.ofHours(3));
    Stores restarted = new Stores(restart(), clock);
    assertThat(runner(restarted, poster, "instance-a-restarted").runDue()).isEmpty();

    assertThat(poster.count()).isEqualTo(1);
    assertThat(poster.posted.get(0).stories())
        .extracting(DigestStory::headline)
        .containsExactly("정부, 반도체 지원 예산 5조 편성");
    assertThat(restarted.digests().run(CHANNEL, DAY1))
        .hasValueSatisfying(run -> assertThat(run.status()).isEqualTo(DigestRunStatus.SENT));
  }

  @Test
  void missedDays_withinCatchUp_becomeOnePost_coveringEverythingSinceTheLastDigest() {
    shareStory(CHANNEL, "d0", "첫날 공유된 기사 제목입니다");
    moveTo(DUE);
    assertThat(runner.runDue()).hasSize(1);

    // Down from here: Tuesday's and Wednesday's digests are missed, links keep being logged by
    // another instance.
    clock.advance(Duration.ofHours(2));
    shareStory(CHANNEL, "d1", "화요일 공유된 항만 파업 소식");
    clock.advance(Duration.ofDays(1));
    shareStory(CHANNEL, "d2", "수요일 공유된 태풍 북상 소식");
    // Back on Thursday 05:00 KST... no: Thursday 01:00 UTC + 30 min, within the 12 h window.
    moveTo(DUE.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(30)));

    List<DigestResult> results = runner.runDue();

    assertThat(results).extracting(DigestResult::outcome).containsExactly(DigestOutcome.POSTED);
    assertThat(results.get(0).date()).isEqualTo(DAY1.plusDays(3));
    assertThat(poster.count()).isEqualTo(2);
    assertThat(poster.posted.get(1).stories())
        .extracting(DigestStory::headline)
        .containsExactlyInAnyOrder("화요일 공유된 항만 파업 소식", "수요일 공유된 태풍 북상 소식");
    assertThat(stores.digests().run(CHANNEL, DAY1.plusDays(1))).isEmpty();
    assertThat(stores.digests().run(CHANNEL, DAY1.plusDays(2))).isEmpty();
    assertThat(runner.runDue()).isEmpty();
  }

  @Test
  void missedBeyondCatchUp_isNotPostedLate_theNextDigestCoversIt() {
    shareStory(CHANNEL, "late", "늦게 돌아온 날의 기사 제목");
    moveTo(DUE.plus(Duration.ofHours(13)));
    assertThat(runner.runDue()).isEmpty();

    moveTo(DUE.plus(Duration.ofDays(1)));
    assertThat(runner.runDue())
        .extracting(DigestResult::outcome)
        .containsExactly(DigestOutcome.POSTED);
    assertThat(poster.posted.get(0).stories())
        .extracting(DigestStory::headline)
        .containsExactly("늦게 돌아온 날의 기사 제목");
  }

  @Test
  void crashAfterClaim_isTakenOverWhenTheLeaseExpires_andPostsOnlyTheMissingParts() {
    shareStory(CHANNEL, "c1", "충돌 후 재시도되는 다이제스트 기사");
    moveTo(DUE);
    // Another instance claimed the run, posted part 1 of 2, and died.
    assertThat(
            stores
                .digests()
                .claimRun(
                    CHANNEL, DAY1, "dead", Duration.ofMinutes(10), DUE.minus(Duration.ofDays(1))))
        .isPresent();
    stores.digests().recordPosted(CHANNEL, DAY1, "dead", "m-dead-1");
    poster.parts = 2;

    assertThat(runner.runDue()).isEmpty();
    clock.advance(Duration.ofMinutes(9));
    assertThat(runner.runDue()).isEmpty();
    clock.advance(Duration.ofMinutes(2));
    List<DigestResult> retried = runner.runDue();

    assertThat(retried).extracting(DigestResult::outcome).containsExactly(DigestOutcome.POSTED);
    assertThat(poster.resumedFrom).containsExactly(1);
    DigestRun run = stores.digests().run(CHANNEL, DAY1).orElseThrow();
    assertThat(run.status()).isEqualTo(DigestRunStatus.SENT);
    assertThat(run.postedRefs()).containsExactly("m-dead-1", "m1");
    assertThat(run.leaseOwner()).isEqualTo("instance-a");
  }

  @Test
  void crashAfterTheWholePostWasRecorded_retryPostsNothingMore() {
    shareStory(CHANNEL, "c2", "이미 다 올라간 다이제스트 기사");
    moveTo(DUE);
    stores
        .digests()
        .claimRun(CHANNEL, DAY1, "dead", Duration.ofMinutes(10), DUE.minus(Duration.ofDays(1)));
    stores.digests().recordPosted(CHANNEL, DAY1, "dead", "m-dead-1");
    clock.advance(Duration.ofMinutes(11));

    runner.runDue();

    assertThat(poster.resumedFrom).containsExactly(1);
    assertThat(stores.digests().run(CHANNEL, DAY1).orElseThrow().postedRefs())
        .containsExactly("m-dead-1");
  }

  @Test
  void twoInstancesRacing_postEachChannelExactlyOnce() throws Exception {
    List<ChannelRef> channels = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ChannelRef channel = new ChannelRef("slack", "T1", "R" + i);
      channels.add(channel);
      subscribe(channel);
      shareStory(channel, "race" + i, "경쟁 테스트 기사 " + i + "번 제목");
    }
    moveTo(DUE);
    DigestRunner other = runner(new Stores(another(), clock), poster, "instance-b");
    List<Callable<List<DigestResult>>> runs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      DigestRunner instance = i % 2 == 0 ? runner : other;
      runs.add(instance::runDue);
    }

    List<DigestResult> all = race(runs).stream().flatMap(List::stream).toList();

    // The subscribed CHANNEL has nothing shared: one empty run; the five others: one post each.
    assertThat(all).filteredOn(r -> r.outcome() == DigestOutcome.POSTED).hasSize(5);
    assertThat(poster.count()).isEqualTo(5);
    assertThat(poster.posted)
        .extracting(Digest::channel)
        .containsExactlyInAnyOrderElementsOf(channels);
  }

  @Test
  void botRemovedFromChannel_isSkippedWithTheReason_andPausedAfterThreeDays() {
    poster.refuse = new DigestPostException("not_in_channel", true);
    for (int day = 0; day < 3; day++) {
      shareStory(CHANNEL, "gone" + day, "채널에서 빠진 봇의 기사 " + day);
      moveTo(DUE.plus(Duration.ofDays(day)));
      assertThat(runner.runDue())
          .extracting(DigestResult::outcome, DigestResult::detail)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(DigestOutcome.SKIPPED, "not_in_channel"));
      DigestRun run = stores.digests().run(CHANNEL, DAY1.plusDays(day)).orElseThrow();
      assertThat(run.status()).isEqualTo(DigestRunStatus.SKIPPED);
      assertThat(run.detail()).isEqualTo("not_in_channel");
    }
    DigestStatus status = runner.status(CHANNEL);
    assertThat(status.health().pausedReason()).isEqualTo("not_in_channel");
    assertThat(status.nextRun()).isNull();
    assertThat(DigestCommands.status(status, io.gloss.core.render.ReplyLanguage.EN))
        .contains("Paused after 3 failed runs (not_in_channel)");

    moveTo(DUE.plus(Duration.ofDays(3)));
    assertThat(runner.runDue()).isEmpty();

    subscribe(CHANNEL); // subscribing again resumes
    assertThat(runner.status(CHANNEL).health().paused()).isFalse();
  }

  @Test
  void digestNow_countsAsThePeriodsDigest() {
    shareStory(CHANNEL, "n1", "지금 올리는 다이제스트 기사");
    clock.advance(Duration.ofMinutes(30));

    assertThat(runner.runNow(CHANNEL).outcome()).isEqualTo(DigestOutcome.POSTED);
    assertThat(runner.runNow(CHANNEL).outcome()).isEqualTo(DigestOutcome.ALREADY_DONE);
    clock.advance(Duration.ofMinutes(1));
    moveTo(DUE);
    assertThat(runner.runDue()).isEmpty();
    assertThat(poster.count()).isEqualTo(1);
    // The next digest is tomorrow's, and starts where this one ended.
    assertThat(runner.status(CHANNEL).nextRun().toLocalDate()).isEqualTo(DAY1.plusDays(1));
  }

  @Test
  void nothingShared_postsNothing() {
    moveTo(DUE);
    assertThat(runner.runDue())
        .extracting(DigestResult::outcome)
        .containsExactly(DigestOutcome.EMPTY);
    assertThat(poster.count()).isZero();
    assertThat(stores.digests().run(CHANNEL, DAY1).orElseThrow().detail())
        .isEqualTo("nothing shared");
  }
}
