package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenericBylineTest {
  /** The selector the walk replaces: the walk must find what it finds, in the same order. */
  private static final String SELECTOR =
      "[itemprop=author] [itemprop=name], [rel=author], .byline__name, .byline-name,"
          + " [data-testid*=byline] [class*=name], [class*=byline] [class*=name],"
          + " [class*=author-name], [class*=AuthorName], [class*=byline] a, .byline";

  @Test
  void texts_ofACommonBylineBlock_areTheNameAndTheLink() {
    Document doc =
        Jsoup.parse(
            "<article><div class='article-byline'><span class='reporter-name'>Mina Park</span>"
                + " <a href='/staff/jo'>Jo Lee</a></div><p>Body text.</p></article>");

    assertThat(GenericByline.texts(doc, 5)).containsExactly("Mina Park", "Jo Lee");
  }

  @Test
  void texts_leaveOutLinksThatNameANetwork_butKeepANameLinkedToItsProfile() {
    // jsoup joins inline elements without a space: "Sarah LazareTwitter" was shown as the author.
    Document doc =
        Jsoup.parse(
            "<h2 class='author-name'><a class='author' href='/authors/sarah-lazare/'>Sarah"
                + " Lazare</a><a class='author-twitter' href='https://twitter.com/sarahlazare'>"
                + "<span>Twitter</span></a></h2><div class='byline'><a"
                + " href='https://x.com/jdoe'>Jane Doe</a> <a href='mailto:jd@example.com'>Email</a>"
                + " <a href='https://www.instagram.com/jdoe'>@jdoe</a></div>");

    assertThat(GenericByline.texts(doc, 5)).containsExactly("Sarah Lazare", "Jane Doe", "Jane Doe");
  }

  @Test
  void texts_stopAtTheLimit() {
    StringBuilder html = new StringBuilder("<div class='byline'>");
    for (int i = 0; i < 8; i++) {
      html.append("<a href='/a").append(i).append("'>Writer ").append(i).append("</a>");
    }
    Document doc = Jsoup.parse(html.append("</div>").toString());

    assertThat(GenericByline.texts(doc, 3)).containsExactly(doc.text(), "Writer 0", "Writer 1");
  }

  @Test
  void texts_leaveOutTheBylinesOfReadersComments() {
    Document doc =
        Jsoup.parse(
            "<ul class='comments-list'><li class='comment'><div class='byline'><div class='avatar'>"
                + "J</div><a href='/u/9'>Jay</a></div><p>First!</p></li></ul>"
                + "<div id='disqus_thread'><span class='author-name'>Troll</span></div>"
                + "<section class='commentary-head'><div class='byline'>Ana Ruiz</div></section>");

    assertThat(GenericByline.texts(doc, 5)).containsExactly("Ana Ruiz");
  }

  @Test
  void texts_ofAPageWithoutByline_areEmpty() {
    Document doc =
        Jsoup.parse("<main><h1>Title</h1><p class='name'>Not a byline</p><a>link</a></main>");

    assertThat(GenericByline.texts(doc, 5)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<div itemprop='author' itemscope><span itemprop='name'>Ana Ruiz</span></div>"
            + "<span itemprop='name'>Product name</span>",
        "<p>By <a rel='author' href='/u/1'>Sam Cole</a> and <a rel=' AUTHOR '>Kai Dunn</a></p>",
        "<div class='byline__name'>One</div><div class='Byline-Name'>Two</div>",
        "<div data-testid='article-byline'><b class='authorName'>Lee</b><i class='x'>no</i></div>",
        "<span class='story-author-name'>Han Yoo</span><span class='AuthorName'>Bo Kim</span>",
        "<div class='byline'><div class='inner'><a href='#'>Deep link</a></div></div>"
            + "<a href='#'>Outside</a><div class='bylines'></div>",
        "<section class='Byline'><span class='first-name'>Ida</span></section><p>after</p>",
        "<div class='byline'> </div><div class='byline'>Kept</div>",
        "<div class='byline'><div class='byline'><a>Nested</a></div></div><a>after</a>",
      })
  void texts_matchTheSelectorTheyReplace(String body) {
    Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");

    assertThat(GenericByline.texts(doc, 5)).isNotEmpty().isEqualTo(bySelector(doc, 5));
  }

  private static List<String> bySelector(Document doc, int max) {
    List<String> values = new ArrayList<>();
    for (Element element : doc.select(SELECTOR)) {
      String text = element.text().strip();
      if (!text.isEmpty() && values.size() < max) {
        values.add(text);
      }
    }
    return values;
  }
}
