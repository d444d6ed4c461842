package io.gloss.config;

import io.gloss.config.settings.ConfigKeys;
import io.gloss.config.settings.Settings;
import java.util.ArrayList;
import java.util.List;

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

  /** What is missing for each platform, in words a user can act on. */
  public static List<String> missingCredentials(Settings settings) {
    List<String> missing = new ArrayList<>();
    if (!slackConfigured(settings)) {
      missing.add(
          "Slack: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode), or SLACK_BOT_TOKEN and"
              + " SLACK_SIGNING_SECRET with GLOSS_SLACK_MODE=http.");
    } else if (settings.string(ConfigKeys.SLACK_MODE).equals("socket")
        && settings.optional(ConfigKeys.SLACK_APP_TOKEN).isEmpty()) {
      missing.add("Slack: Socket Mode needs SLACK_APP_TOKEN (xapp-…).");
    } else if (settings.string(ConfigKeys.SLACK_MODE).equals("http")
        && settings.optional(ConfigKeys.SLACK_SIGNING_SECRET).isEmpty()) {
      missing.add("Slack: HTTP mode needs SLACK_SIGNING_SECRET.");
    }
    if (!discordConfigured(settings)) {
      missing.add("Discord: set DISCORD_TOKEN.");
    }
    return missing;
  }

  /** Starts every configured adapter. */
  public static ChatAdapters start(Settings settings, GlossApp app) {
    List<String> names = new ArrayList<>();
    List<AutoCloseable> running = new ArrayList<>();
    return new ChatAdapters(names, running);
  }

  public List<String> names() {
    return names;
  }

  @Override
  public void close() {
    for (AutoCloseable adapter : running) {
      try {
        adapter.close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(ChatAdapters.class).warn("Failed to stop an adapter", e);
      }
    }
  }
}
