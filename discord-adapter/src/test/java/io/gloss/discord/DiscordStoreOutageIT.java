package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.conversation.ChannelSettingsService;
import io.gloss.core.conversation.EventClaims;
import io.gloss.core.conversation.FeedbackService;
import io.gloss.core.conversation.RateLimiter;
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
import io.gloss.core.port.out.Telemetry;
import io.gloss.core.store.BoundedStore;
import io.gloss.core.store.RestartablePostgres;
import io.gloss.core.store.Stores;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes down under a running bot and comes back: real JDA against the loopback Discord
 * fake, on the real JDBC stores of an embedded PostgreSQL that the test stops and restarts.
 */
class DiscordStoreOutageIT {
  private static final long WAIT = 20;
  private static final ChannelRef NEWS =
      new ChannelRef("discord", FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);

  /** Discord drops an interaction that is not acknowledged within 3 s. */
  private static final Duration INTERACTION_DEADLINE = Duration.ofSeconds(3);

  private RestartablePostgres postgres;
  private Stores stores;
  private FakeDiscord discord;
  private final InMemoryPorts core = new InMemoryPorts();
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private BoundedStore bounded;
  private DiscordBot bot;
  private long nextMessageId = 7000;

  @BeforeEach
  void start() throws Exception {
    postgres = RestartablePostgres.start();
    stores = Stores.open(postgres.settings(), Clock.systemUTC());
    discord = new FakeDiscord();
    // The core use cases on the real stores, with their store calls bounded as the wiring does.
    bounded = new BoundedStore("discord-test");
    GlossaryStore glossary = bounded.wrap(GlossaryStore.class, stores.glossary());
    TeamGlossaryStore team = bounded.wrap(TeamGlossaryStore.class, stores.glossary());
    Clock clock = Clock.systemUTC();
    DiscordPorts ports =
        InMemoryPorts.withLinkRules(
            new TeamSummarizeArticleUseCase(core.summarize, team),
            new TeamDefineTermUseCase(new DefineTermService(glossary), team, glossary),
            new ChannelSettingsService(
                bounded.wrap(ChannelSettingsStore.class, stores.channelSettings())),
            new SharedLinksService(bounded.wrap(SharedLinkLog.class, stores.sharedLinks()), clock),
            new EventClaims(bounded.wrap(ProcessedEvents.class, stores.processedEvents())),
            new TeamGlossaryService(team),
            new FeedbackService(bounded.wrap(FeedbackStore.class, stores.feedback()), clock),
            new RateLimiter(RateLimiter.Limits.of(1000, 1000), clock, Telemetry.NONE));
    bot =
        new DiscordBot(
            DiscordSettings.of("fake.token.value")
                .withApiUrl(discord.restBaseUrl())
                .withGatewayUrl(discord.gatewayUrl())
                .withMessageContent(true)
                .withLimits(1000, 1000),
            ports,
            executor,
            executor,
            Clock.systemUTC());
    bot.start();
    assertThat(bot.awaitReady(Duration.ofSeconds(WAIT))).isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    bot.stop();
    executor.shutdownNow();
    bounded.close();
    discord.close();
    stores.close();
    postgres.close();
  }

  @Test
  void storeDown_linksStillAnswered_commandsAckedInTimeAndSaySo_thenRecoversByItself()
      throws Exception {
    assertThat(pasteAndAwaitThread()).as("answered while the store is up").isNotNull();

    postgres.stop();

    assertThat(pasteAndAwaitThread()).as("answered while the store is down").isNotNull();
    assertThat(pasteAndAwaitThread()).as("and again").isNotNull();
    for (String token : new String[] {"tokdown1", "tokdown2"}) {
      long started = System.nanoTime();
      if (token.equals("tokdown1")) {
        discord.dispatch(
            "INTERACTION_CREATE",
            FakeDiscord.slash(FakeDiscord.snowflakeNow(), token, "define", "term", "소버린AI"));
      } else {
        settings(token);
      }
      FakeDiscord.Call deferred =
          discord.await(c -> c.path().endsWith("/" + token + "/callback"), WAIT);
      assertThat(deferred).isNotNull();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(INTERACTION_DEADLINE);
      FakeDiscord.Call answer =
          discord.await(c -> c.path().equals("/webhooks/1000/" + token), WAIT);
      assertThat(answer).isNotNull();
      assertThat(answer.json().toString()).containsAnyOf("저장소에 연결할 수 없어", "store is unavailable");
    }

    postgres.restart();

    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    for (int attempt = 0; ; attempt++) {
      assertThat(System.nanoTime()).as("recovered within 60 s").isLessThan(deadline);
      String token = "tokback" + attempt;
      settings(token);
      FakeDiscord.Call answer =
          discord.await(c -> c.path().equals("/webhooks/1000/" + token), WAIT);
      assertThat(answer).isNotNull();
      if (!answer.json().toString().contains("저장소에 연결할 수 없어")
          && !answer.json().toString().contains("store is unavailable")) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(stores.channelSettings().get(NEWS).autoMode()).isEqualTo(AutoMode.REACTION);
  }

  private void settings(String token) {
    discord.dispatch(
        "INTERACTION_CREATE",
        FakeDiscord.slashSub(
            FakeDiscord.snowflakeNow(), token, "gloss", "settings", "auto", "reaction"));
  }

  private FakeDiscord.Call pasteAndAwaitThread() throws InterruptedException {
    String id = String.valueOf(nextMessageId++);
    discord.dispatch(
        "MESSAGE_CREATE", discord.userMessage(id, "https://news.example.kr/article/" + id));
    return discord.await(c -> c.path().equals("/channels/" + id + "/messages"), WAIT);
  }
}
