package io.gloss.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as kept in the store.
 *
 * @param article the extracted article (metadata, body paragraphs, glossary box)
 * @param fetchedAt when it was last fetched; the cache fetches it again after a while so that a
 *     changed article is summarized again
 */
public record StoredArticle(Article article, Instant fetchedAt) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }
}
