package io.gloss.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gloss.config.settings.ConfigException;
import io.gloss.config.settings.ConfigKeys;
import io.gloss.config.settings.ConfigProblem;
import io.gloss.config.settings.Settings;
import io.gloss.slack.SlackDistribution;
import io.gloss.slack.SlackSettings;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slack app distribution from configuration: every problem at start-up at once, secrets hidden. */
class SlackDistributionSettingsTest {
  private static final String CLIENT_SECRET = "client-secret-Zq9Xv7";

  @Test
  void load_distributionMisconfigured_everyProblemAtOnce_namingTheKeys() {
    Map<String, String> env = new HashMap<>();
    env.put("GLOSS_SLACK_CLIENT_ID", "not-a-client-id");
    env.put("GLOSS_SLACK_SCOPES", "chat:write,Not A Scope");
    env.put("SLACK_BOT_TOKEN", "xoxb-0000000000-0000000000-testtoken");
    env.put("GLOSS_STORE_ENCRYPTION_KEY", "short-Zq9Xv7");
    // slack.mode stays socket; slack.client-secret and SLACK_SIGNING_SECRET are missing.

    ConfigException e =
        catchThrowableOfType(
            ConfigException.class, () -> Settings.load(null, env, ComponentChecks::of));

    assertThat(e.problems())
        .extracting(ConfigProblem::key)
        .contains("slack", "store.encryption-key");
    assertThat(e.getMessage())
        .contains(
            "slack.client-id must be the app's Client ID",
            "slack.client-secret is required",
            "slack.scopes: 'Not A Scope'",
            "needs slack.mode=http",
            "SLACK_BOT_TOKEN and slack.client-id exclude each other",
            "store.encryption-key")
        .doesNotContain("Zq9Xv7");
  }

  @Test
  void slackSettings_distribution_withTheManifestsScopesByDefault_secretRedacted() {
    Map<String, String> env = new HashMap<>();
    env.put("GLOSS_SLACK_MODE", "http");
    env.put("GLOSS_SLACK_CLIENT_ID", "1234567890.0987654321");
    env.put("SLACK_CLIENT_SECRET", CLIENT_SECRET);
    env.put("SLACK_SIGNING_SECRET", "signing-secret");
    env.put("GLOSS_STORE_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32]));

    Settings settings = Settings.load(null, env, ComponentChecks::of);
    SlackSettings slack = ChatAdapters.slackSettings(settings);

    assertThat(ChatAdapters.slackConfigured(settings)).isTrue();
    SlackDistribution distribution = java.util.Objects.requireNonNull(slack.distribution());
    assertThat(distribution.scopes()).isEqualTo(SlackDistribution.DEFAULT_SCOPES);
    assertThat(distribution.clientSecret()).isEqualTo(CLIENT_SECRET);
    assertThat(slack.validate()).isEmpty();
    assertThat(slack.toString()).doesNotContain(CLIENT_SECRET);
    assertThat(settings.toString()).doesNotContain(CLIENT_SECRET);
    assertThat(ChatAdapters.tokenCipher(settings).encrypts()).isTrue();
    assertThat(settings.bool(ConfigKeys.STORE_PURGE_ON_UNINSTALL)).isFalse();
  }

  @Test
  void slackSettings_singleWorkspace_unchanged() {
    Settings settings =
        Settings.load(
            null,
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-0000000000-0000000000-testtoken",
                "SLACK_APP_TOKEN", "xapp-1-A0001-0000000000-testapptoken"),
            ComponentChecks::of);

    assertThat(ChatAdapters.slackSettings(settings).distribution()).isNull();
    assertThat(ChatAdapters.tokenCipher(settings).encrypts()).isFalse();
  }
}
