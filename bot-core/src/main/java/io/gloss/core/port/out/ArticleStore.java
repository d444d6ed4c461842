package io.gloss.core.port.out;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.StoredArticle;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryStyle;
import java.time.Instant;
import java.util.Optional;

/**
 * Articles and their summaries, the second level behind the in-memory cache: after a restart a
 * known article is answered without fetching. Shared by every instance. Thread-safe.
 *
 * <p>A summary is one variant of one version of an article: canonical URL + content hash + style +
 * language + engine (how it was made, e.g. {@code extractive} or {@code llm:gpt-4o-mini}).
 */
public interface ArticleStore {

  /** Longest URL the store keeps; longer ones are not stored (callers skip them). */
  int MAX_URL_LENGTH = 2048;

  /**
   * Adds or replaces the article under its canonical URL; a new content hash replaces the old
   * version. Two instances saving the same article at once leave one row and no error.
   */
  void saveArticle(Article article, Instant fetchedAt);

  /**
   * Remembers that {@code url} (e.g. a canonicalized pasted URL that redirected) leads to the
   * article stored under {@code canonicalUrl}.
   */
  void linkUrl(String url, String canonicalUrl);

  /** The article stored under this canonical URL, or under a URL linked to it. */
  Optional<StoredArticle> findArticle(String url);

  /** Adds or replaces a summary variant; keyed by {@code summary.url()} and its content hash. */
  void saveSummary(Summary summary, String engine, Instant createdAt);

  /** The stored summary of this variant of this version of the article, if any. */
  Optional<Summary> findSummary(
      String canonicalUrl, String contentHash, SummaryStyle style, String language, String engine);
}
