package io.gloss.slack.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackLinksTest {
  private static final SlackLinks LINKS = new SlackLinks(new io.gloss.core.url.LinkFinder(100));

  @Test
  void parse_labelledLinkWithEntities_returnsDecodedUrl() {
    assertThat(LINKS.parse("읽어보세요 <https://x.com/a?b=1&amp;c=2|기사 제목>"))
        .containsExactly("https://x.com/a?b=1&c=2");
  }

  @Test
  void parse_mentionsMailtoAndSpecials_areIgnored() {
    String text =
        "<!here> <@U123> <#C456|general> <!subteam^S1|@team> <mailto:a@b.com|a@b.com>"
            + " <tel:+821012345678> <ftp://x.com/f> <https://n.news.naver.com/article/001/1>";
    assertThat(LINKS.parse(text)).containsExactly("https://n.news.naver.com/article/001/1");
  }

  @Test
  void parse_urlsInCode_areIgnored() {
    String text =
        "`<https://in.code/a>` and ```\n<https://in.block/b>\n``` but <https://real.kr/c>";
    assertThat(LINKS.parse(text)).containsExactly("https://real.kr/c");
  }

  @Test
  void parse_severalAndDuplicateLinks_keepsOrderOnce() {
    String text = "<https://a.kr/1> <http://b.kr/2|b> <https://a.kr/1|again>";
    assertThat(LINKS.parse(text)).containsExactly("https://a.kr/1", "http://b.kr/2");
  }

  @Test
  void parse_labelThatLooksLikeUrl_usesRealTarget() {
    assertThat(LINKS.parse("<https://evil.example/x|https://bank.com>"))
        .containsExactly("https://evil.example/x");
  }

  @Test
  void parse_tooLongUrl_isKeptForTheCoreToAnswerTooLong() {
    String huge = "https://a.kr/" + "x".repeat(3000);
    assertThat(LINKS.parse("<" + huge + ">")).containsExactly(huge);
  }

  @Test
  void firstUrl_bareOrMarkedUp_found() {
    assertThat(LINKS.firstUrl("https://v.daum.net/v/2025 short en"))
        .contains("https://v.daum.net/v/2025");
    assertThat(LINKS.firstUrl("<https://v.daum.net/v/1|x> short"))
        .contains("https://v.daum.net/v/1");
    assertThat(LINKS.firstUrl("no link here <!channel>")).isEmpty();
  }

  @Test
  void isOnDomain_subdomainMatches_otherDoesNot() {
    assertThat(SlackLinks.isOnDomain("https://n.news.naver.com/a", "naver.com")).isTrue();
    assertThat(SlackLinks.isOnDomain("https://evilnaver.com/a", "naver.com")).isFalse();
  }
}
