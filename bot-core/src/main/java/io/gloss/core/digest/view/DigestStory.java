package io.gloss.core.digest.view;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One story of a digest: one or more articles reporting the same event.
 *
 * @param headline the headline of its lead article
 * @param summary one line from the stored summary, if there is one
 * @param sources the article of each outlet, lead article first
 * @param thread where Gloss answered the first share (message and thread ids), if known
 * @param sharers distinct people who shared it
 * @param shares times it was shared
 * @param reactions reactions recorded on the shares
 * @param lastShared when it was last shared
 */
public record DigestStory(
    String headline,
    @Nullable String summary,
    List<DigestSource> sources,
    @Nullable DigestThread thread,
    int sharers,
    int shares,
    int reactions,
    Instant lastShared) {
  public DigestStory {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(lastShared, "lastShared");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one source");
    }
  }

  /** Number of distinct outlets. */
  public int outlets() {
    return (int) sources.stream().map(DigestSource::outlet).distinct().count();
  }
}
