package io.gloss.core.llm;

import java.util.Locale;

/** Why a model answer was not used; counted in {@link LlmMetrics} and told in the reply note. */
public enum FallbackReason {
  /** The article had no text to send. */
  NO_TEXT,
  /** The workspace's daily call or token budget is spent. */
  BUDGET,
  /** The provider failed several times in a row; calls are paused for a moment. */
  UNAVAILABLE,
  /** All concurrency slots stayed busy past the deadline. */
  BUSY,
  /** The call took longer than its deadline. */
  TIMEOUT,
  /** The provider answered 429. */
  RATE_LIMITED,
  /** Any other provider or transport error (5xx, auth, bad request, connection). */
  PROVIDER_ERROR,
  /** The model declined or its output was filtered. */
  REFUSAL,
  /** The model answered with nothing. */
  EMPTY_OUTPUT,
  /** The answer stayed unparseable after one repair attempt. */
  MALFORMED,
  /** Too few bullets survived the faithfulness guard. */
  UNFAITHFUL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
