package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

  @Test
  void toString_withToken_redactsIt() {
    DiscordSettings settings = DiscordSettings.of("MTAxsecret.token.value");

    assertThat(settings.toString()).doesNotContain("MTAxsecret").contains("<redacted>");
  }

  @Test
  void validate_defaults_noProblems() {
    assertThat(DiscordSettings.of("abc.def.ghi").validate()).isEmpty();
  }

  @Test
  void validate_badValues_namesEveryKey() {
    DiscordSettings bad =
        DiscordSettings.of(" ")
            .withApiUrl("ftp://x")
            .withGatewayUrl("http://x")
            .withDevGuild("guild")
            .withShards(4, 3, 1)
            .withLimits(0, 0)
            .withRepostWindow(java.time.Duration.ofHours(-1));

    assertThat(String.join("\n", bad.validate()))
        .contains(
            "DISCORD_TOKEN",
            "discord.api-url",
            "discord.gateway-url",
            "discord.dev-guild",
            "discord.shards.max",
            "discord.user-rate-limit",
            "discord.channel-rate-limit",
            "conversation.repost-window");
  }

  @Test
  void validate_zeroShards_namesTotal() {
    assertThat(DiscordSettings.of("a.b.c").withShards(0, 0, 0).validate())
        .anyMatch(p -> p.startsWith("discord.shards.total"));
  }

  @Test
  void sharded_moreThanOneShard_isTrue() {
    assertThat(DiscordSettings.of("a.b.c").withShards(4, 0, 1).sharded()).isTrue();
    assertThat(DiscordSettings.of("a.b.c").sharded()).isFalse();
  }

  @Test
  void splitOverInstances_onlyWhenSomeShardsRunElsewhere() {
    DiscordSettings settings = DiscordSettings.of("a.b.c");

    assertThat(settings.splitOverInstances()).isFalse();
    assertThat(settings.withShards(4, 0, 3).splitOverInstances()).isFalse();
    assertThat(settings.withShards(4, 0, 1).splitOverInstances()).isTrue();
    assertThat(settings.withShards(4, 2, 3).splitOverInstances()).isTrue();
    assertThat(settings.withShards(4, 1, 2).splitOverInstances()).isTrue();
  }
}
