package io.gloss.config.ops;

import io.gloss.core.cache.CachingSummarizeArticleUseCase;
import io.gloss.core.llm.LlmClient;
import io.gloss.core.port.out.ArticleExtractor;
import io.gloss.core.port.out.PageFetcher;

/**
 * What the wiring lets the metrics see: ports to wrap with timers and components whose counters to
 * read. {@link #NONE} leaves everything as it is (one-shot commands).
 */
public interface Instruments {
  Instruments NONE = new Instruments() {};

  default PageFetcher fetcher(PageFetcher fetcher) {
    return fetcher;
  }

  default ArticleExtractor extractor(ArticleExtractor extractor) {
    return extractor;
  }

  default void cache(CachingSummarizeArticleUseCase cache) {}

  default void llm(LlmClient client) {}
}
