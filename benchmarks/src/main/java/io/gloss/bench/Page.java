package io.gloss.bench;

import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.fetch.PageDecoder;

/**
 * One benchmark page, prepared once so that no measurement pays for reading or decompressing it.
 *
 * @param set the page set ({@code zyte}, {@code ko})
 * @param id the page's name in its set
 * @param fetched the bytes as {@code gloss extract FILE --url URL} hands them to the extractor (no
 *     content type: a saved file has none)
 * @param html the text decoded with the charset Gloss picks, for the tools that take a string (the
 *     jsoup floor, readability4j): they measure parsing, not decoding
 * @param request the request of {@code gloss summarize FILE --url URL}
 */
record Page(String set, String id, FetchedPage fetched, String html, SummaryRequest request) {

  static Page of(String set, String id, String url, byte[] body) {
    FetchedPage fetched = new FetchedPage(url, url, null, body);
    String html = new String(body, PageDecoder.charsetOf(fetched));
    if (html.startsWith("\uFEFF")) {
      html = html.substring(1);
    }
    return new Page(set, id, fetched, html, SummaryRequest.of(url));
  }

  String url() {
    return fetched.finalUrl();
  }
}
