package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A short blog post (an open thread, a notice) is read again without the chrome filter, in case
 * class names misled it. The comment thread under the post is no article either way: the second
 * reading must not take it because it holds more text.
 */
class ShortPostWithCommentsTest {
  private static final String URL = "https://blog.example.org/2026/11/december-open-thread/";

  private static final String POST =
      "<p>Each quarter we open a thread where readers can ask us anything about our research or"
          + " our grants in the comments below. You can also write to us by email if you would"
          + " rather talk in private.</p><p>We will answer every question within a week.</p>";

  @Test
  void shortPostWithALongCommentThread_isThePostAlone() throws Exception {
    StringBuilder comments =
        new StringBuilder("<div id='comments' class='comments-area post-comments'><ul>");
    for (int i = 1; i <= 8; i++) {
      comments
          .append("<li class='comment even depth-1' id='comment-")
          .append(i)
          .append("'><div class='comment-body'><div class='comment-author'><strong>Reader ")
          .append(i)
          .append("</strong> said:</div><p>Thank you for the thread. My question number ")
          .append(i)
          .append(" is about how you compare programmes that work in very different places,")
          .append(" and whether the costs you publish include the time staff spend on visits.")
          .append(" I read the last report twice and still could not find the answer.</p>")
          .append("</div></li>");
    }
    comments.append("</ul></div>");
    String html =
        "<html><head><title>December open thread</title></head><body>"
            + "<div class='site-header'>The Example Blog</div>"
            + "<article class='post type-post hentry'><h1 class='entry-title'>December open"
            + " thread</h1><div class='entry-content'>"
            + POST
            + "</div></article>"
            + comments
            + "</body></html>";

    Article article =
        new JsoupArticleExtractor()
            .extract(new FetchedPage(URL, URL, "text/html", html.getBytes(StandardCharsets.UTF_8)));

    assertThat(article.text()).contains("open a thread", "within a week");
    assertThat(article.text()).doesNotContain("My question number", "Reader 3");
  }
}
