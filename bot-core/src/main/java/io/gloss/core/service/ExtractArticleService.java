package io.gloss.core.service;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.port.in.ExtractArticleUseCase;
import io.gloss.core.port.out.ArticleExtractor;
import io.gloss.core.port.out.PageFetcher;
import java.util.Objects;

/** Fetch, then extract. */
public final class ExtractArticleService implements ExtractArticleUseCase {
  private final PageFetcher fetcher;
  private final ArticleExtractor extractor;

  public ExtractArticleService(PageFetcher fetcher, ArticleExtractor extractor) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  @Override
  public Article extract(String url) throws ArticleUnavailableException {
    return extractor.extract(fetcher.fetch(url));
  }

  @Override
  public Article extractPage(FetchedPage page) throws ArticleUnavailableException {
    return extractor.extract(page);
  }
}
