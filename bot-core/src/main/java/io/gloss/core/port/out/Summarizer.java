package io.gloss.core.port.out;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryDraft;
import io.gloss.core.domain.SummaryStyle;

/** Writes the bullets of a summary: extractive offline, or with a language model. Thread-safe. */
public interface Summarizer {

  /**
   * Summarizes an analyzed article.
   *
   * @param article the article with its sentences
   * @param style the style asked for
   * @param language the language the bullets should be in (ISO 639-1)
   * @param origin who asks (for per-workspace budgets); never sent to a model
   * @return the draft; an LLM summarizer that fails returns the extractive draft with a note rather
   *     than throwing
   */
  SummaryDraft summarize(
      AnalyzedArticle article, SummaryStyle style, String language, RequestOrigin origin);
}
