package io.gloss.config.scenarios;

/** The conversation scenarios on Discord: the real JDA on the loopback REST API and gateway. */
class DiscordConversationIT extends ConversationScenarios {
  @Override
  ChatDriver driver() throws Exception {
    return new DiscordDriver();
  }
}
