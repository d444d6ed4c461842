package io.gloss.core.digest;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article as the story grouper sees it.
 *
 * @param url its canonical URL (identity)
 * @param outlet the publisher's name or host, for "same outlet" checks
 * @param title the headline
 * @param lead the first paragraph or summary line, may be empty
 * @param published publication time, if known
 */
public record StoryCandidate(
    String url, String outlet, String title, String lead, @Nullable OffsetDateTime published) {
  public StoryCandidate {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lead, "lead");
  }
}
