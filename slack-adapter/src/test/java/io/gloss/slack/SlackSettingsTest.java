package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

  @Test
  void toString_neverShowsSecrets() {
    SlackSettings settings =
        new SlackSettings(
            SlackSettings.Mode.HTTP,
            "xoxb-1111-secretbot",
            "xapp-1-secretapp",
            "signing-secret-value",
            SlackSettings.DEFAULT_API_URL,
            8080,
            List.of(),
            3,
            10,
            30);
    assertThat(settings.toString())
        .doesNotContain("secretbot", "secretapp", "signing-secret-value")
        .contains("xoxb-***", "mode=http");
  }

  @Test
  void validate_socketModeWithoutTokens_namesTheKeys() {
    SlackSettings settings =
        new SlackSettings(
            SlackSettings.Mode.SOCKET,
            null,
            null,
            null,
            "ftp://x",
            70000,
            List.of("a.kr", "b.kr", "c.kr", "d.kr", "e.kr", "f.kr"),
            0,
            0,
            0);
    assertThat(String.join("\n", settings.validate()))
        .contains(
            "SLACK_BOT_TOKEN",
            "SLACK_APP_TOKEN",
            "slack.api-url",
            "server.port",
            "slack.unfurl-domains",
            "slack.max-links-per-message",
            "slack.user-rate-limit",
            "slack.channel-rate-limit");
  }

  @Test
  void validate_httpModeWithoutSecret_namesSigningSecret() {
    SlackSettings settings = SlackSettings.httpMode("xoxb-0000000000-00000000-abc", "");
    assertThat(settings.validate()).singleElement().asString().contains("SLACK_SIGNING_SECRET");
  }

  @Test
  void slackBot_invalidSettings_refusedNamingKeysWithoutSecrets() {
    SlackSettings settings = SlackSettings.httpMode("xoxb-short", "secret-value-123");
    assertThatThrownBy(
            () ->
                new SlackBot(
                    settings,
                    SlackTestBed.ports(
                        settings,
                        new io.gloss.slack.fake.FakeSummarizer(),
                        new io.gloss.core.glossary.DefineTermService(
                            new io.gloss.core.glossary.InMemoryGlossaryStore()),
                        new io.gloss.core.conversation.ChannelSettingsService(
                            new io.gloss.slack.fake.InMemoryChannelSettings()),
                        new io.gloss.core.conversation.SharedLinksService(
                            new io.gloss.slack.fake.InMemorySharedLinkLog(),
                            java.time.Clock.systemUTC()),
                        new io.gloss.core.conversation.EventClaims(
                            new io.gloss.core.testing.InMemoryProcessedEvents()),
                        new io.gloss.core.conversation.TeamGlossaryService(
                            new io.gloss.core.glossary.InMemoryGlossaryStore()),
                        new io.gloss.core.conversation.FeedbackService(
                            new io.gloss.core.testing.InMemoryFeedbackStore(),
                            java.time.Clock.systemUTC())),
                    java.util.concurrent.Executors.newSingleThreadExecutor(),
                    Runnable::run,
                    java.time.Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SLACK_BOT_TOKEN")
        .hasMessageNotContaining("secret-value-123")
        .hasMessageNotContaining("xoxb-short");
  }

  @Test
  void validate_goodSettings_noProblems() {
    assertThat(
            SlackSettings.socketMode("xoxb-0000000000-00000000-abc", "xapp-1-A1-000-abc")
                .withUnfurlDomains(List.of("n.news.naver.com"))
                .validate())
        .isEmpty();
    assertThat(SlackSettings.Mode.parse("HTTP")).contains(SlackSettings.Mode.HTTP);
  }
}
