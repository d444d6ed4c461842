package io.gloss.core.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A channel's daily digest subscription.
 *
 * @param channel the channel that gets the digest
 * @param time the local time of day it is posted (HH:mm)
 * @param zone the time zone of {@code time}, e.g. {@code Asia/Seoul}
 * @param weekdays the days it is posted on; never empty
 */
public record DigestSubscription(
    ChannelRef channel, LocalTime time, ZoneId zone, Set<DayOfWeek> weekdays) {
  public DigestSubscription {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    if (weekdays.isEmpty()) {
      throw new IllegalArgumentException("'weekdays' must not be empty");
    }
    weekdays = Set.copyOf(EnumSet.copyOf(weekdays));
    time = time.withSecond(0).withNano(0);
  }

  /** Monday to Friday. */
  public static Set<DayOfWeek> workdays() {
    return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  }
}
