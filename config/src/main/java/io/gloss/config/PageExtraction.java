package io.gloss.config;

import io.gloss.config.settings.Settings;
import io.gloss.core.extract.BoundedArticleExtractor;
import io.gloss.core.fetch.SafeFetcher;
import io.gloss.core.port.in.ExtractArticleUseCase;
import io.gloss.core.service.ExtractArticleService;

/**
 * Fetching and extraction alone, wired as in {@link Wiring#build} (same fetch settings, same
 * bounded page reader) but without the store, the text analysis or the summarizers: what {@code
 * gloss extract} uses, so that a one-shot extraction or a batch loads nothing else.
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
