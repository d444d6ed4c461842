package io.gloss.core.service;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryDraft;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.port.in.ExtractArticleUseCase;
import io.gloss.core.port.in.SummarizeArticleUseCase;
import io.gloss.core.port.in.SummarizeExtractedArticleUseCase;
import io.gloss.core.port.out.Summarizer;
import io.gloss.core.port.out.TermExplainer;
import io.gloss.core.port.out.TextAnalyzer;
import io.gloss.core.url.LinkScheme;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline behind every reply: fetch and extract, analyze, summarize, explain terms. Expected
 * failures come back as {@link SummaryResult.Failure}; caching is a decorator around this class.
 */
public final class SummarizeArticleService
    implements SummarizeArticleUseCase, SummarizeExtractedArticleUseCase {
  private static final Logger log = LoggerFactory.getLogger(SummarizeArticleService.class);

  private final ExtractArticleUseCase articles;
  private final TextAnalyzer analyzer;
  private final Summarizer summarizer;
  private final TermExplainer explainer;

  public SummarizeArticleService(
      ExtractArticleUseCase articles,
      TextAnalyzer analyzer,
      Summarizer summarizer,
      TermExplainer explainer) {
    this.articles = Objects.requireNonNull(articles, "articles");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    this.explainer = Objects.requireNonNull(explainer, "explainer");
  }

  @Override
  public SummaryResult summarize(SummaryRequest request) {
    try {
      return summarizeArticle(articles.extract(request.url()), request);
    } catch (ArticleUnavailableException e) {
      log.info("No summary for {}: {} ({})", request.url(), e.reason().code(), e.detail());
      return new SummaryResult.Failure(request.url(), e.reason(), e.detail());
    }
  }

  @Override
  public SummaryResult summarizePage(FetchedPage page, SummaryRequest request) {
    try {
      return summarizeArticle(articles.extractPage(page), request);
    } catch (ArticleUnavailableException e) {
      log.info("No summary for {}: {} ({})", page.finalUrl(), e.reason().code(), e.detail());
      return new SummaryResult.Failure(request.url(), e.reason(), e.detail());
    }
  }

  /** Summarizes an article that is already extracted (used by the cache on a store hit, too). */
  @Override
  public SummaryResult.Success summarizeArticle(Article article, SummaryRequest request) {
    AnalyzedArticle analyzed = analyzer.analyze(article);
    String language = request.language() != null ? request.language() : article.language();
    SummaryDraft draft =
        summarizer.summarize(analyzed, request.style(), language, request.origin());
    List<GlossaryEntry> glossary = explainer.explain(analyzed, draft.explanations());
    Summary summary =
        new Summary(
            LinkScheme.displayUrl(
                article.url(), article.canonicalUrl(), article.pageCanonicalUrl()),
            article.title(),
            article.site(),
            article.published(),
            article.authors(),
            article.readingMinutes(),
            language,
            request.style(),
            draft.mode(),
            draft.model(),
            draft.bullets(),
            glossary,
            draft.notes(),
            article.contentHash());
    return new SummaryResult.Success(summary, false);
  }
}
