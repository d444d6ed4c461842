package io.gloss.core.cache;

/**
 * Counters of the summary cache, for metrics. All counts are since start.
 *
 * @param hits requests answered from memory (including requests that waited for a load started by
 *     another request for the same key)
 * @param misses requests that started a load
 * @param evictions entries removed for size or time
 * @param size entries in memory now (estimate)
 * @param storeSummaryHits loads answered by a stored summary (no fetch, no summarizing)
 * @param storeArticleHits loads that summarized a stored article (no fetch)
 * @param fetches loads that fetched the page
 * @param failures loads that ended in a failure (negatively cached)
 * @param storeErrors store calls that failed (the cache carried on without the store)
 */
public record SummaryCacheStats(
    long hits,
    long misses,
    long evictions,
    long size,
    long storeSummaryHits,
    long storeArticleHits,
    long fetches,
    long failures,
    long storeErrors) {

  /** Share of requests answered from memory, 0 to 1 (1 when there were no requests). */
  public double hitRate() {
    long requests = hits + misses;
    return requests == 0 ? 1.0 : (double) hits / requests;
  }
}
