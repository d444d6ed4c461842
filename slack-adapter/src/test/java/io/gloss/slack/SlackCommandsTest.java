package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.SettingsUpdate;
import org.junit.jupiter.api.Test;

class SlackCommandsTest {
  @Test
  void parseSettings_keyValuePairs_becomeOneUpdateForTheCore() {
    assertThat(SlackCommands.parseSettings("auto off lang EN length 5w1h"))
        .contains(new SettingsUpdate("off", "EN", "5w1h"));
    assertThat(SlackCommands.parseSettings("language auto"))
        .contains(new SettingsUpdate(null, "auto", null));
  }

  @Test
  void parseSettings_emptyMeansShow_brokenSyntaxRefused() {
    assertThat(SlackCommands.parseSettings("")).contains(SettingsUpdate.NONE);
    assertThat(SlackCommands.parseSettings("auto")).isEmpty();
    assertThat(SlackCommands.parseSettings("colour blue")).isEmpty();
  }

  @Test
  void splitTerm_quotedOrFirstWord() {
    assertThat(SlackCommands.splitTerm("\"소버린 AI\" 자체 AI 플랫폼"))
        .containsExactly("소버린 AI", "자체 AI 플랫폼");
    assertThat(SlackCommands.splitTerm("“소버린 AI” 자체")).containsExactly("소버린 AI", "자체");
    assertThat(SlackCommands.splitTerm("APEC 아시아태평양 경제협력체"))
        .containsExactly("APEC", "아시아태평양 경제협력체");
    assertThat(SlackCommands.splitTerm("APEC")).containsExactly("APEC", "");
  }
}
