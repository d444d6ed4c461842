package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The meta line read from a page's structured data, as publishing systems really write it. */
class MetadataReaderTest {
  private static final String BODY =
      "<article><p>"
          + "The first paragraph of the story gives the reader enough words to count as an article. "
              .repeat(4)
          + "</p><p>"
          + "A second paragraph follows with more of the same plain text about the news of the day. "
              .repeat(4)
          + "</p></article>";

  private static Article extract(String head, String body) throws Exception {
    return extract(head, body, "https://news.example.com/2026/12/07/story");
  }

  private static Article extract(String head, String body, String url) throws Exception {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return new JsoupArticleExtractor()
        .extract(
            new FetchedPage(
                url, url, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void entitiesLeftInJsonLd_areDecoded() throws Exception {
    // WordPress writes entities into JSON-LD, where no HTML parser decodes them.
    Article article =
        extract(
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Strava unveils &#8216;family&#8217; plan &amp; dark mode\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Lindsey O&#8217;Donnell\"}}"
                + "</script>",
            BODY);

    assertThat(article.title()).isEqualTo("Strava unveils ‘family’ plan & dark mode");
    assertThat(article.authors()).containsExactly("Lindsey O’Donnell");
  }

  @Test
  void entitiesEscapedTwiceInMetaTags_areDecodedOnce() throws Exception {
    Article article =
        extract(
            "<meta property='og:title' content='&amp;#039;No AI only&amp;#039;: Google&amp;#x27;s"
                + " search makeover'><meta property='og:site_name' content='Tech &amp;amp; Co'>",
            BODY);

    assertThat(article.title()).isEqualTo("'No AI only': Google's search makeover");
    assertThat(article.site()).isEqualTo("Tech & Co");
  }

  @Test
  void aSiteNameThatIsTheHostsFirstWordInLowerCase_readsAsTheHost() throws Exception {
    String head = "<meta property='og:site_name' content='%s'>";

    assertThat(extract(head.formatted("nj"), BODY, "https://www.nj.com/news/2026/12/x.html").site())
        .isEqualTo("nj.com");
    assertThat(
            extract(head.formatted("Daily Planet"), BODY, "https://dailyplanet.example/x").site())
        .isEqualTo("Daily Planet");
    assertThat(extract(head.formatted("planet"), BODY, "https://news.example.com/x").site())
        .isEqualTo("planet");
    assertThat(
            extract(head.formatted("@harborfacts"), BODY, "https://www.harborfacts.com/x").site())
        .isEqualTo("harborfacts.com");
    assertThat(extract(head.formatted("www.harbor.example"), BODY).site())
        .isEqualTo("harbor.example");
  }

  @Test
  void aPublisherThatIsAServiceLabel_givesWayToTheSiteName() throws Exception {
    Article article =
        extract(
            "<meta property='og:site_name' content='Harbor Herald'><script"
                + " type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Tariffs\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"HH News Service\"}}</script>",
            BODY);

    assertThat(article.site()).isEqualTo("Harbor Herald");
  }

  @Test
  void aCopyrightLineWithAYearRange_namesItsOwner_notAYear() throws Exception {
    String url = "https://blog.example.org/2020/10/cd";

    assertThat(
            extract("", BODY + "<footer><p>Copyleft © 2002-2016 The <a>Blog</a></p></footer>", url)
                .site())
        .isNull();
    assertThat(extract("", BODY + "<footer><p>© 2019–2024 Harbor Times</p></footer>", url).site())
        .isEqualTo("Harbor Times");
    assertThat(
            extract(
                    "",
                    BODY
                        + "<footer><p>© 2020 American College of Physicians. All Rights"
                        + " Reserved.</p></footer>",
                    url)
                .site())
        .isEqualTo("American College of Physicians");
    assertThat(
            extract(
                    "",
                    BODY + "<footer><p>© 2024 THE NIGHT DESK ALL RIGHTS RESERVED</p></footer>",
                    url)
                .site())
        .isEqualTo("THE NIGHT DESK");
    assertThat(extract("", BODY + "<footer><p>© 2024 Harbor Media LLC.</p></footer>", url).site())
        .isEqualTo("Harbor Media");
    assertThat(extract("", BODY + "<footer><p>ⓒ 가상일보 무단전재 및 재배포 금지</p></footer>", url).site())
        .isEqualTo("가상일보");
    assertThat(
            extract(
                    "",
                    BODY + "<footer><p>Harbor Times, 2022 © All Rights Reserved</p></footer>",
                    url)
                .site())
        .isNull();
  }

  @Test
  void anOutletsNamedEdition_isNamedAsSuch_underTheOutletsSiteRule() throws Exception {
    String head = "<meta property='og:site_name' content='연합뉴스'>";

    assertThat(extract(head, BODY, "https://en.yna.co.kr/view/AEN20261207000100315").site())
        .isEqualTo("Yonhap News Agency");
    assertThat(extract(head, BODY, "https://www.yna.co.kr/view/AKR20261207000100001").site())
        .isEqualTo("연합뉴스");
  }

  @Test
  void aSiteNameWrittenAsAnAddress_readsAsItsHost() throws Exception {
    Article article =
        extract("<meta property='og:site_name' content='https://www.pawprints.example/'>", BODY);

    assertThat(article.site()).isEqualTo("pawprints.example");
  }

  @Test
  void aTitleWithoutEntities_andAnAmpersandInText_areLeftAsWritten() throws Exception {
    Article article =
        extract(
            "<meta property='og:title' content='R&amp;D spending &amp; more at AT&amp;T'>", BODY);

    assertThat(article.title()).isEqualTo("R&D spending & more at AT&T");
  }

  @Test
  void everyAuthorTag_isRead_andTheOutletNamedAsAuthorIsSkipped() throws Exception {
    // 한국일보's 2026 layout: the first author tag names the outlet, the next one the reporter.
    Article article =
        extract(
            "<meta property='og:site_name' content='한국일보'><meta name='author' content='한국일보'>"
                + "<meta name='author' content='신현주 기자'>",
            BODY);

    assertThat(article.authors()).containsExactly("신현주");
  }

  @Test
  void severalAuthorTags_giveEveryWriterOnce() throws Exception {
    Article article =
        extract(
            "<meta name='author' content='Lucy Thornton'><meta name='author' content='Tim Hanlon'>"
                + "<meta property='article:author' content='Lucy Thornton'>",
            BODY);

    assertThat(article.authors()).containsExactly("Lucy Thornton", "Tim Hanlon");
  }

  @Test
  void aPageThatNamesItsSiteOnlyInTheHeadTitle_getsThatName() throws Exception {
    Article article =
        extract(
            "<title>Harbor council approves ferry budget &#8211; Coastal Information"
                + " Service</title>",
            "<h1>Harbor council approves ferry budget</h1>" + BODY);
    Article withSiteName =
        extract(
            "<meta property='og:site_name' content='Island Ledger'><title>Harbor council approves"
                + " ferry budget | Coastal Information Service</title>",
            "<h1>Harbor council approves ferry budget</h1>" + BODY);

    assertThat(article.site()).isEqualTo("Coastal Information Service");
    assertThat(article.title()).isEqualTo("Harbor council approves ferry budget");
    assertThat(withSiteName.site()).isEqualTo("Island Ledger");
  }

  @Test
  void aPlaceholderAuthor_isNoAuthor() throws Exception {
    Article article = extract("<meta name='author' content='No Author'>", BODY);

    assertThat(article.authors()).isEmpty();
  }

  @Test
  void aBylineRunIntoTheFirstParagraph_givesTheAuthor_andLeavesTheText() throws Exception {
    Article article =
        extract(
            "",
            "<article><p>By Marisol Quaye: The harbor council cannot ignore the risk of another"
                + " winter of cancelled ferries, its chair warned on Monday.</p>"
                + BODY.substring("<article>".length()));

    assertThat(article.authors()).containsExactly("Marisol Quaye");
    assertThat(article.paragraphs().get(0)).startsWith("The harbor council cannot ignore");
  }

  @Test
  void aTaglineInTheSiteName_isLeftOut() throws Exception {
    String head = "<meta property='og:site_name' content='%s'>";

    assertThat(extract(head.formatted("KHBR 9News | Harbor News, Weather, Sports"), BODY).site())
        .isEqualTo("KHBR 9News");
    assertThat(extract(head.formatted("Ledger Online - Latest News &amp; Headlines"), BODY).site())
        .isEqualTo("Ledger Online");
    assertThat(
            extract(head.formatted("Harbor News and Opinion on www.harbornews.example"), BODY)
                .site())
        .isEqualTo("Harbor News and Opinion");
    assertThat(extract(head.formatted("Nine - News"), BODY).site()).isEqualTo("Nine - News");
    // The headline loses the whole site name the page wrote after it, not only the shown part.
    assertThat(
            extract(
                    head.formatted("Ledger Online - Latest News &amp; Headlines")
                        + "<title>Ferry fares rise again - Ledger Online - Latest News &amp;"
                        + " Headlines</title>",
                    BODY)
                .title())
        .isEqualTo("Ferry fares rise again");
  }

  @Test
  void aHeadlineEndingInTheOutletNameTheHostSpells_losesIt_andTheNameIsShown() throws Exception {
    Article article =
        extract(
            "<meta property='og:site_name' content='harborstampa.example'><meta"
                + " property='og:title' content='Ferry fares rise again in the north - Harbor"
                + " Stampa'>",
            BODY,
            "https://www.harborstampa.example/2026/12/07/fares");

    assertThat(article.title()).isEqualTo("Ferry fares rise again in the north");
    assertThat(article.site()).isEqualTo("Harbor Stampa");
  }

  @Test
  void theOutletsNameOpeningTheFirstParagraph_isNoPartOfTheText() throws Exception {
    Article article =
        extract(
            "<meta property='og:site_name' content='Island Ledger'>",
            "<article><p>December 7, 2026</p><p>Island Ledger – Police investigators in the harbor"
                + " district are trying"
                + " to find out who cut the ferry's mooring lines on Tuesday night.</p>"
                + BODY.substring("<article>".length()));

    assertThat(article.paragraphs()).anyMatch(p -> p.startsWith("Police investigators"));
    assertThat(article.paragraphs()).noneMatch(p -> p.startsWith("Island Ledger"));
  }

  @Test
  void aLinksAccessibilityLabelInTheText_isLeftOut() throws Exception {
    Article article =
        extract(
            "",
            "<article><p>The report<a href='https://example.org/r'>, opens new tab</a> by the harbor"
                + " institute found that the ferry's engine had failed twice before the"
                + " accident.</p>"
                + BODY.substring("<article>".length()));

    assertThat(article.paragraphs().get(0))
        .startsWith("The report by the harbor institute")
        .doesNotContain("opens new tab");
  }
}
