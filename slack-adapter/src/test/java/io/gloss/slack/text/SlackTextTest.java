package io.gloss.slack.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {

  @Test
  void safe_broadcastsAndMentions_cannotPing() {
    String safe =
        SlackText.safe("<!channel> <!here> <!everyone> <@U123> <#C1> <!subteam^S1> @here @Channel");
    assertThat(safe).doesNotContain("<!", "<@", "<#", "@here", "@Channel");
    assertThat(safe).contains("&lt;!channel&gt;");
  }

  @Test
  void safe_linkSpoofing_isInert() {
    assertThat(SlackText.safe("<https://evil|https://bank.com>"))
        .isEqualTo("&lt;https://evil|https://bank.com&gt;");
  }

  @Test
  void clean_bidiControls_areStripped() {
    assertThat(SlackText.clean("abc\u202Egpj.exe\u2066x\u200F")).isEqualTo("abcgpj.exex");
  }

  @Test
  void fit_emojiAndHangulAtCut_noBrokenGrapheme() {
    String family = "👨\u200D👩\u200D👧\u200D👦";
    String text = "가".repeat(5) + family + "나".repeat(10);
    for (int max = 2; max < text.length(); max++) {
      String fitted = SlackText.fit(text, max);
      assertThat(fitted.length()).isLessThanOrEqualTo(max);
      assertThat(hasLoneSurrogate(fitted)).as("max=%d %s", max, fitted).isFalse();
      assertThat(fitted.contains("\u200D") && !fitted.contains(family)).as("max=%d", max).isFalse();
    }
  }

  @Test
  void fit_escapedText_neverCutsInsideEntity() {
    String text = "&&&&&&&&&&";
    for (int max = 2; max < 40; max++) {
      String fitted = SlackText.fit(text, max);
      assertThat(fitted.length()).isLessThanOrEqualTo(max);
      assertThat(fitted.replace("&amp;", "")).doesNotContain("&");
    }
  }

  @Test
  void graphemeCut_flags_areNotSplit() {
    String flags = "🇰🇷🇺🇸🇯🇵";
    for (int max = 0; max <= flags.length(); max++) {
      int cut = SlackText.graphemeCut(flags, max);
      assertThat(cut % 4).as("max=%d", max).isZero();
    }
  }

  @Test
  void graphemeCut_combiningMark_staysWithBase() {
    String text = "e\u0301e\u0301e\u0301";
    assertThat(SlackText.graphemeCut(text, 3)).isEqualTo(2);
  }

  @Test
  void linkTarget_nonWebOrMarkup_isRejectedOrEncoded() {
    assertThat(SlackText.linkTarget("javascript:alert(1)")).isNull();
    assertThat(SlackText.linkTarget("https://a.kr/x|y>z")).isEqualTo("https://a.kr/x%7Cy%3Ez");
    assertThat(SlackText.linkTarget("https://a.kr/?a=1&b=2"))
        .isEqualTo("https://a.kr/?a=1&amp;b=2");
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
