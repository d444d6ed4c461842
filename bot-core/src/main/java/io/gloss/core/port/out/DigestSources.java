package io.gloss.core.port.out;

import io.gloss.core.domain.Summary;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What the daily digest reads besides the shared-link log: summaries already made (never a new
 * fetch or model call) and when glossary terms first appeared. Thread-safe.
 */
public interface DigestSources {

  /** The most recent stored summary of the article under this canonical URL, if any. */
  Optional<Summary> latestSummary(String canonicalUrl);

  /** For each term key that appeared in some article, when it first did. */
  Map<String, Instant> firstAppearances(Collection<String> termKeys);
}
