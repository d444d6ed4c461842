package io.gloss.core.digest;

import io.gloss.core.domain.DigestSubscription;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a subscription's digests are due. Computed per local date, never by adding 24 hours, so a
 * DST change keeps the wall-clock time: a time skipped by a spring-forward gap runs at the first
 * valid instant after it (the end of the gap), a time repeated by a fall-back overlap runs once (at
 * its first occurrence).
 */
public record DigestSchedule(ZoneId zone, LocalTime time, Set<DayOfWeek> weekdays) {
  /** Far enough back or ahead to meet any weekday set, with room for DST oddities. */
  private static final int SEARCH_DAYS = 8;

  public DigestSchedule {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(time, "time");
    if (weekdays.isEmpty()) {
      throw new IllegalArgumentException("'weekdays' must not be empty");
    }
    weekdays = Set.copyOf(EnumSet.copyOf(weekdays));
  }

  public static DigestSchedule of(DigestSubscription subscription) {
    return new DigestSchedule(subscription.zone(), subscription.time(), subscription.weekdays());
  }

  /** The instant the digest of this local date is due (whether or not the date is scheduled). */
  public Instant dueOn(LocalDate date) {
    LocalDateTime local = date.atTime(time);
    ZoneOffsetTransition gap = zone.getRules().getTransition(local);
    if (gap != null && gap.isGap()) {
      // The wall-clock time does not exist today: the first instant after it is the gap's end.
      return gap.getInstant();
    }
    // In an overlap this is the earlier offset: the repeated time runs once.
    return local.atZone(zone).toInstant();
  }

  public boolean scheduledOn(LocalDate date) {
    return weekdays.contains(date.getDayOfWeek());
  }

  /** The first scheduled slot strictly after {@code after}. */
  public DigestSlot next(Instant after) {
    LocalDate date = LocalDate.ofInstant(after, zone).minusDays(1);
    for (int i = 0; i <= SEARCH_DAYS + 1; i++, date = date.plusDays(1)) {
      if (scheduledOn(date)) {
        Instant due = dueOn(date);
        if (due.isAfter(after)) {
          return new DigestSlot(date, due);
        }
      }
    }
    throw new IllegalStateException("no scheduled day within a week: " + weekdays);
  }

  /** The latest scheduled slot due at or before {@code now}, if any in the last week. */
  public Optional<DigestSlot> latest(Instant now) {
    LocalDate date = LocalDate.ofInstant(now, zone).plusDays(1);
    for (int i = 0; i <= SEARCH_DAYS + 1; i++, date = date.minusDays(1)) {
      if (scheduledOn(date)) {
        Instant due = dueOn(date);
        if (!due.isAfter(now)) {
          return Optional.of(new DigestSlot(date, due));
        }
      }
    }
    return Optional.empty();
  }
}
