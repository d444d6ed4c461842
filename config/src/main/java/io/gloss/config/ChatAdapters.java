package io.gloss.config;

import io.gloss.config.settings.ConfigKeys;
import io.gloss.config.settings.Settings;
import io.gloss.core.store.DataPurger;
import io.gloss.discord.DiscordBot;
import io.gloss.discord.DiscordPorts;
import io.gloss.discord.DiscordSettings;
import io.gloss.slack.SlackBot;
import io.gloss.slack.SlackSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Starts and stops the chat adapters whose credentials are configured. */
public final class ChatAdapters implements AutoCloseable {
  private final List<String> names;
  private final List<AutoCloseable> running;

  private ChatAdapters(List<String> names, List<AutoCloseable> running) {
    this.names = List.copyOf(names);
    this.running = List.copyOf(running);
  }

  public static boolean slackConfigured(Settings settings) {
    return settings.optional(ConfigKeys.SLACK_BOT_TOKEN).isPresent();
  }

  public static boolean discordConfigured(Settings settings) {
    return settings.optional(ConfigKeys.DISCORD_TOKEN).isPresent();
  }

  public static boolean anyConfigured(Settings settings) {
    return slackConfigured(settings) || discordConfigured(settings);
  }

  /**
   * What to set for each platform not configured, in words a user can act on. (The settings of a
   * configured platform are checked when the configuration loads: see {@link ComponentChecks}.)
   */
  public static List<String> missingCredentials(Settings settings) {
    List<String> missing = new ArrayList<>();
    if (!slackConfigured(settings)) {
      missing.add(
          "Slack: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode), or SLACK_BOT_TOKEN and"
              + " SLACK_SIGNING_SECRET with GLOSS_SLACK_MODE=http.");
    }
    if (!discordConfigured(settings)) {
      missing.add("Discord: set DISCORD_TOKEN.");
    }
    return missing;
  }

  /**
   * Starts every configured adapter.
   *
   * @throws IllegalStateException when a platform refuses the credentials (the message names the
   *     setting to fix, never the secret)
   */
  public static ChatAdapters start(Settings settings, GlossApp app)
      throws InterruptedException, IOException {
    List<String> names = new ArrayList<>();
    List<AutoCloseable> running = new ArrayList<>();
    ExecutorService work = Executors.newFixedThreadPool(8, Wiring.daemonThreads("gloss-chat"));
    running.add(work::shutdownNow);
    running.add(new RetentionJob(new DataPurger(app.stores().database()), Clock.systemUTC()));
    try {
      if (slackConfigured(settings)) {
        GlossApp.Stores stores = app.stores();
        SlackBot slack =
            new SlackBot(
                slackSettings(settings),
                app.summarize(),
                app.define(),
                stores.channels(),
                stores.links(),
                stores.events(),
                stores.glossary(),
                work,
                Clock.systemUTC());
        running.add(slack);
        slack.start();
        names.add("Slack (" + settings.string(ConfigKeys.SLACK_MODE) + " mode)");
      }
      if (discordConfigured(settings)) {
        DiscordBot discord =
            new DiscordBot(discordSettings(settings), discordPorts(app), work, Clock.systemUTC());
        running.add(discord);
        discord.start();
        if (!discord.awaitReady(Duration.ofSeconds(60))) {
          throw new IllegalStateException(
              discord.fatalProblem().orElse("Discord did not become ready within 60 s"));
        }
        names.add("Discord");
      }
    } catch (RuntimeException | InterruptedException | IOException e) {
      new ChatAdapters(names, running).close();
      throw e;
    }
    return new ChatAdapters(names, running);
  }

  static SlackSettings slackSettings(Settings settings) {
    return new SlackSettings(
        SlackSettings.Mode.parse(settings.string(ConfigKeys.SLACK_MODE))
            .orElse(SlackSettings.Mode.SOCKET),
        settings.optional(ConfigKeys.SLACK_BOT_TOKEN).orElse(null),
        settings.optional(ConfigKeys.SLACK_APP_TOKEN).orElse(null),
        settings.optional(ConfigKeys.SLACK_SIGNING_SECRET).orElse(null),
        settings.string(ConfigKeys.SLACK_API_URL),
        settings.integer(ConfigKeys.SERVER_PORT),
        settings.list(ConfigKeys.SLACK_UNFURL_DOMAINS),
        settings.integer(ConfigKeys.SLACK_MAX_LINKS),
        settings.integer(ConfigKeys.SLACK_USER_RATE_LIMIT),
        settings.integer(ConfigKeys.SLACK_CHANNEL_RATE_LIMIT));
  }

  static DiscordSettings discordSettings(Settings settings) {
    int total = settings.integer(ConfigKeys.DISCORD_SHARDS_TOTAL);
    return new DiscordSettings(
        settings.optional(ConfigKeys.DISCORD_TOKEN).orElse(""),
        settings.string(ConfigKeys.DISCORD_API_URL),
        null,
        settings.bool(ConfigKeys.DISCORD_MESSAGE_CONTENT),
        settings.optional(ConfigKeys.DISCORD_DEV_GUILD).orElse(null),
        total,
        settings.integer(ConfigKeys.DISCORD_SHARDS_MIN),
        settings.optionalInteger(ConfigKeys.DISCORD_SHARDS_MAX).orElse(total - 1),
        settings.integer(ConfigKeys.DISCORD_USER_RATE_LIMIT),
        settings.integer(ConfigKeys.DISCORD_CHANNEL_RATE_LIMIT));
  }

  private static DiscordPorts discordPorts(GlossApp app) {
    GlossApp.Stores stores = app.stores();
    return new DiscordPorts(
        app.summarize(),
        app.define(),
        stores.channels(),
        stores.links(),
        stores.events(),
        stores.glossary());
  }

  public List<String> names() {
    return names;
  }

  @Override
  public void close() {
    // Stop the bots before the executor they use.
    for (int i = running.size() - 1; i >= 0; i--) {
      AutoCloseable adapter = running.get(i);
      try {
        adapter.close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(ChatAdapters.class).warn("Failed to stop an adapter", e);
      }
    }
  }
}
