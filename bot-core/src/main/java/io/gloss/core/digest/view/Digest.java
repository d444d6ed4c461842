package io.gloss.core.digest.view;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.render.ReplyLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One channel's digest, ready to render: the stories shared in the period, the terms that first
 * appeared in it, and the articles that could not be summarized (title and link only).
 *
 * @param channel where it is posted
 * @param language the language of its labels
 * @param date the channel's local date
 * @param zone the channel's time zone (for the period shown in the header)
 * @param periodStart the start of the period covered (the previous digest)
 * @param periodEnd its end (now)
 * @param stories one item per story, most engaged first
 * @param moreStories stories left out to keep the post short
 * @param terms at most five terms of the day
 * @param unsummarized articles shared but not summarized
 */
public record Digest(
    ChannelRef channel,
    ReplyLanguage language,
    LocalDate date,
    ZoneId zone,
    Instant periodStart,
    Instant periodEnd,
    List<DigestStory> stories,
    int moreStories,
    List<DigestTerm> terms,
    List<DigestLink> unsummarized) {
  public Digest {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    stories = List.copyOf(stories);
    terms = List.copyOf(terms);
    unsummarized = List.copyOf(unsummarized);
  }

  /** Nothing was shared: no digest is posted. */
  public boolean isEmpty() {
    return stories.isEmpty() && unsummarized.isEmpty();
  }
}
