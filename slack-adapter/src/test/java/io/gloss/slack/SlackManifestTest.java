package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.slack.render.SlackRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The app manifest asks for everything the bot registers and uses, and nothing is missing. */
class SlackManifestTest {
  private static final Path MANIFEST = Path.of("..", "config", "slack-app-manifest.yml");

  @Test
  void manifest_listsEveryCommandShortcutEventAndScope() throws Exception {
    String manifest = Files.readString(MANIFEST);
    assertThat(manifest)
        .contains(
            "command: /summarize",
            "command: /define",
            "command: /digest",
            "command: /gloss",
            "callback_id: " + SlackInteractions.SHORTCUT_CALLBACK_ID,
            "type: message");
    assertThat(manifest)
        .contains("- message.channels", "- message.groups", "- reaction_added", "- link_shared")
        .contains("- app_uninstalled", "- tokens_revoked");
    assertThat(manifest)
        .contains(
            "- chat:write",
            "- commands",
            "- channels:history",
            "- groups:history",
            "- reactions:read",
            "- reactions:write",
            "- links:read",
            "- links:write",
            "- users:read");
    assertThat(manifest).contains("socket_mode_enabled: true", "is_enabled: true");
    assertThat(manifest).contains(SlackHttpHandler.PATH);
    assertThat(manifest)
        .contains(
            "redirect_urls:", SlackDistribution.REDIRECT_PATH, SlackDistribution.INSTALL_PATH);
    assertThat(SlackRenderer.ACTION_SHORTER).startsWith("gloss_");
  }

  @Test
  void manifest_botScopes_areTheDistributionDefaults() throws Exception {
    java.util.List<String> lines = Files.readAllLines(MANIFEST);
    int bot = lines.indexOf("    bot:");
    java.util.List<String> scopes = new java.util.ArrayList<>();
    for (int i = bot + 1; i < lines.size() && lines.get(i).startsWith("      - "); i++) {
      scopes.add(lines.get(i).substring("      - ".length()).split("\\s+#")[0].strip());
    }

    assertThat(bot).isPositive();
    assertThat(scopes).isEqualTo(SlackDistribution.DEFAULT_SCOPES);
  }
}
