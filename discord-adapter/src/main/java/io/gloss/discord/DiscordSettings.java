package io.gloss.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the Discord adapter needs to run. Built by the {@code config} module; the adapter never
 * reads the environment itself.
 *
 * @param token the bot token ({@code DISCORD_TOKEN}); never printed
 * @param apiUrl the REST base URL including the version path ({@code discord.api-url}), e.g. a REST
 *     proxy used by large bots, or a loopback fake in tests
 * @param gatewayUrl a gateway URL overriding Discord's ({@code discord.gateway-url}); null for
 *     Discord's own (tests only)
 * @param messageContent whether the privileged Message Content intent is enabled ({@code
 *     discord.message-content}); without it pasted links are not answered
 * @param devGuild a guild id to register commands in instantly instead of globally ({@code
 *     discord.dev-guild}), or null
 * @param shardsTotal the total number of shards of the bot ({@code discord.shards.total})
 * @param shardMin the first shard this instance runs ({@code discord.shards.min})
 * @param shardMax the last shard this instance runs, inclusive ({@code discord.shards.max})
 * @param userLimitPerMinute summaries one user may ask for per minute ({@code
 *     discord.user-rate-limit})
 * @param channelLimitPerMinute summaries one channel may get per minute ({@code
 *     discord.channel-rate-limit})
 * @param repostWindow an article answered in a channel less than this long ago is answered again
 *     with a pointer to its thread, not a new thread ({@code conversation.repost-window}); zero
 *     turns the pointer off
 */
public record DiscordSettings(
    String token,
    String apiUrl,
    @Nullable String gatewayUrl,
    boolean messageContent,
    @Nullable String devGuild,
    int shardsTotal,
    int shardMin,
    int shardMax,
    int userLimitPerMinute,
    int channelLimitPerMinute,
    Duration repostWindow) {

  /** Discord's REST API, version 10 (the version JDA 6 speaks). */
  public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";

  public static final Duration DEFAULT_REPOST_WINDOW = Duration.ofHours(24);

  public DiscordSettings {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(repostWindow, "repostWindow");
  }

  /** One shard, Discord's own endpoints, no Message Content intent, default limits. */
  public static DiscordSettings of(String token) {
    return new DiscordSettings(
        token, DEFAULT_API_URL, null, false, null, 1, 0, 0, 5, 20, DEFAULT_REPOST_WINDOW);
  }

  public DiscordSettings withApiUrl(String url) {
    return new DiscordSettings(
        token,
        url,
        gatewayUrl,
        messageContent,
        devGuild,
        shardsTotal,
        shardMin,
        shardMax,
        userLimitPerMinute,
        channelLimitPerMinute,
        repostWindow);
  }

  public DiscordSettings withGatewayUrl(@Nullable String url) {
    return new DiscordSettings(
        token,
        apiUrl,
        url,
        messageContent,
        devGuild,
        shardsTotal,
        shardMin,
        shardMax,
        userLimitPerMinute,
        channelLimitPerMinute,
        repostWindow);
  }

  public DiscordSettings withMessageContent(boolean enabled) {
    return new DiscordSettings(
        token,
        apiUrl,
        gatewayUrl,
        enabled,
        devGuild,
        shardsTotal,
        shardMin,
        shardMax,
        userLimitPerMinute,
        channelLimitPerMinute,
        repostWindow);
  }

  public DiscordSettings withDevGuild(@Nullable String guildId) {
    return new DiscordSettings(
        token,
        apiUrl,
        gatewayUrl,
        messageContent,
        guildId,
        shardsTotal,
        shardMin,
        shardMax,
        userLimitPerMinute,
        channelLimitPerMinute,
        repostWindow);
  }

  public DiscordSettings withShards(int total, int min, int max) {
    return new DiscordSettings(
        token,
        apiUrl,
        gatewayUrl,
        messageContent,
        devGuild,
        total,
        min,
        max,
        userLimitPerMinute,
        channelLimitPerMinute,
        repostWindow);
  }

  public DiscordSettings withLimits(int perUser, int perChannel) {
    return new DiscordSettings(
        token,
        apiUrl,
        gatewayUrl,
        messageContent,
        devGuild,
        shardsTotal,
        shardMin,
        shardMax,
        perUser,
        perChannel,
        repostWindow);
  }

  /** True when this instance runs a part of several shards (through JDA's ShardManager). */
  public DiscordSettings withRepostWindow(Duration window) {
    return new DiscordSettings(
        token,
        apiUrl,
        gatewayUrl,
        messageContent,
        devGuild,
        shardsTotal,
        shardMin,
        shardMax,
        userLimitPerMinute,
        channelLimitPerMinute,
        window);
  }

  public boolean sharded() {
    return shardsTotal > 1;
  }

  /** True when this instance runs only some of the shards: other instances run the rest. */
  public boolean splitOverInstances() {
    return shardMin > 0 || shardMax < shardsTotal - 1;
  }

  /**
   * Problems with these settings, each naming the configuration key to fix; empty when valid. Never
   * contains the token.
   */
  public List<String> validate() {
    List<String> problems = new ArrayList<>();
    if (token.isBlank()) {
      problems.add(
          "DISCORD_TOKEN is missing: copy the bot token from the Developer Portal (Bot tab)");
    } else if (token.chars().anyMatch(Character::isWhitespace)) {
      problems.add("DISCORD_TOKEN contains whitespace: paste the token alone, without 'Bot '");
    }
    if (!isHttpUrl(apiUrl)) {
      problems.add("discord.api-url must be an http(s) URL such as " + DEFAULT_API_URL);
    }
    if (gatewayUrl != null && !gatewayUrl.matches("(?i)wss?://\\S+")) {
      problems.add("discord.gateway-url must be a ws:// or wss:// URL");
    }
    if (devGuild != null && !devGuild.matches("\\d{1,20}")) {
      problems.add("discord.dev-guild must be a guild id (digits)");
    }
    if (shardsTotal < 1) {
      problems.add("discord.shards.total must be at least 1, was " + shardsTotal);
    } else {
      if (shardMin < 0 || shardMin >= shardsTotal) {
        problems.add(
            "discord.shards.min must be between 0 and " + (shardsTotal - 1) + ", was " + shardMin);
      }
      if (shardMax < shardMin || shardMax >= shardsTotal) {
        problems.add(
            "discord.shards.max must be between discord.shards.min and "
                + (shardsTotal - 1)
                + ", was "
                + shardMax);
      }
    }
    if (userLimitPerMinute < 1) {
      problems.add("discord.user-rate-limit must be at least 1, was " + userLimitPerMinute);
    }
    if (channelLimitPerMinute < 1) {
      problems.add("discord.channel-rate-limit must be at least 1, was " + channelLimitPerMinute);
    }
    if (repostWindow.isNegative()) {
      problems.add("conversation.repost-window must not be negative, was " + repostWindow);
    }
    return problems;
  }

  private static boolean isHttpUrl(String url) {
    return url.matches("(?i)https?://[^\\s/]+(/\\S*)?");
  }

  @Override
  public String toString() {
    return "DiscordSettings[token=<redacted>, apiUrl="
        + apiUrl
        + ", gatewayUrl="
        + gatewayUrl
        + ", messageContent="
        + messageContent
        + ", devGuild="
        + devGuild
        + ", shards="
        + shardMin
        + ".."
        + shardMax
        + "/"
        + shardsTotal
        + ", userLimitPerMinute="
        + userLimitPerMinute
        + ", channelLimitPerMinute="
        + channelLimitPerMinute
        + ", repostWindow="
        + repostWindow
        + "]";
  }
}
