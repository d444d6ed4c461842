package io.gloss.core.cache;

import io.gloss.core.domain.FailureReason;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * How long a failure stays in the cache. Only definitive answers (the page is gone, is not an
 * article, is too large, needs a login) are kept for the configured negative TTL; a transport error
 * or a struggling site is kept for seconds only, so a re-paste soon fetches again (the fetcher's
 * per-host back-off still protects the site); a timeout is not kept at all, since the next try on a
 * calmer machine may well succeed.
 */
final class FailureTtl {

  /** The longest a transient failure (network error, 5xx, 429) is remembered. */
  static final Duration TRANSIENT = Duration.ofSeconds(5);

  private static final Set<FailureReason> NOT_CACHED =
      EnumSet.of(FailureReason.FETCH_TIMEOUT, FailureReason.EXTRACTION_TIMEOUT);

  private static final Set<FailureReason> TRANSIENT_REASONS =
      EnumSet.of(
          FailureReason.NETWORK_ERROR,
          FailureReason.SERVER_ERROR,
          FailureReason.RATE_LIMITED,
          FailureReason.UNREADABLE_FILE);

  private FailureTtl() {}

  /** The time {@code reason} is cached, given the configured negative TTL. */
  static Duration of(FailureReason reason, Duration negativeTtl) {
    if (NOT_CACHED.contains(reason)) {
      return Duration.ZERO;
    }
    if (TRANSIENT_REASONS.contains(reason)) {
      return negativeTtl.compareTo(TRANSIENT) < 0 ? negativeTtl : TRANSIENT;
    }
    return negativeTtl;
  }
}
