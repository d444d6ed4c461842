package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordLinkFinderTest {

  private final DiscordLinkFinder finder =
      new DiscordLinkFinder(new io.gloss.core.url.LinkFinder(100), 3);

  @Test
  void find_bareUrlInKoreanSentence_returnsUrlWithoutPunctuation() {
    assertThat(finder.find("이거 요약 좀 https://n.news.naver.com/article/001/0014?sid=100."))
        .containsExactly("https://n.news.naver.com/article/001/0014?sid=100");
  }

  @Test
  void find_suppressedEmbedForm_returnsInnerUrl() {
    assertThat(finder.find("<https://www.example.com/news/1>"))
        .containsExactly("https://www.example.com/news/1");
  }

  @Test
  void find_urlsInCodeBlockOrInlineCode_areIgnored() {
    String text =
        "```\nhttps://code.example.com/a\n``` and `https://inline.example.com/b` but"
            + " https://real.example.com/c";

    assertThat(finder.find(text)).containsExactly("https://real.example.com/c");
  }

  @Test
  void find_maskedLinkAndWikipediaParens_keepsBalancedParens() {
    assertThat(
            finder.find("[기사](https://a.example.com/x) (see https://en.wikipedia.org/wiki/A_(b))"))
        .containsExactly("https://a.example.com/x", "https://en.wikipedia.org/wiki/A_(b)");
  }

  @Test
  void find_discordAndGifLinks_areIgnored() {
    assertThat(finder.find("https://discord.com/channels/1/2/3 https://tenor.com/view/x"))
        .isEmpty();
  }

  @Test
  void find_duplicatesAndMoreThanMax_areCapped() {
    String text =
        "https://a.example.com/1 https://a.example.com/1 https://b.example.com/2"
            + " https://c.example.com/3 https://d.example.com/4";

    assertThat(finder.find(text))
        .containsExactly(
            "https://a.example.com/1", "https://b.example.com/2", "https://c.example.com/3");
  }

  @Test
  void find_noLinksOrMailto_returnsEmpty() {
    assertThat(finder.find("mailto:a@b.c 안녕하세요 ftp://x.example.com")).isEmpty();
  }
}
