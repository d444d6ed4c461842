package io.gloss.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one locale fallback rule of Slack and Discord. */
class ReplyLanguageTest {
  @Test
  void choose_firstKoreanOrEnglishWins_otherLanguagesMeanEnglish_nothingMeansKorean() {
    assertThat(ReplyLanguage.choose("en-US", "ko")).isEqualTo(ReplyLanguage.EN);
    assertThat(ReplyLanguage.choose("ja-JP", "ko")).isEqualTo(ReplyLanguage.KO);
    assertThat(ReplyLanguage.choose("fr")).isEqualTo(ReplyLanguage.EN);
    assertThat(ReplyLanguage.choose(null, " ")).isEqualTo(ReplyLanguage.KO);
    assertThat(ReplyLanguage.choose()).isEqualTo(ReplyLanguage.KO);
    assertThat(ReplyLanguage.choose("KO-kr")).isEqualTo(ReplyLanguage.KO);
  }
}
