package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Discord refusing the bot for good (Gloss stops, does not retry, and names the setting to fix), or
 * a gateway that stops acknowledging heartbeats (Gloss reconnects and keeps answering).
 */
class DiscordBotFatalIT {

  private FakeDiscord discord;
  private ExecutorService executor;
  private DiscordBot bot;

  @BeforeEach
  void fake() throws Exception {
    discord = new FakeDiscord();
    executor = Executors.newSingleThreadExecutor();
  }

  @AfterEach
  void close() {
    if (bot != null) {
      bot.stop();
    }
    executor.shutdownNow();
    discord.close();
  }

  private DiscordBot bot(boolean messageContent) {
    DiscordSettings settings =
        DiscordSettings.of("fake.token.value")
            .withApiUrl(discord.restBaseUrl())
            .withGatewayUrl(discord.gatewayUrl())
            .withMessageContent(messageContent);
    bot =
        new DiscordBot(
            settings, new InMemoryPorts().ports(), executor, executor, Clock.systemUTC());
    return bot;
  }

  @ParameterizedTest
  @CsvSource({
    "4014, true, discord.message-content=false",
    "4004, false, DISCORD_TOKEN",
  })
  void start_fatalCloseOnIdentify_stopsWithoutRetryAndNamesTheSetting(
      int code, boolean messageContent, String setting) throws Exception {
    discord.closeOnIdentify = code;
    DiscordBot bot = bot(messageContent);
    bot.start();

    assertThat(bot.awaitReady(Duration.ofSeconds(15))).isFalse();

    assertThat(bot.fatalProblem())
        .get()
        .asString()
        .contains(setting, String.valueOf(code))
        .doesNotContain("fake.token.value");
    Thread.sleep(1000); // a reconnect would come within JDA's first back-off
    assertThat(discord.identifies.get()).as("no reconnect loop").isEqualTo(1);
  }

  @Test
  void gatewayStopsAckingHeartbeats_botReconnectsAndResumes_thenKeepsAnswering() throws Exception {
    discord.heartbeatIntervalMillis = 300;
    DiscordBot bot = bot(true);
    bot.start();
    assertThat(bot.awaitReady(Duration.ofSeconds(15))).isTrue();
    int identified = discord.identifies.get();

    discord.ackHeartbeats = false;
    long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
    while (discord.resumes.get() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    discord.ackHeartbeats = true;

    assertThat(discord.resumes.get()).as("RESUME on a new connection").isPositive();
    assertThat(discord.identifies.get()).as("the session was kept").isEqualTo(identified);
    Thread.sleep(300); // RESUMED is being processed
    discord.dispatch("MESSAGE_CREATE", discord.userMessage("7001", "https://news.example.kr/hb/1"));
    assertThat(discord.await(c -> c.path().equals("/channels/4000/messages/7001/threads"), 10))
        .as("answered after the reconnect")
        .isNotNull();
  }

  @Test
  void start_tokenRefused_throwsNamingDiscordTokenWithoutPrintingIt() {
    discord.rejectToken = true;
    DiscordBot bot = bot(false);

    assertThatThrownBy(bot::start)
        .isInstanceOf(IllegalArgumentException.class) // a configuration mistake: exit 2
        .hasMessageContaining("DISCORD_TOKEN")
        .hasMessageNotContaining("fake.token.value");
    assertThat(discord.calls).hasSize(1); // one try, no loop on 401
  }

  @Test
  void start_apiUnreachable_isAnIoFailureNamingTheUrl() throws Exception {
    String closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = "http://127.0.0.1:" + socket.getLocalPort() + "/api/v10/";
    } // closed now: connections to it are refused
    bot =
        new DiscordBot(
            DiscordSettings.of("fake.token.value")
                .withApiUrl(closed)
                .withGatewayUrl(discord.gatewayUrl()),
            new InMemoryPorts().ports(),
            executor,
            executor,
            Clock.systemUTC());

    assertThatThrownBy(bot::start)
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("the Discord API at " + closed + " cannot be reached")
        .hasMessageNotContaining("fake.token.value");
  }
}
