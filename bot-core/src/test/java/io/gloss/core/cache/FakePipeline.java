package io.gloss.core.cache;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.FailureReason;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.Sentence;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.SummaryDraft;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.port.out.ArticleExtractor;
import io.gloss.core.port.out.PageFetcher;
import io.gloss.core.port.out.Summarizer;
import io.gloss.core.service.ExtractArticleService;
import io.gloss.core.service.SummarizeArticleService;
import io.gloss.core.url.UrlCanonicalizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real services ({@link ExtractArticleService}, {@link SummarizeArticleService}) over a
 * counting fake news site: pages are plain text (first line the title, then paragraphs separated by
 * blank lines), the summarizer picks the first sentence and counts its calls.
 */
final class FakePipeline {
  final Map<String, String> pages = new ConcurrentHashMap<>();
  final AtomicInteger fetches = new AtomicInteger();
  final AtomicInteger summaries = new AtomicInteger();

  /** The notes the summarizer attaches to its drafts (e.g. a provisional LLM fallback). */
  volatile List<io.gloss.core.domain.Note> notes = List.of();

  volatile CountDownLatch fetchGate = new CountDownLatch(0);

  /** When set, every fetch fails with this reason (a site that is down, slow, or refuses). */
  volatile @org.jspecify.annotations.Nullable FailureReason failWith;

  final PageFetcher fetcher =
      url -> {
        fetches.incrementAndGet();
        try {
          if (!fetchGate.await(10, TimeUnit.SECONDS)) {
            throw new ArticleUnavailableException(FailureReason.FETCH_TIMEOUT, "gate");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ArticleUnavailableException(FailureReason.FETCH_TIMEOUT, "interrupted");
        }
        FailureReason failure = failWith;
        if (failure != null) {
          throw new ArticleUnavailableException(failure, "failing with " + failure.code());
        }
        // Like a real site: the scheme and host are case-insensitive.
        String text = pages.get(new UrlCanonicalizer().canonicalize(url));
        if (text == null) {
          throw new ArticleUnavailableException(FailureReason.NOT_FOUND, "HTTP 404 for " + url);
        }
        return new FetchedPage(
            url, url, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
      };

  final ArticleExtractor extractor =
      page -> {
        String text = new String(page.body(), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>(Arrays.asList(text.split("\n\n")));
        String title = blocks.remove(0);
        String canonical = new UrlCanonicalizer().canonicalize(page.finalUrl());
        GlossaryEntry box =
            new GlossaryEntry(
                "소버린AI",
                List.of(),
                "자국 인프라로 운영하는 AI.",
                "ko",
                new Provenance(SourceKind.ARTICLE_BOX, "가상일보", canonical, title, null));
        return new Article(
            page.finalUrl(),
            canonical,
            null,
            title,
            "가상일보",
            List.of(),
            null,
            null,
            "ko",
            null,
            null,
            blocks,
            List.of(box));
      };

  final Summarizer summarizer =
      (article, style, language, origin) -> {
        summaries.incrementAndGet();
        Sentence first = article.sentences().get(0);
        return new SummaryDraft(
            List.of(new Bullet(first.text(), List.of(first.id()))),
            SummaryMode.EXTRACTIVE,
            null,
            List.of(),
            notes);
      };

  final ExtractArticleService extract = new ExtractArticleService(fetcher, extractor);

  final SummarizeArticleService service =
      new SummarizeArticleService(
          extract,
          article -> {
            List<Sentence> sentences = new ArrayList<>();
            for (int i = 0; i < article.paragraphs().size(); i++) {
              sentences.add(new Sentence(i, i, article.paragraphs().get(i)));
            }
            return new AnalyzedArticle(article, sentences, List.of());
          },
          summarizer,
          (analyzed, ai) -> analyzed.article().glossary());
}
