package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A bot without the Message Content intent, running shard 1 of 2 with a dev guild and a limit of
 * one summary per user and minute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordBotRestrictedIT {

  private static final long WAIT = 15;

  private FakeDiscord discord;
  private InMemoryPorts core;
  private ExecutorService executor;
  private DiscordBot bot;

  @BeforeAll
  void start() throws Exception {
    discord = new FakeDiscord();
    core = new InMemoryPorts();
    executor = Executors.newSingleThreadExecutor();
    DiscordSettings settings =
        DiscordSettings.of("fake.token.value")
            .withApiUrl(discord.restBaseUrl())
            .withGatewayUrl(discord.gatewayUrl())
            .withDevGuild(FakeDiscord.GUILD_ID)
            .withShards(2, 1, 1)
            .withLimits(1, 100);
    Clock fixed = Clock.fixed(Instant.parse("2026-11-26T00:00:30Z"), ZoneOffset.UTC);
    bot = new DiscordBot(settings, core.ports(settings, fixed), executor, executor, fixed);
    bot.start();
    assertThat(bot.awaitReady(Duration.ofSeconds(WAIT))).isTrue();
  }

  @AfterAll
  void stop() throws Exception {
    bot.stop();
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    discord.close();
  }

  @Test
  void start_shardOneOfTwoWithDevGuild_identifiesShardAndRegistersInGuildOnly() throws Exception {
    FakeDiscord.Call put =
        discord.await(
            c ->
                c.method().equals("PUT")
                    && c.path().equals("/applications/1000/guilds/2000/commands"),
            WAIT);

    assertThat(put).isNotNull();
    assertThat(discord.calls(c -> c.path().equals("/applications/1000/commands"))).isEmpty();
    DataObject identify =
        DataObject.fromJson(
                discord.fromBot.stream()
                    .filter(f -> f.contains("\"op\":2"))
                    .findFirst()
                    .orElseThrow())
            .getObject("d");
    assertThat(identify.getArray("shard").getInt(0)).isEqualTo(1);
    assertThat(identify.getArray("shard").getInt(1)).isEqualTo(2);
    assertThat(identify.getInt("intents") & (1 << 15)).as("MESSAGE_CONTENT").isZero();
  }

  @Test
  void pastedLink_withoutMessageContent_isNotAnsweredAndSettingsSayWhy() throws Exception {
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage("6001", "https://news.example.kr/article/1"));
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slashSub(FakeDiscord.snowflakeNow(), "toksettings", "gloss", "settings"));

    FakeDiscord.Call followUp =
        discord.await(c -> c.path().equals("/webhooks/1000/toksettings"), WAIT);

    assertThat(followUp).isNotNull();
    assertThat(followUp.json().getString("content"))
        .contains("Message Content", "discord.message-content=true");
    assertThat(discord.calls(c -> FakeDiscord.hasSegment(c, "6001"))).isEmpty();
  }

  /** /define shares the user's budget, as on Slack (a lookup may call a model). */
  @Test
  void define_overTheUserLimit_getsTheEphemeralNoteInsteadOfALookup() throws Exception {
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.byMember(
            FakeDiscord.slash(FakeDiscord.snowflakeNow(), "tokdef1", "define", "term", "소버린AI"),
            "3777"));
    assertThat(discord.await(c -> c.path().equals("/webhooks/1000/tokdef1"), WAIT)).isNotNull();
    String second = FakeDiscord.snowflakeNow();
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.byMember(
            FakeDiscord.slash(second, "tokdef2", "define", "term", "APEC"), "3777"));

    FakeDiscord.Call reply =
        discord.await(
            c -> c.path().startsWith("/interactions/" + second + "/tokdef2/callback"), WAIT);

    assertThat(reply).isNotNull();
    assertThat(reply.json().getInt("type")).as("answered at once, not deferred").isEqualTo(4);
    assertThat(reply.json().getObject("data").getInt("flags") & 64).isEqualTo(64);
    assertThat(discord.calls(c -> c.path().equals("/webhooks/1000/tokdef2"))).isEmpty();
  }

  @Test
  void summarize_overTheUserLimit_getsAPoliteEphemeralNote() throws Exception {
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slash(
            FakeDiscord.snowflakeNow(),
            "toksum1",
            "summarize",
            "url",
            "https://news.example.kr/a/1"));
    assertThat(discord.await(c -> c.path().equals("/webhooks/1000/toksum1"), WAIT)).isNotNull();
    String second = FakeDiscord.snowflakeNow();
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slash(second, "toksum2", "summarize", "url", "https://news.example.kr/a/2"));

    FakeDiscord.Call reply =
        discord.await(
            c -> c.path().startsWith("/interactions/" + second + "/toksum2/callback"), WAIT);

    assertThat(reply).isNotNull();
    DataObject body = reply.json();
    assertThat(body.getInt("type")).isEqualTo(4);
    assertThat(body.getObject("data").getString("content")).contains("1분 뒤에 다시");
    assertThat(body.getObject("data").getInt("flags") & 64).as("ephemeral").isNotZero();
    assertThat(core.summarizeRequests).noneMatch(r -> r.url().endsWith("/a/2"));
  }
}
