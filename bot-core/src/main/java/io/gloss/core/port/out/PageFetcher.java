package io.gloss.core.port.out;

import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FetchedPage;

/**
 * Fetches a user-supplied URL safely: only public addresses, bounded size and time, HTML only.
 * Implementations are thread-safe.
 */
public interface PageFetcher {

  /**
   * Fetches the page.
   *
   * @param url an absolute http(s) URL as pasted by a user
   * @return the page bytes, decompressed
   * @throws ArticleUnavailableException with {@code FORBIDDEN_ADDRESS}, {@code INVALID_URL}, {@code
   *     FETCH_TIMEOUT}, {@code TOO_LARGE}, {@code NOT_HTML}, {@code NOT_FOUND}, ... when the page
   *     cannot or must not be fetched
   */
  FetchedPage fetch(String url) throws ArticleUnavailableException;
}
