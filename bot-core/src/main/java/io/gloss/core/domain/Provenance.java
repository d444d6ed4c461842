package io.gloss.core.domain;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a glossary entry came from.
 *
 * @param kind the kind of source, which decides precedence
 * @param name a display name: the publisher of the article, the dictionary name, the model name
 * @param url the article the explanation came from, if any
 * @param title the title of that article, if any
 * @param published the publication time of that article, if known
 */
public record Provenance(
    SourceKind kind,
    @Nullable String name,
    @Nullable String url,
    @Nullable String title,
    @Nullable OffsetDateTime published) {

  public Provenance {
    Objects.requireNonNull(kind, "kind");
  }

  public static Provenance of(SourceKind kind) {
    return new Provenance(kind, null, null, null, null);
  }

  public static Provenance articleBox(Article article) {
    return new Provenance(
        SourceKind.ARTICLE_BOX,
        article.site(),
        article.canonicalUrl(),
        article.title(),
        article.published());
  }
}
