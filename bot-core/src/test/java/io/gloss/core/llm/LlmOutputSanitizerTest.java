package io.gloss.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LlmOutputSanitizerTest {
  private static final String SOURCE = "https://news.example.kr/article/123";
  private final OutputSanitizer sanitizer = new OutputSanitizer(SOURCE);

  @Test
  void clean_broadcastMentions_areNeutralized() {
    String out = sanitizer.clean("Say @everyone and @here and <!channel> <!here>", 500);
    assertThat(out).doesNotContain("@everyone", "@here", "<!channel>", "<!here>");
    assertThat(out).contains("everyone", "here").doesNotContain("channel");
  }

  @Test
  void clean_userAndRoleMentions_areNeutralized() {
    String out = sanitizer.clean("ping <@U123ABC> and <@&987654> and <@!42> and <#C1>", 500);
    assertThat(out).doesNotContain("<@U123ABC>", "<@&987654>", "<@!42>", "<#C1>");
  }

  @Test
  void clean_foreignLinks_areRemoved_sourceKept() {
    String out =
        sanitizer.clean(
            "read https://attacker.example/?d=secret and www.evil.example/x and "
                + "[click](https://evil.example) and <https://evil.example|here> and "
                + SOURCE,
            500);
    assertThat(out).doesNotContain("attacker", "evil.example", "secret");
    assertThat(out).contains("click", SOURCE);
  }

  @Test
  void clean_longText_isCappedWithEllipsis() {
    String out = sanitizer.clean("word ".repeat(200), 50);
    assertThat(out.length()).isLessThanOrEqualTo(51);
    assertThat(out).endsWith("…");
  }

  @Test
  void clean_controlCharacters_areRemoved() {
    assertThat(sanitizer.clean("a\u0007b\u202Ec", 50)).isEqualTo("abc");
  }

  @Test
  void cap_neverSplitsASurrogatePair() {
    String emojis = "😀".repeat(10);
    String out = OutputSanitizer.cap(emojis, 5);
    assertThat(out).endsWith("…");
    assertThat(Character.isHighSurrogate(out.charAt(out.length() - 2))).isFalse();
    assertThat(OutputSanitizer.cap("abcdef", 1)).isEqualTo("…");
  }
}
