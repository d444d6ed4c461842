package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page scan collects the same elements the selectors it replaced would select. */
class PageScanTest {
  private static final String PAGE =
      """
      <html><head>
      <META property="og:title" content="A title">
      <link rel="stylesheet" href="/a.css">
      <link rel=" canonical" href="https://example.com/news/0">
      <LINK REL="Canonical" href="https://example.com/news/1">
      <link rel="canonical" href="https://example.com/news/2">
      <script type="text/javascript">var a = 1;</script>
      <script type="Application/LD+JSON">{"@type": "NewsArticle"}</script>
      <script type=" application/ld+json ">{"@type": "Thing"}</script>
      </head><body>
      <p>Body text ⓒ Example News</p>
      <meta itemprop="datePublished" content="2026-01-02">
      <script type="application/ld+json">{"@type": "Person"}</script>
      <script>var b = 2;</script>
      <p>No sign here</p>
      <form action="/search"><input name="q"></form>
      </body></html>
      """;

  private final Deadline deadline = new Deadline(Clock.systemUTC(), Duration.ofMinutes(1));

  @Test
  void collectsWhatTheMetadataSelectorsSelect_inDocumentOrder() {
    Document doc = Jsoup.parse(PAGE);

    PageScan scan = PageScan.of(doc, 10_000, deadline);

    assertThat(scan.metaTags()).containsExactlyElementsOf(doc.select("meta"));
    assertThat(scan.metaTags()).hasSize(2);
    assertThat(scan.jsonLdScripts())
        .containsExactlyElementsOf(doc.select("script[type=application/ld+json]"));
    assertThat(scan.jsonLdScripts()).hasSize(2);
    assertThat(scan.forms()).containsExactlyElementsOf(doc.select("form")).hasSize(1);
    assertThat(scan.canonicalLink()).isSameAs(doc.selectFirst("link[rel=canonical]"));
    assertThat(scan.canonicalLink().attr("href")).isEqualTo("https://example.com/news/1");
    assertThat(scan.copyrightElements())
        .extracting(e -> e.text())
        .containsExactly("Body text ⓒ Example News");
  }

  @Test
  void pageWithoutCanonicalLink_hasNone() {
    PageScan scan =
        PageScan.of(Jsoup.parse("<link rel=alternate href=/x><p>text</p>"), 10_000, deadline);

    assertThat(scan.canonicalLink()).isNull();
    assertThat(scan.jsonLdScripts()).isEmpty();
  }

  @Test
  void countsElementsAndStopsPastTheLimit() {
    PageScan scan = PageScan.of(Jsoup.parse("<div><p>a</p><p>b</p><p>c</p></div>"), 3, deadline);

    assertThat(scan.elements()).isGreaterThan(3);
  }
}
