package io.gloss.core.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of the summary cache.
 *
 * @param maximumSize most summaries (and failures) kept in memory
 * @param successTtl how long a summary stays in memory
 * @param failureTtl how long a failure (or a fallback summary) stays in memory: short, so a broken
 *     URL is not hammered but is tried again soon
 * @param articleRefreshAfter how long a stored article is used without fetching it again; after
 *     that it is fetched, and a changed article (new content hash) is summarized again
 * @param engine what makes the summaries, part of the stored summary's key: e.g. {@code extractive}
 *     or {@code llm:gpt-4o-mini}; change it when the summarizer changes
 */
public record SummaryCacheSettings(
    long maximumSize,
    Duration successTtl,
    Duration failureTtl,
    Duration articleRefreshAfter,
    String engine) {

  public SummaryCacheSettings {
    Objects.requireNonNull(successTtl, "successTtl");
    Objects.requireNonNull(failureTtl, "failureTtl");
    Objects.requireNonNull(articleRefreshAfter, "articleRefreshAfter");
    Objects.requireNonNull(engine, "engine");
    if (maximumSize < 1) {
      throw new IllegalArgumentException("'maximumSize' must be at least 1");
    }
    if (successTtl.isNegative() || failureTtl.isNegative() || articleRefreshAfter.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
    if (engine.isBlank()) {
      throw new IllegalArgumentException("'engine' must not be blank");
    }
  }

  /** 10 000 entries, summaries for 1 hour, failures for 1 minute, articles refreshed daily. */
  public static SummaryCacheSettings defaults(String engine) {
    return new SummaryCacheSettings(
        10_000, Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofHours(24), engine);
  }
}
