package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SelectorListTest {

  @Test
  void alternatives_splitAtTopLevelCommasOnly() {
    assertThat(SelectorList.alternatives("h3#body, h1.title ,.title_cr"))
        .containsExactly("h3#body", "h1.title", ".title_cr");
    assertThat(
            SelectorList.alternatives("div[data-x='a,b'], p:has(> span, em), a[title=\"x, y\"], ,"))
        .containsExactly("div[data-x='a,b']", "p:has(> span, em)", "a[title=\"x, y\"]");
  }

  @Test
  void firstByPreference_takesTheEarlierSelector_notTheEarlierElement() {
    Document doc =
        Jsoup.parse(
            "<div class=title_cr><h1 class=title>Headline</h1><span>Reporter · Share</span></div>"
                + "<h2 class=sub>Subtitle</h2>");

    Element byPreference = SelectorList.firstByPreference(doc, "h1.title, .title_cr");
    // jsoup's own selectFirst gives the wrapper: it comes first in the page.
    assertThat(doc.selectFirst("h1.title, .title_cr").text()).contains("Share");
    assertThat(byPreference).isNotNull();
    assertThat(byPreference.text()).isEqualTo("Headline");
    assertThat(SelectorList.firstByPreference(doc, "h4.none, h2.sub").text()).isEqualTo("Subtitle");
    assertThat(SelectorList.firstByPreference(doc, "h4.none, .missing")).isNull();
  }
}
