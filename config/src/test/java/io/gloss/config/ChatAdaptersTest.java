package io.gloss.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.config.settings.Settings;
import io.gloss.core.port.in.IdentifyGateUseCase;
import io.gloss.core.store.BoundedStore;
import io.gloss.core.store.Database;
import io.gloss.core.store.StoreSettings;
import io.gloss.discord.DiscordSettings;
import io.gloss.slack.SlackSettings;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration keys reach the adapters' own settings records unchanged. */
class ChatAdaptersTest {

  @Test
  void slackSettings_httpModeKeys_reachTheAdapter() {
    Settings settings =
        Settings.load(
            null,
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-0000000000-abcdefghijkl",
                "SLACK_SIGNING_SECRET", "signing-secret",
                "GLOSS_SLACK_MODE", "http",
                "GLOSS_SERVER_PORT", "9099",
                "GLOSS_SLACK_API_URL", "https://slack-gov.com/api/",
                "GLOSS_SLACK_UNFURL_DOMAINS", "v.daum.net,n.news.naver.com",
                "GLOSS_SLACK_MAX_LINKS_PER_MESSAGE", "2"));

    SlackSettings slack = ChatAdapters.slackSettings(settings);

    assertThat(slack.mode()).isEqualTo(SlackSettings.Mode.HTTP);
    assertThat(slack.port()).isEqualTo(9099);
    assertThat(slack.apiUrl()).isEqualTo("https://slack-gov.com/api/");
    assertThat(slack.unfurlDomains()).containsExactly("v.daum.net", "n.news.naver.com");
    assertThat(slack.maxLinksPerMessage()).isEqualTo(2);
    assertThat(slack.validate()).isEmpty();
    assertThat(slack.toString()).doesNotContain("abcdefghijkl").doesNotContain("signing-secret");
  }

  @Test
  void discordSettings_shardRangeDefaultsToAllShards() {
    Settings settings =
        Settings.load(
            null,
            Map.of(
                "DISCORD_TOKEN", "discord-token-value",
                "GLOSS_DISCORD_SHARDS_TOTAL", "4",
                "GLOSS_DISCORD_SHARDS_MIN", "2",
                "GLOSS_DISCORD_MESSAGE_CONTENT", "true"));

    DiscordSettings discord = ChatAdapters.discordSettings(settings);

    assertThat(discord.shardsTotal()).isEqualTo(4);
    assertThat(discord.shardMin()).isEqualTo(2);
    assertThat(discord.shardMax()).isEqualTo(3);
    assertThat(discord.messageContent()).isTrue();
    assertThat(discord.validate()).isEmpty();
    assertThat(discord.toString()).doesNotContain("discord-token-value");
  }

  @Test
  void identifyGate_onlyForAnInstanceRunningPartOfTheShards_andItTakesTurnsInTheStore(
      @TempDir Path dataDir) throws Exception {
    DiscordSettings discord = DiscordSettings.of("discord-token-value");
    try (Database database = Database.open(StoreSettings.sqlite(dataDir));
        BoundedStore bounded = new BoundedStore("test")) {
      assertThat(ChatAdapters.identifyGate(discord, database, bounded)).isEmpty();
      assertThat(ChatAdapters.identifyGate(discord.withShards(4, 0, 3), database, bounded))
          .isEmpty();
      assertThat(ChatAdapters.identifyGate(discord.withShards(4, 0, 1), database, bounded))
          .isPresent();

      IdentifyGateUseCase gate =
          ChatAdapters.identifyGate(discord.withShards(4, 2, 3), database, bounded).orElseThrow();
      gate.acquire(1).close();

      String taken =
          database.read(
              connection -> {
                try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT turn_key FROM identify_turn")) {
                  return rows.next() ? rows.getString(1) : "none";
                }
              });
      assertThat(taken).isEqualTo("discord-identify:1");
    }
  }
}
