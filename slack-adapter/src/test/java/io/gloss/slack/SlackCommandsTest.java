package io.gloss.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.SummaryStyle;
import org.junit.jupiter.api.Test;

class SlackCommandsTest {
  private static final ChannelSettings DEFAULTS =
      ChannelSettings.defaults(new ChannelRef("slack", "T", "C"));

  @Test
  void parseSettings_allKeys_applied() {
    ChannelSettings changed =
        SlackCommands.parseSettings("auto off lang EN length short").orElseThrow().apply(DEFAULTS);
    assertThat(changed.autoMode()).isEqualTo(AutoMode.OFF);
    assertThat(changed.language()).isEqualTo("en");
    assertThat(changed.style()).isEqualTo(SummaryStyle.SHORT);
    assertThat(SlackCommands.parseSettings("lang auto").orElseThrow().apply(changed).language())
        .isNull();
  }

  @Test
  void parseSettings_emptyMeansShow_badInputRefused() {
    assertThat(SlackCommands.parseSettings("").orElseThrow().apply(DEFAULTS)).isEqualTo(DEFAULTS);
    assertThat(SlackCommands.parseSettings("auto")).isEmpty();
    assertThat(SlackCommands.parseSettings("auto maybe")).isEmpty();
    assertThat(SlackCommands.parseSettings("length 5w1h")).isEmpty();
    assertThat(SlackCommands.parseSettings("lang fr")).isEmpty();
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
