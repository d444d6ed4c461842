package io.gloss.core.port.in;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;

/**
 * Summarizes an article that is already extracted (analysis, summary, glossary), without fetching:
 * the part of the pipeline a cache calls on a store hit. Thread-safe.
 */
public interface SummarizeExtractedArticleUseCase {

  SummaryResult.Success summarizeArticle(Article article, SummaryRequest request);
}
