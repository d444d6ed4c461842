package io.gloss.core.domain;

import java.util.Objects;

/**
 * The outcome of a summarize request: expected failures are values, not exceptions, so that every
 * adapter must handle them (the compiler sees both cases).
 */
public sealed interface SummaryResult {

  /**
   * A summary.
   *
   * @param summary the reply
   * @param cached true when it was answered from the cache or store without fetching
   */
  record Success(Summary summary, boolean cached) implements SummaryResult {
    public Success {
      Objects.requireNonNull(summary, "summary");
    }
  }

  /**
   * No summary: the page could not be fetched or is not an article.
   *
   * @param url the URL as asked
   * @param reason why, for renderers
   * @param detail internal detail for logs and the CLI; chat renderers show only the reason
   */
  record Failure(String url, FailureReason reason, String detail) implements SummaryResult {
    public Failure {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
