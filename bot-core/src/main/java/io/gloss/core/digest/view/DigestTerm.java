package io.gloss.core.digest.view;

import io.gloss.core.domain.SourceKind;
import java.util.Objects;

/**
 * A term of the day: first seen in this period's articles.
 *
 * @param term the term
 * @param explanation its plain explanation
 * @param kind where the explanation came from (shown as a badge)
 */
public record DigestTerm(String term, String explanation, SourceKind kind) {
  public DigestTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(kind, "kind");
  }
}
