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

/** Discord refusing the bot for good: Gloss stops, does not retry, and names the setting to fix. */
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
    bot = new DiscordBot(settings, new InMemoryPorts().ports(), executor, Clock.systemUTC());
    return bot;
  }

  @Test
  void start_disallowedIntents4014_stopsWithoutRetryAndNamesTheSetting() throws Exception {
    discord.closeOnIdentify = 4014;
    DiscordBot bot = bot(true);
    bot.start();

    assertThat(bot.awaitReady(Duration.ofSeconds(15))).isFalse();

    assertThat(bot.fatalProblem()).get().asString().contains("discord.message-content=false");
    assertThat(discord.identifies.get()).as("no reconnect loop").isEqualTo(1);
  }

  @Test
  void start_tokenRefused_throwsNamingDiscordTokenWithoutPrintingIt() {
    discord.rejectToken = true;
    DiscordBot bot = bot(false);

    assertThatThrownBy(bot::start)
        .hasMessageContaining("DISCORD_TOKEN")
        .hasMessageNotContaining("fake.token.value");
    assertThat(discord.calls).hasSize(1); // one try, no loop on 401
  }
}
