package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosingPromosTest {
  private static final String STORY_1 =
      "The harbour authority approved the new ferry terminal on Tuesday after a two-year review.";
  private static final String STORY_2 =
      "Work is due to start in the spring, and the first sailings are planned for late next year.";

  @Test
  void theOutletsLinesAfterTheStory_areCut() {
    List<List<String>> closings =
        List.of(
            List.of("Share this article in your social network"),
            List.of("For more local stories, sign up for our free morning newsletter."),
            List.of("Get the latest updates right in your inbox. Subscribe to our newsletters."),
            List.of("Follow us on Twitter @HarbourDaily and on Facebook."),
            List.of("Follow The Harbour Times on Instagram @harbourtimes."),
            List.of(
                "Citation: New ferry terminal approved (2026, March 3) retrieved 4 March 2026 from"
                    + " https://news.example.com/ferry.html",
                "This document is subject to copyright. No part may be reproduced without written"
                    + " permission."),
            List.of("Explore further"),
            List.of("This article was originally published by Harbour Weekly. Read the original."),
            List.of("If you're on the Harbour News app, click here to watch live"));
    for (List<String> closing : closings) {
      List<String> page = new java.util.ArrayList<>(List.of(STORY_1, STORY_2));
      page.addAll(closing);

      assertThat(ClosingPromos.trim(page)).as("%s", closing).containsExactly(STORY_1, STORY_2);
    }
  }

  @Test
  void theSameWordsInsideTheStory_stay() {
    String quote =
        "\"We told every member to sign up for the union newsletter,\" the organiser said.";
    String followUp = "Follow us on Twitter for updates, the council wrote after the vote.";
    String longParagraph =
        STORY_1
            + " "
            + STORY_2
            + " "
            + STORY_1
            + " "
            + STORY_2
            + " Readers can follow us on"
            + " Twitter, the port's spokesman said, but the board's minutes are the record.";

    // Mid-story, a promo-like line is the story's; so is a long last paragraph.
    assertThat(ClosingPromos.trim(List.of(STORY_1, followUp, STORY_2)))
        .containsExactly(STORY_1, followUp, STORY_2);
    assertThat(ClosingPromos.trim(List.of(STORY_1, longParagraph)))
        .containsExactly(STORY_1, longParagraph);
    // A last paragraph that only quotes the words is not a plug.
    assertThat(ClosingPromos.trim(List.of(STORY_1, quote))).containsExactly(STORY_1, quote);
    // The first paragraph is never cut, even when it reads like one.
    assertThat(ClosingPromos.trim(List.of("Share this article in your social network"))).hasSize(1);
  }

  @Test
  void theExtractor_leavesAScienceSitesReprintNoticeOut_andReadsTheStory() throws Exception {
    String story =
        "<p>"
            + STORY_1
            + " The harbour board voted seven to two in favour of the plan.</p>"
            + "<p>"
            + STORY_2
            + " Ticket prices will be set by the operator next autumn.</p>"
            + "<p>Local shops expect more visitors once the ferries run every hour in summer.</p>";
    String html =
        "<html lang=en><head><title>Ferry terminal approved</title></head><body><article>"
            + "<h1>Ferry terminal approved</h1>"
            + story
            + "<p>Explore further</p>"
            + "<p>Citation: Ferry terminal approved (2026, March 3) retrieved 4 March 2026 from"
            + " https://news.example.com/ferry.html</p>"
            + "<p>This document is subject to copyright. Apart from any fair dealing for the"
            + " purpose of private study or research, no part may be reproduced without the"
            + " written permission.</p></article></body></html>";
    String url = "https://news.example.com/ferry.html";

    Article article =
        new JsoupArticleExtractor()
            .extract(new FetchedPage(url, url, null, html.getBytes(StandardCharsets.UTF_8)));

    assertThat(article.paragraphs()).hasSize(3);
    assertThat(article.text())
        .endsWith("every hour in summer.")
        .doesNotContain("fair dealing")
        .doesNotContain("Citation");
  }
}
