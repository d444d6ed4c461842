package io.gloss.config;

import io.gloss.config.settings.Settings;
import io.gloss.core.extract.BoundedArticleExtractor;
import io.gloss.core.fetch.SafeFetcher;
import io.gloss.core.port.in.ExtractArticleUseCase;
import io.gloss.core.service.ExtractArticleService;

/**
 * Fetching and extraction, the one place they are built: {@link Wiring#build} puts the rest of the
 * application on top, {@code gloss extract} uses them alone, so that a one-shot extraction or a
 * batch loads no store, text analysis or summarizer.
 */
public record PageExtraction(
    ExtractArticleUseCase pages, SafeFetcher fetcher, BoundedArticleExtractor extractor)
    implements AutoCloseable {

  public static PageExtraction of(Settings settings) {
    SafeFetcher fetcher = new SafeFetcher(Wiring.fetchSettings(settings));
    BoundedArticleExtractor extractor = Wiring.boundedExtractor(settings);
    return new PageExtraction(new ExtractArticleService(fetcher, extractor), fetcher, extractor);
  }

  @Override
  public void close() {
    extractor.close();
    fetcher.close();
  }
}
