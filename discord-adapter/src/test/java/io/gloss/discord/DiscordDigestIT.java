package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.digest.DigestCommands;
import io.gloss.core.digest.DigestFixtures;
import io.gloss.core.digest.DigestPlanner;
import io.gloss.core.digest.DigestRunner;
import io.gloss.core.digest.DigestSettings;
import io.gloss.core.digest.StoryGrouper;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestRunStatus;
import io.gloss.core.domain.SharedLink;
import io.gloss.core.domain.Workspace;
import io.gloss.core.port.out.Telemetry;
import io.gloss.core.store.StoreSettings;
import io.gloss.core.store.Stores;
import io.gloss.core.text.KoreanWords;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /digest} through real JDA against the loopback Discord REST API and gateway. */
class DiscordDigestIT {
  private static final int WAIT = 20;
  private static final ChannelRef CHANNEL =
      new ChannelRef("discord", FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);

  @TempDir Path dataDir;
  private final Clock clock = Clock.systemUTC();
  private FakeDiscord discord;
  private ExecutorService executor;
  private DiscordBot bot;
  private Stores stores;

  /** Every permission but Administrator (0x8) and Manage Server (0x20). */
  private static final String NOT_MANAGE_SERVER =
      String.valueOf(Long.parseLong(FakeDiscord.ALL_PERMISSIONS) & ~0x28L);

  /** A member who is not the guild's owner. */
  private static final String MEMBER = "3001";

  @BeforeEach
  void start() throws Exception {
    discord = new FakeDiscord();
    discord.everyonePermissions = NOT_MANAGE_SERVER;
    executor = Executors.newSingleThreadExecutor();
    stores = Stores.open(StoreSettings.sqlite(dataDir), clock);
    DiscordSettings settings =
        DiscordSettings.of("fake.token.value")
            .withApiUrl(discord.restBaseUrl())
            .withGatewayUrl(discord.gatewayUrl())
            .withMessageContent(true)
            .withLimits(1000, 1000);
    bot = new DiscordBot(settings, new InMemoryPorts().ports(), executor, executor, clock);
    DigestRunner runner =
        new DigestRunner(
            stores.digests(),
            new DigestPlanner(
                stores.sharedLinks(),
                stores.articles(),
                stores.digestSources(),
                new StoryGrouper(new KoreanWords())),
            stores.channelSettings(),
            List.of(bot.digestPoster()),
            DigestSettings.defaults().withPace(Duration.ZERO),
            clock,
            Telemetry.NONE,
            "discord-it");
    bot.enableDigest(new DigestCommands(runner, stores.digestZones(), () -> {}));
    bot.start();
    assertThat(bot.awaitReady(Duration.ofSeconds(WAIT))).isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    bot.stop();
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    discord.close();
    stores.close();
  }

  private void summarized(String url, String site, String title, String lead) {
    DigestFixtures.summarized(
        stores, url, site, title, lead, OffsetDateTime.now(clock).minusHours(1), clock.instant());
  }

  private void share(String messageId, String user, String url) {
    stores
        .sharedLinks()
        .record(
            new SharedLink(
                CHANNEL, messageId, null, user, url, url, clock.instant().minusSeconds(60), 0, 0));
  }

  private void sharedStories() {
    summarized(
        "https://a.example/rate",
        "가나일보",
        "한국은행, 기준금리 연 2.50%로 0.25%p 인하 @everyone",
        "한국은행 금융통화위원회가 기준금리를 연 2.75%에서 2.50%로 0.25%포인트 내렸다.");
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
    share("6001", "U1", "https://a.example/rate");
    share("6002", "U2", "https://b.example/77");
    share("6003", "U3", "https://c.example/typhoon");
  }

  private FakeDiscord.Call command(String token, String sub, String... options)
      throws InterruptedException {
    return send(
        token, FakeDiscord.slashSub(FakeDiscord.snowflakeNow(), token, "digest", sub, options));
  }

  private FakeDiscord.Call memberCommand(String token, String sub, String... options)
      throws InterruptedException {
    return send(
        token,
        FakeDiscord.byMember(
            FakeDiscord.slashSub(FakeDiscord.snowflakeNow(), token, "digest", sub, options),
            MEMBER));
  }

  private FakeDiscord.Call send(String token, net.dv8tion.jda.api.utils.data.DataObject data)
      throws InterruptedException {
    discord.dispatch("INTERACTION_CREATE", data);
    return discord.await(c -> c.path().equals("/webhooks/1000/" + token), WAIT);
  }

  @Test
  void withoutManageServer_theSubscriptionAndZoneCannotChange_statusAndNowStillWork()
      throws Exception {
    assertThat(memberCommand("tokm1", "subscribe", "time", "08:00").json().getString("content"))
        .contains("관리자", "서버 관리");
    assertThat(memberCommand("tokm2", "zone", "zone", "Europe/London").json().getString("content"))
        .contains("관리자");
    assertThat(stores.digests().subscription(CHANNEL)).isEmpty();
    assertThat(stores.digestZones().zone(Workspace.of("discord", FakeDiscord.GUILD_ID))).isEmpty();

    command("toka1", "subscribe", "time", "08:00");
    assertThat(memberCommand("tokm3", "unsubscribe").json().getString("content")).contains("관리자");
    assertThat(stores.digests().subscription(CHANNEL)).isPresent();
    assertThat(memberCommand("tokm4", "status").json().getString("content"))
        .contains("구독: 매일 08:00");
  }

  @Test
  void zone_setByAnAdmin_isTheDefaultOfSubscribe_andShownByStatus() throws Exception {
    assertThat(command("tokz", "zone", "zone", "America/New_York").json().getString("content"))
        .contains("America/New_York");
    assertThat(command("tokzs", "subscribe", "time", "07:30").json().getString("content"))
        .contains("07:30", "America/New_York");
    assertThat(stores.digests().subscription(CHANNEL))
        .hasValueSatisfying(s -> assertThat(s.zone()).isEqualTo(ZoneId.of("America/New_York")));
    assertThat(command("tokzt", "status").json().getString("content"))
        .contains("워크스페이스 시간대: America/New_York");
    assertThat(command("tokzbad", "zone", "zone", "Mars/Base").json().getString("content"))
        .contains("unknown time zone");
  }

  @Test
  void digestNow_postsOneEmbed_storiesGrouped_jumpLinks_noMentions() throws Exception {
    sharedStories();

    FakeDiscord.Call answer = command("toknow", "now");

    FakeDiscord.Call post =
        discord.await(
            c ->
                c.method().equals("POST")
                    && c.path().equals("/channels/" + FakeDiscord.CHANNEL_ID + "/messages"),
            WAIT);
    assertThat(post).isNotNull();
    String description = post.json().getArray("embeds").getObject(0).getString("description");
    assertThat(description)
        .contains("2개 매체", "가나일보", "다라경제", "태풍 북상에 남해안 항공편 결항")
        .contains("https://discord.com/channels/2000/4000/6001")
        .doesNotContain("@everyone");
    assertThat(description.indexOf("기준금리")).isLessThan(description.indexOf("태풍"));
    assertThat(post.json().getObject("allowed_mentions").getArray("parse").length()).isZero();
    assertThat(answer.json().getString("content")).contains("다이제스트를 올렸습니다");
    assertThat(answer.json().getInt("flags", 0) & 64).as("ephemeral").isNotZero();
  }

  @Test
  void subscribe_status_unsubscribe() throws Exception {
    FakeDiscord.Call subscribed =
        command(
            "toksub", "subscribe", "time", "18:00", "zone", "Europe/London", "weekdays", "mon-fri");
    assertThat(subscribed.json().getString("content")).contains("구독했습니다", "18:00", "Europe/London");
    assertThat(stores.digests().subscription(CHANNEL))
        .hasValueSatisfying(
            s -> {
              assertThat(s.time()).isEqualTo(LocalTime.of(18, 0));
              assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/London"));
              assertThat(s.weekdays()).hasSize(5);
            });

    assertThat(command("tokbad", "subscribe", "time", "9시").json().getString("content"))
        .contains("HH:mm");
    assertThat(command("tokstatus", "status").json().getString("content"))
        .contains("구독: 평일 18:00", "다음:");
    assertThat(command("tokunsub", "unsubscribe").json().getString("content")).contains("해지했습니다");
    assertThat(stores.digests().subscription(CHANNEL)).isEmpty();
  }

  @Test
  void missingPermission_runSkippedWithReason() throws Exception {
    sharedStories();
    discord.forbidden.add("/channels/" + FakeDiscord.CHANNEL_ID + "/messages");

    FakeDiscord.Call answer = command("tokforbidden", "now");

    assertThat(answer.json().getString("content")).contains("올리지 못했습니다", "missing_permissions");
    assertThat(stores.digests().run(CHANNEL, LocalDate.now(ZoneId.of("Asia/Seoul"))))
        .hasValueSatisfying(run -> assertThat(run.status()).isEqualTo(DigestRunStatus.SKIPPED));
  }
}
