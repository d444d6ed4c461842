package io.gloss.config.scenarios;

/** The conversation scenarios on Slack: the real Bolt app in HTTP mode, loopback Web API. */
class SlackConversationIT extends ConversationScenarios {
  @Override
  ChatDriver driver() throws Exception {
    return new SlackDriver();
  }
}
