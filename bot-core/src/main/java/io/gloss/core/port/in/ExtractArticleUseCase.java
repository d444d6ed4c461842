package io.gloss.core.port.in;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FetchedPage;

/** Fetches and extracts articles without summarizing them ({@code gloss extract}). */
public interface ExtractArticleUseCase {

  Article extract(String url) throws ArticleUnavailableException;

  Article extractPage(FetchedPage page) throws ArticleUnavailableException;
}
