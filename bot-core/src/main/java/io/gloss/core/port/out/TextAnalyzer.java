package io.gloss.core.port.out;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;

/** Splits an article into sentences and finds its hard-term candidates. Thread-safe. */
public interface TextAnalyzer {
  AnalyzedArticle analyze(Article article);
}
