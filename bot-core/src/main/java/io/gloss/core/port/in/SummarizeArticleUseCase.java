package io.gloss.core.port.in;

import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;

/** Summarizes a shared article. Thread-safe; never throws for bad input or unreachable pages. */
public interface SummarizeArticleUseCase {

  /** Fetches (or finds in the cache) and summarizes the article at {@code request.url()}. */
  SummaryResult summarize(SummaryRequest request);

  /**
   * Summarizes a page that is already at hand, e.g. a local file saved from {@code
   * page.finalUrl()}.
   */
  SummaryResult summarizePage(FetchedPage page, SummaryRequest request);
}
