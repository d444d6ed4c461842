package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The chrome filter removes elements whose class names page chrome ("footer", "related"). Some
 * sites wrap the whole article in such a name ("above-footer"): the article body the page names as
 * such must still be read, and a disclosure box left outside the wrapper must not become the
 * article. A body-named element in a list the filter rightly removes brings nothing back.
 */
class ChromeNamedWrapperTest {
  private static final String URL = "https://travel.example.com/news/ferry-route/";

  private static final String DISCLOSURE =
      "<section class='advertiser-disclosure-body'><h3>Advertiser Disclosure</h3>"
          + "<p>Some of the card offers shown on this site come from issuers that pay us when a"
          + " reader applies. That payment may change where and in what order offers appear on a"
          + " page. The site does not list every issuer or every offer on the market today. See"
          + " our policy page for the full details of how we work with advertisers and partners."
          + "</p><p>Editorial note: the views here are the writer's own and were not reviewed or"
          + " approved by any bank, card issuer, airline or hotel group named in them.</p>"
          + "</section>";

  private static final String ARTICLE_PARAGRAPHS =
      "<p><a href='/ferries/'>Northbay Ferries</a> will start a direct route between the two"
          + " island towns on the first of May, the operator said on Monday.</p>"
          + "<p>The crossing will take ninety minutes, about half the time of the current journey"
          + " with a change at the mainland port, and will run twice a day in summer.</p>"
          + "<p>Fares start at <a href='/fares/'>twenty-two dollars</a> one way for a foot"
          + " passenger, with cars charged by length and cyclists carried for free.</p>"
          + "<p>Local business groups had asked for the route for a decade, saying visitors"
          + " skipped the smaller island because of the long trip.</p>"
          + "<p>The operator said it would review the winter timetable in September after"
          + " counting how many people used the route in its first months.</p>";

  private static Article extract(String body) throws Exception {
    String html =
        "<html><head><title>Direct ferry route between the islands starts in May</title></head>"
            + "<body>"
            + body
            + "</body></html>";
    return new JsoupArticleExtractor()
        .extract(new FetchedPage(URL, URL, "text/html", html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void articleBodyInsideAWrapperNamedAboveFooter_isTheArticleNotTheDisclosureBox()
      throws Exception {
    Article article =
        extract(
            "<div class='above-footer'><div class='post-content'><section class='article-content'>"
                + "<h1>Direct ferry route between the islands starts in May</h1>"
                + "<div class='article-body-content'>"
                + ARTICLE_PARAGRAPHS
                + "</div></section></div></div>"
                + DISCLOSURE);

    // The box may follow the article (it sits beside it in the page), but never replaces it.
    assertThat(article.paragraphs().get(0)).startsWith("Northbay Ferries will start");
    assertThat(article.text()).contains("twenty-two dollars", "winter timetable");
  }

  @Test
  void teaserCardsNamedLikeABodyInARelatedList_stayOut() throws Exception {
    StringBuilder teasers = new StringBuilder("<div class='related-posts'>");
    for (int i = 1; i <= 4; i++) {
      teasers
          .append("<div class='entry-content'><a href='/news/")
          .append(i)
          .append("'>Another ferry story number ")
          .append(i)
          .append(" about timetables and fares</a></div>");
    }
    teasers.append("</div>");

    Article article =
        extract(
            "<article><h1>Direct ferry route between the islands starts in May</h1>"
                + ARTICLE_PARAGRAPHS
                + "</article>"
                + teasers);

    assertThat(article.paragraphs()).hasSize(5);
    assertThat(article.text()).doesNotContain("Another ferry story");
  }
}
