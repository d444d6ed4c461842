package io.gloss.config.cli;

import io.gloss.core.domain.SummaryResult;
import io.gloss.discord.DiscordRenderer;
import io.gloss.slack.render.SlackRenderer;

/** The exact payloads the chat adapters post, for {@code --format slack|discord}. */
final class PlatformPayloads {
  private PlatformPayloads() {}

  static String slack(SummaryResult result) {
    return new SlackRenderer().postMessagePayload(result);
  }

  static String discord(SummaryResult result, String uiLanguage) {
    return new DiscordRenderer().payloadJson(result, uiLanguage);
  }
}
