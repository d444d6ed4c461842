package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordTextTest {

  @Test
  void truncate_zwjEmojiAtCut_keepsWholeGrapheme() {
    String family = "👨‍👩‍👧‍👦";
    String text = "가나" + family + "다라마";

    String cut = DiscordText.truncate(text, 8);

    assertThat(cut).isEqualTo("가나…");
    assertThat(DiscordText.truncate(text, 14)).isEqualTo("가나" + family + "…");
  }

  @Test
  void truncate_flagAndCombiningMark_notSplit() {
    assertThat(DiscordText.truncate("ab🇰🇷cd", 4)).isEqualTo("ab…");
    assertThat(DiscordText.truncate("e\u0301e\u0301e\u0301", 4)).isEqualTo("e\u0301…");
  }

  @Test
  void truncate_shortText_isUnchanged() {
    assertThat(DiscordText.truncate("짧다", 10)).isEqualTo("짧다");
  }

  @Test
  void truncate_cutAfterEscapeBackslash_dropsDanglingBackslash() {
    String escaped = DiscordText.inert("ab*cd");

    assertThat(DiscordText.truncate(escaped, 4)).isEqualTo("ab…");
  }

  @Test
  void inert_mentionsAndLinks_cannotPingOrLink() {
    String text = DiscordText.inert("@everyone @here <@123> <@&4> [a](https://evil.example)");

    assertThat(text)
        .doesNotContain("@everyone", "@here", "<@1", "<@&", "](https://", "https://")
        .contains("everyone", "here");
  }

  @Test
  void inertLine_bidiAndNewlines_removed() {
    assertThat(DiscordText.inertLine("a\u202Eb\nc\u2066")).isEqualTo("ab c");
  }
}
