package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A paragraph that is mostly a link is a teaser for another story and is dropped. A sentence of the
 * story that links its own last words is not: it opens in plain words and ends as a sentence does.
 */
class LinkedSentencesTest {
  private static final String URL = "https://local.example.com/news/ferry-rescue-12345.html";

  @Test
  void sentenceLinkingItsLastWords_staysAndTeasersGo() throws Exception {
    String html =
        "<html><head><title>Crew rescues two from capsized ferry</title></head><body><article>"
            + "<h1>Crew rescues two from capsized ferry</h1>"
            + "<p>A lifeboat crew pulled two people from the water after a small ferry capsized"
            + " near the harbour mouth on Sunday evening, the coastguard said.</p>"
            + "<p>The ferry's owner was fined last year and <a href='/news/owner-fined-11111.html'>"
            + "ordered to replace its oldest lifejackets within a month</a>.</p>"
            + "<p><a href='/news/storm-22222.html'>Storm warning issued for the whole coast"
            + " tonight</a></p>"
            + "<p>Related: read this story from our archive on <a href='/news/harbour-33333.html'>"
            + "Harbour to get a new lifeboat station next spring after years of delay</a>.</p>"
            + "<p>Try refreshing your browser, or <a href='/video/'>"
            + "tap here to see other videos from our team</a>.</p>"
            + "<p>Both passengers were taken to hospital as a precaution and were said to be in good"
            + " spirits, and the crossing will stay closed until inspectors have seen the boat.</p>"
            + "</article></body></html>";

    Article article =
        new JsoupArticleExtractor()
            .extract(new FetchedPage(URL, URL, "text/html", html.getBytes(StandardCharsets.UTF_8)));

    assertThat(article.text())
        .contains("ordered to replace its oldest lifejackets within a month")
        .doesNotContain("Storm warning issued", "new lifeboat station", "tap here");
  }
}
