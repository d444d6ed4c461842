package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiscordInviteTest {

  @Test
  void permissionsInteger_isTheDocumentedOne() {
    assertThat(DiscordInvite.permissionsInteger()).isEqualTo(309237730368L);
  }

  @Test
  void url_applicationId_hasScopesAndPermissions() {
    assertThat(DiscordInvite.url("123456789012345678"))
        .isEqualTo(
            "https://discord.com/oauth2/authorize?client_id=123456789012345678"
                + "&scope=bot+applications.commands&permissions=309237730368");
  }

  @Test
  void guide_inviteUrl_matchesTheCode() throws Exception {
    String guide = Files.readString(Path.of("../docs/DISCORD.md"));

    assertThat(guide)
        .contains("permissions=" + DiscordInvite.permissionsInteger())
        .contains("scope=" + DiscordInvite.SCOPES);
  }
}
