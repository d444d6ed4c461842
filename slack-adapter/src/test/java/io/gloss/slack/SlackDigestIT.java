package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.digest.DigestCommands;
import io.gloss.core.digest.DigestFixtures;
import io.gloss.core.digest.DigestPlanner;
import io.gloss.core.digest.DigestRunner;
import io.gloss.core.digest.DigestSettings;
import io.gloss.core.digest.StoryGrouper;
import io.gloss.core.domain.DigestRunStatus;
import io.gloss.core.domain.SharedLink;
import io.gloss.core.port.out.Telemetry;
import io.gloss.core.store.StoreSettings;
import io.gloss.core.store.Stores;
import io.gloss.core.text.KoreanWords;
import io.gloss.slack.fake.FakeSlackApi.Call;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /digest} through the real Bolt app and Slack client against the loopback Slack API. */
class SlackDigestIT {
  @TempDir Path dataDir;
  private SlackTestBed bed;
  private Stores stores;
  private final Clock clock = Clock.systemUTC();

  @BeforeEach
  void start() throws Exception {
    bed = SlackTestBed.http(s -> s);
    stores = Stores.open(StoreSettings.sqlite(dataDir), clock);
    DigestRunner runner =
        new DigestRunner(
            stores.digests(),
            new DigestPlanner(
                stores.sharedLinks(),
                stores.articles(),
                stores.digestSources(),
                new StoryGrouper(new KoreanWords())),
            stores.channelSettings(),
            List.of(bed.bot.digestPoster()),
            DigestSettings.defaults().withPace(Duration.ZERO),
            clock,
            Telemetry.NONE,
            "slack-it");
    bed.bot.enableDigest(new DigestCommands(runner, stores.digestZones(), () -> {}));
  }

  @AfterEach
  void stop() {
    bed.close();
    stores.close();
  }

  private void summarized(String url, String site, String title, String lead) {
    DigestFixtures.summarized(
        stores, url, site, title, lead, OffsetDateTime.now(clock).minusHours(1), clock.instant());
  }

  private void share(String ts, String user, String url) {
    stores
        .sharedLinks()
        .record(
            new SharedLink(
                SlackTestBed.CHANNEL_REF,
                ts,
                null,
                user,
                url,
                url,
                clock.instant().minusSeconds(60),
                0,
                0));
  }

  private void sharedStories() {
    summarized(
        "https://a.example/rate",
        "가나일보",
        "한국은행, 기준금리 연 2.50%로 0.25%p 인하 <!channel>",
        "한국은행 금융통화위원회가 기준금리를 연 2.75%에서 2.50%로 0.25%포인트 내렸다. @here");
    summarized(
        "https://b.example/77",
        "다라경제",
        "한은 기준금리 0.25%p 인하…연 2.50%",
        "한국은행이 기준금리를 2.50%로 0.25%포인트 인하했다.");
    summarized(
        "https://c.example/typhoon",
        "마바뉴스",
        "태풍 북상에 남해안 항공편 결항",
        "태풍이 북상하면서 남해안 공항의 항공편 40편이 결항됐다.");
    share("1700000001.000100", "U1", "https://a.example/rate");
    share("1700000002.000100", "U2", "https://b.example/77");
    share("1700000003.000100", "U3", "https://c.example/typhoon");
    share("1700000004.000100", "U3", "https://dead.example/404");
  }

  @Test
  void digestNow_postsOneMessage_storiesGrouped_threadLinks_neverPings_thenNotAgain()
      throws Exception {
    sharedStories();

    bed.command("/digest", "now");
    List<Call> posts = bed.api.await("chat.postMessage", 1);
    Call answer = bed.api.await("response_url", 1).get(0);

    String blocks = posts.get(0).json("blocks");
    assertThat(posts.get(0).param("channel")).isEqualTo(SlackTestBed.CHANNEL);
    assertThat(posts.get(0).param("thread_ts")).isEmpty();
    assertThat(posts.get(0).param("link_names")).isIn("false", "0");
    assertThat(blocks)
        .contains("2개 매체", "가나일보", "다라경제", "태풍 북상에 남해안 항공편 결항")
        .contains("https://gloss-test.slack.com/archives/C0001/p1700000001000100")
        .doesNotContain("app.slack.com")
        .contains("요약하지 못한 기사", "https://dead.example/404")
        .doesNotContain("<!channel>", "@here");
    assertThat(blocks.indexOf("기준금리")).isLessThan(blocks.indexOf("태풍"));
    assertThat(answer.body()).contains("다이제스트를 올렸습니다", "2개");

    bed.command("/digest", "now", SlackTestBed.USER, bed.api.responseUrl("again"));
    Call second = bed.api.await("response_url", 2).get(1);
    assertThat(second.body()).contains("이미 올렸");
    bed.drain();
    assertThat(bed.api.calls("chat.postMessage")).hasSize(1);
  }

  @Test
  void threadLinks_areSlackPermalinks_askedOncePerThread() throws Exception {
    sharedStories();

    bed.command("/digest", "now");
    bed.api.await("chat.postMessage", 1);

    List<Call> asked = bed.api.calls("chat.getPermalink");
    assertThat(asked)
        .extracting(call -> call.param("message_ts"))
        .containsExactlyInAnyOrder("1700000001.000100", "1700000003.000100");
    assertThat(asked).allSatisfy(call -> assertThat(call.param("channel")).isEqualTo("C0001"));
  }

  @Test
  void permalinkRefused_fallsBackToTheWebClientThreadLink() throws Exception {
    sharedStories();
    bed.api.errorWith("chat.getPermalink", "message_not_found");

    bed.command("/digest", "now");

    String blocks = bed.api.await("chat.postMessage", 1).get(0).json("blocks");
    assertThat(blocks)
        .contains("https://app.slack.com/client/T0001/C0001/thread/C0001-1700000001.000100")
        .doesNotContain("/archives/");
    assertThat(bed.api.await("response_url", 1).get(0).body()).contains("다이제스트를 올렸습니다");
  }

  @Test
  void onlyWorkspaceAdmins_changeTheSubscription_asForTeamTerms() throws Exception {
    bed.api.notAdmin("U0002");

    bed.command("/digest", "subscribe 08:30", "U0002", bed.api.responseUrl("a"));
    assertThat(bed.api.await("response_url", 1).get(0).body()).contains("관리자", "만 바꿀 수");
    bed.command("/digest", "zone Europe/London", "U0002", bed.api.responseUrl("b"));
    assertThat(bed.api.await("response_url", 2).get(1).body()).contains("관리자");
    assertThat(stores.digests().subscription(SlackTestBed.CHANNEL_REF)).isEmpty();

    bed.command("/digest", "status", "U0002", bed.api.responseUrl("c"));
    assertThat(bed.api.await("response_url", 3).get(2).body())
        .contains("구독 없음", "워크스페이스 시간대: 정하지 않음");
  }

  @Test
  void subscribeWithoutZone_usesTheUsersSlackZone_thenTheWorkspaceZoneOnceSet() throws Exception {
    bed.api.userZone(SlackTestBed.USER, "America/New_York");

    bed.command("/digest", "subscribe 08:30");
    assertThat(bed.api.await("response_url", 1).get(0).body()).contains("America/New_York");
    assertThat(stores.digests().subscription(SlackTestBed.CHANNEL_REF))
        .hasValueSatisfying(s -> assertThat(s.zone()).isEqualTo(ZoneId.of("America/New_York")));

    bed.command("/digest", "zone Europe/London", SlackTestBed.USER, bed.api.responseUrl("z"));
    assertThat(bed.api.await("response_url", 2).get(1).body()).contains("Europe/London");
    bed.command("/digest", "subscribe 09:00 weekdays", SlackTestBed.USER, bed.api.responseUrl("s"));
    assertThat(bed.api.await("response_url", 3).get(2).body()).contains("09:00", "Europe/London");
    assertThat(stores.digests().subscription(SlackTestBed.CHANNEL_REF))
        .hasValueSatisfying(s -> assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/London")));
    bed.command("/digest", "status", SlackTestBed.USER, bed.api.responseUrl("t"));
    assertThat(bed.api.await("response_url", 4).get(3).body())
        .contains("워크스페이스 시간대: Europe/London");
  }

  @Test
  void subscribe_status_unsubscribe_andClearErrors() throws Exception {
    bed.command("/digest", "subscribe 08:30 Asia/Seoul weekdays");
    assertThat(bed.api.await("response_url", 1).get(0).body())
        .contains("다이제스트를 구독했습니다", "평일", "08:30", "Asia/Seoul");
    assertThat(stores.digests().subscription(SlackTestBed.CHANNEL_REF))
        .hasValueSatisfying(
            s -> {
              assertThat(s.time()).isEqualTo(LocalTime.of(8, 30));
              assertThat(s.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
              assertThat(s.weekdays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
            });

    bed.command("/digest", "subscribe 25:00", SlackTestBed.USER, bed.api.responseUrl("e1"));
    assertThat(bed.api.await("response_url", 2).get(1).body()).contains("HH:mm");
    bed.command(
        "/digest", "subscribe 08:30 Mars/Base", SlackTestBed.USER, bed.api.responseUrl("e2"));
    assertThat(bed.api.await("response_url", 3).get(2).body()).contains("unknown time zone");

    bed.command("/digest", "status", SlackTestBed.USER, bed.api.responseUrl("s"));
    assertThat(bed.api.await("response_url", 4).get(3).body()).contains("구독: 평일 08:30", "다음:");

    bed.command("/digest", "unsubscribe", SlackTestBed.USER, bed.api.responseUrl("u"));
    assertThat(bed.api.await("response_url", 5).get(4).body()).contains("해지했습니다");
    assertThat(stores.digests().subscription(SlackTestBed.CHANNEL_REF)).isEmpty();
  }

  @Test
  void botRemovedFromChannel_runSkippedWithReason() throws Exception {
    sharedStories();
    bed.api.errorWith("chat.postMessage", "not_in_channel");

    bed.command("/digest", "now");

    assertThat(bed.api.await("response_url", 1).get(0).body())
        .contains("올리지 못했습니다", "not_in_channel");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    assertThat(stores.digests().run(SlackTestBed.CHANNEL_REF, today))
        .hasValueSatisfying(
            run -> {
              assertThat(run.status()).isEqualTo(DigestRunStatus.SKIPPED);
              assertThat(run.detail()).isEqualTo("not_in_channel");
            });
  }

  @Test
  void rateLimited_isRetriedAfterRetryAfter_andPostedOnce() throws Exception {
    sharedStories();
    bed.api.rateLimitOnce("chat.postMessage");
    Instant before = Instant.now();

    bed.command("/digest", "now");

    bed.api.await("chat.postMessage", 1);
    assertThat(bed.api.calls("chat.postMessage#429")).hasSize(1);
    assertThat(Duration.between(before, Instant.now()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    bed.drain();
    assertThat(bed.api.calls("chat.postMessage")).hasSize(1);
  }
}
