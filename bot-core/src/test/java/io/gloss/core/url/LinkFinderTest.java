package io.gloss.core.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkFinderTest {

  private final LinkFinder finder = new LinkFinder();

  // --- Slack ----------------------------------------------------------------------------------

  @Test
  void fromSlack_linkWithLabelAndEscapedAmpersand_isDecoded() {
    assertThat(finder.fromSlack("이거 보세요 <https://x.example/a?a=1&amp;b=2|기사 제목>"))
        .containsExactly("https://x.example/a?a=1&b=2");
  }

  @Test
  void fromSlack_specialTokens_areIgnored() {
    String text =
        "<!here> <!channel> <@U012AB3CD> <#C123ABC|general> <!subteam^S1|@team> "
            + "<mailto:someone@example.com|someone@example.com> <tel:+821012345678> "
            + "<!date^1392734382^{date}|Feb 18>";

    assertThat(finder.fromSlack(text)).isEmpty();
  }

  @Test
  void fromSlack_labelThatLooksLikeAUrl_isNotALink() {
    assertThat(finder.fromSlack("<https://evil.example/x|https://bank.example/login>"))
        .containsExactly("https://evil.example/x");
  }

  @Test
  void fromSlack_severalLinks_inOrderDeduplicated() {
    String text =
        "<https://a.example/1> and <https://b.example/2|two> then <https://a.example/1> "
            + "and bare https://c.example/3.";

    assertThat(finder.fromSlack(text))
        .containsExactly("https://a.example/1", "https://b.example/2", "https://c.example/3");
  }

  @Test
  void fromSlack_bareUrlBeforeMarkup_keepsMessageOrder() {
    assertThat(finder.fromSlack("https://first.example/a <https://second.example/b>"))
        .containsExactly("https://first.example/a", "https://second.example/b");
  }

  @Test
  void fromSlack_codeBlocksAndInlineCode_areIgnored() {
    String text =
        "```curl <https://code.example/block>```\n`<https://code.example/inline>` "
            + "<https://news.example/real>";

    assertThat(finder.fromSlack(text)).containsExactly("https://news.example/real");
  }

  @Test
  void fromSlack_escapedAngleBrackets_areText() {
    assertThat(finder.fromSlack("a &lt;b&gt; c <https://n.news.naver.com/article/001/0014321234>"))
        .containsExactly("https://n.news.naver.com/article/001/0014321234");
  }

  @Test
  void fromSlack_nonHttpSchemes_areIgnored() {
    assertThat(
            finder.fromSlack(
                "<ftp://x.example/f> <javascript:alert(1)|click> <file:///etc/passwd>"))
        .isEmpty();
  }

  // --- Discord and plain text ------------------------------------------------------------------

  @Test
  void fromPlainText_suppressedEmbed_isALink() {
    assertThat(finder.fromPlainText("읽어보세요 <https://v.daum.net/v/20261126093012345>"))
        .containsExactly("https://v.daum.net/v/20261126093012345");
  }

  @Test
  void fromPlainText_bareUrlsWithTrailingPunctuation_areTrimmed() {
    String text =
        "See https://a.example/x. Also (https://b.example/y), and https://c.example/Foo_(bar)! "
            + "끝: https://d.example/z。 ||https://e.example/spoiler||";

    assertThat(finder.fromPlainText(text))
        .containsExactly(
            "https://a.example/x",
            "https://b.example/y",
            "https://c.example/Foo_(bar)",
            "https://d.example/z",
            "https://e.example/spoiler");
  }

  @Test
  void fromPlainText_markdownLink_takesTheTargetNotTheLabel() {
    assertThat(finder.fromPlainText("[https://bank.example](https://news.example/a?b=1)"))
        .containsExactly("https://news.example/a?b=1");
  }

  @Test
  void fromPlainText_codeBlocksAndInlineCode_areIgnored() {
    String text =
        "```\nhttps://code.example/block\n```\n"
            + "```java\nString u = \"https://code.example/java\";```"
            + " `https://code.example/inline` ``https://code.example/double`` "
            + "https://news.example/real";

    assertThat(finder.fromPlainText(text)).containsExactly("https://news.example/real");
  }

  @Test
  void fromPlainText_duplicatesAndCap() {
    StringBuilder text = new StringBuilder("https://dup.example/a https://dup.example/a ");
    for (int i = 0; i < 20; i++) {
      text.append("https://n").append(i).append(".example/ ");
    }

    assertThat(finder.fromPlainText(text.toString()))
        .hasSize(LinkFinder.DEFAULT_MAX_LINKS)
        .startsWith("https://dup.example/a", "https://n0.example/")
        .doesNotHaveDuplicates();
    assertThat(new LinkFinder(50).fromPlainText(text.toString())).hasSize(21);
  }

  @Test
  void fromPlainText_noLinksOrJunk_isEmpty() {
    assertThat(finder.fromPlainText("그냥 대화입니다. www.example.com 은 링크가 아님")).isEmpty();
    assertThat(finder.fromPlainText("http:// https://")).isEmpty();
    assertThat(finder.fromPlainText("mailto:a@example.com")).isEmpty();
  }

  @Test
  void fromPlainText_overlongUrl_isKeptForTheCoreToAnswer() {
    String huge = "https://x.example/" + "a".repeat(10_000);

    assertThat(finder.fromPlainText(huge + " https://ok.example/"))
        .containsExactly(huge, "https://ok.example/");
  }

  @Test
  void fromPlainText_uppercaseScheme_isFound() {
    assertThat(finder.fromPlainText("HTTPS://News.Example/A"))
        .containsExactly("HTTPS://News.Example/A");
  }
}
