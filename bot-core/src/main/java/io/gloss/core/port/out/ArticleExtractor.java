package io.gloss.core.port.out;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FetchedPage;

/**
 * Turns a page into an article: decoding, metadata, clean body paragraphs and the glossary box.
 * Bounded in time and memory whatever the page. Implementations are thread-safe.
 */
public interface ArticleExtractor {

  /**
   * Extracts the article of a page.
   *
   * @throws ArticleUnavailableException with {@code NOT_HTML}, {@code TOO_LITTLE_TEXT}, {@code
   *     PAYWALL}, {@code LOGIN_WALL}, {@code VIDEO_ONLY} or {@code EXTRACTION_FAILED} when the page
   *     is not an article that can be summarized
   */
  Article extract(FetchedPage page) throws ArticleUnavailableException;
}
