package io.gloss.core.extract;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Limits and thresholds of article extraction. Every hostile page is answered within these bounds.
 *
 * @param maxElements pages with more elements than this are refused (100,000 nested divs, 200,000
 *     spans)
 * @param maxDepth pages nested deeper than this are refused (20,000 nested tables)
 * @param maxTextChars pages with more text than this are refused (a 10 MB text node)
 * @param deadline the cooperative time budget of one extraction after parsing: a backstop as
 *     generous as the wall-clock deadline of {@link BoundedArticleExtractor} (a busy machine must
 *     not refuse a normal page; the element and size caps stop hostile pages)
 * @param minTextChars an article needs at least this many characters of body text
 * @param defaultZone the zone of dates written without an offset on Korean pages
 */
public record ExtractionSettings(
    int maxElements,
    int maxDepth,
    int maxTextChars,
    Duration deadline,
    int minTextChars,
    ZoneId defaultZone) {

  public ExtractionSettings {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(defaultZone, "defaultZone");
    if (maxElements < 1 || maxDepth < 1 || maxTextChars < 1 || minTextChars < 0) {
      throw new IllegalArgumentException("extraction limits must be positive");
    }
  }

  /** Limits that fit every real news page seen in the benchmarks, with room to spare. */
  public static ExtractionSettings defaults() {
    return new ExtractionSettings(
        60_000,
        1_000,
        2_000_000,
        BoundedArticleExtractor.DEFAULT_TIMEOUT,
        120,
        ZoneId.of("Asia/Seoul"));
  }

  /** The same limits with another time budget ({@code extract.timeout}). */
  public ExtractionSettings withDeadline(Duration budget) {
    return new ExtractionSettings(
        maxElements, maxDepth, maxTextChars, budget, minTextChars, defaultZone);
  }
}
