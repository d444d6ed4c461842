package io.gloss.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * An article split into sentences, with its hard-term candidates: the input of every summarizer.
 *
 * @param article the extracted article
 * @param sentences body sentences in order; {@link Sentence#id()} is the index in this list
 * @param hardTerms hard-term candidates, best first
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<String> hardTerms) {
  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    hardTerms = List.copyOf(hardTerms);
  }
}
