package io.gloss.core.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkSchemeTest {

  @Test
  void displayUrl_fetchedOverHttp_keepsHttp() {
    assertThat(
            LinkScheme.displayUrl(
                "http://news.intranet.example/a/1", "https://news.intranet.example/a/1", null))
        .isEqualTo("http://news.intranet.example/a/1");
  }

  @Test
  void displayUrl_pageDeclaresHttpsCanonical_usesHttps() {
    assertThat(
            LinkScheme.displayUrl(
                "http://news.example/a/1", "https://news.example/a/1", "https://news.example/a/1"))
        .isEqualTo("https://news.example/a/1");
  }

  @Test
  void displayUrl_fetchedOverHttps_unchanged() {
    assertThat(LinkScheme.displayUrl("https://n.example/a", "https://n.example/a", null))
        .isEqualTo("https://n.example/a");
  }

  @Test
  void canonicalOf_httpLink_mapsBackToTheCanonicalUrl() {
    assertThat(LinkScheme.canonicalOf("http://news.intranet.example/a/1"))
        .isEqualTo("https://news.intranet.example/a/1");
  }
}
