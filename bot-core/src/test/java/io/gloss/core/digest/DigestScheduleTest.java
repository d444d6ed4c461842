package io.gloss.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {
  private static final Set<DayOfWeek> DAILY = EnumSet.allOf(DayOfWeek.class);
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Slots one after the other from {@code from}, as the scheduler meets them. */
  private static List<DigestSlot> slots(DigestSchedule schedule, Instant from, int count) {
    List<DigestSlot> slots = new ArrayList<>();
    Instant after = from;
    for (int i = 0; i < count; i++) {
      DigestSlot slot = schedule.next(after);
      slots.add(slot);
      after = slot.due();
    }
    return slots;
  }

  @Test
  void seoul_sameUtcInstantEveryDay_noDst() {
    DigestSchedule schedule = new DigestSchedule(SEOUL, LocalTime.of(8, 30), DAILY);
    List<DigestSlot> slots = slots(schedule, Instant.parse("2026-03-01T00:00:00Z"), 3);

    assertThat(slots)
        .extracting(DigestSlot::due)
        .containsExactly(
            Instant.parse("2026-03-01T23:30:00Z"),
            Instant.parse("2026-03-02T23:30:00Z"),
            Instant.parse("2026-03-03T23:30:00Z"));
    assertThat(slots)
        .extracting(DigestSlot::date)
        .containsExactly(
            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4));
  }

  @Test
  void newYork_keepsWallClockAcrossBothTransitions() {
    DigestSchedule schedule = new DigestSchedule(NEW_YORK, LocalTime.of(8, 0), DAILY);
    // Spring forward on Sunday 2026-03-08: 13:00 UTC before, 12:00 UTC after (never +24 h).
    assertThat(slots(schedule, Instant.parse("2026-03-07T00:00:00Z"), 3))
        .extracting(DigestSlot::due)
        .containsExactly(
            Instant.parse("2026-03-07T13:00:00Z"),
            Instant.parse("2026-03-08T12:00:00Z"),
            Instant.parse("2026-03-09T12:00:00Z"));
    // Fall back on Sunday 2026-11-01.
    assertThat(slots(schedule, Instant.parse("2026-10-31T00:00:00Z"), 3))
        .extracting(DigestSlot::due)
        .containsExactly(
            Instant.parse("2026-10-31T12:00:00Z"),
            Instant.parse("2026-11-01T13:00:00Z"),
            Instant.parse("2026-11-02T13:00:00Z"));
  }

  @Test
  void newYork_timeInSpringGap_runsAtFirstValidInstantAfter_andRepeatedTimeRunsOnce() {
    DigestSchedule gap = new DigestSchedule(NEW_YORK, LocalTime.of(2, 30), DAILY);
    // 02:30 does not exist on 2026-03-08: the first valid instant after it is 03:00 EDT.
    DigestSlot springDay = gap.next(Instant.parse("2026-03-08T00:00:00Z"));
    assertThat(springDay.date()).isEqualTo(LocalDate.of(2026, 3, 8));
    assertThat(springDay.due()).isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
    assertThat(springDay.due().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(3, 0));

    DigestSchedule overlap = new DigestSchedule(NEW_YORK, LocalTime.of(1, 30), DAILY);
    // 01:30 happens twice on 2026-11-01 (EDT then EST): one slot, at the first.
    List<DigestSlot> slots = slots(overlap, Instant.parse("2026-11-01T00:00:00Z"), 2);
    assertThat(slots)
        .extracting(DigestSlot::due)
        .containsExactly(
            Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-11-02T06:30:00Z"));
    // Asked from between the two 01:30s, the next one is the following day, not the repeat.
    assertThat(overlap.next(Instant.parse("2026-11-01T05:45:00Z")).date())
        .isEqualTo(LocalDate.of(2026, 11, 2));
  }

  @Test
  void london_bothTransitions_gapAndOverlap() {
    DigestSchedule nine = new DigestSchedule(LONDON, LocalTime.of(9, 0), DAILY);
    assertThat(slots(nine, Instant.parse("2026-03-28T00:00:00Z"), 2))
        .extracting(DigestSlot::due)
        .containsExactly(
            Instant.parse("2026-03-28T09:00:00Z"), Instant.parse("2026-03-29T08:00:00Z"));
    assertThat(slots(nine, Instant.parse("2026-10-24T00:00:00Z"), 2))
        .extracting(DigestSlot::due)
        .containsExactly(
            Instant.parse("2026-10-24T08:00:00Z"), Instant.parse("2026-10-25T09:00:00Z"));

    DigestSchedule gap = new DigestSchedule(LONDON, LocalTime.of(1, 15), DAILY);
    // 2026-03-29 01:00 GMT jumps to 02:00 BST: 01:15 runs at 02:00 BST (01:00 UTC).
    assertThat(gap.next(Instant.parse("2026-03-29T00:00:00Z")).due())
        .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    DigestSchedule overlap = new DigestSchedule(LONDON, LocalTime.of(1, 15), DAILY);
    // 2026-10-25 01:15 happens at 00:15 UTC (BST) and 01:15 UTC (GMT): once, at the first.
    List<DigestSlot> slots = slots(overlap, Instant.parse("2026-10-24T12:00:00Z"), 3);
    assertThat(slots)
        .extracting(DigestSlot::due)
        .containsExactly(
            Instant.parse("2026-10-25T00:15:00Z"),
            Instant.parse("2026-10-26T01:15:00Z"),
            Instant.parse("2026-10-27T01:15:00Z"));
  }

  @Test
  void everyLocalDateGetsExactlyOneSlot_overAYear_inEveryZone() {
    for (ZoneId zone : List.of(SEOUL, LONDON, NEW_YORK)) {
      for (LocalTime time : List.of(LocalTime.of(0, 0), LocalTime.of(1, 30), LocalTime.of(2, 30))) {
        DigestSchedule schedule = new DigestSchedule(zone, time, DAILY);
        List<DigestSlot> year = slots(schedule, Instant.parse("2026-01-01T12:00:00Z"), 365);
        for (int i = 1; i < year.size(); i++) {
          assertThat(year.get(i).date()).isEqualTo(year.get(i - 1).date().plusDays(1));
          ZonedDateTime local = year.get(i).due().atZone(zone);
          assertThat(local.toLocalDate()).isEqualTo(year.get(i).date());
          assertThat(local.toLocalTime()).isBetween(time, time.plusHours(1));
        }
      }
    }
  }

  @Test
  void weekdaysOnly_skipsTheWeekend_andLatestLooksBack() {
    DigestSchedule schedule =
        new DigestSchedule(
            SEOUL, LocalTime.of(9, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    // Friday 2026-03-06 10:00 KST: the next one is Monday 09:00 KST.
    Instant fridayMorning = ZonedDateTime.of(2026, 3, 6, 10, 0, 0, 0, SEOUL).toInstant();
    assertThat(schedule.next(fridayMorning).date()).isEqualTo(LocalDate.of(2026, 3, 9));
    Instant sunday = ZonedDateTime.of(2026, 3, 8, 12, 0, 0, 0, SEOUL).toInstant();
    assertThat(schedule.latest(sunday)).map(DigestSlot::date).contains(LocalDate.of(2026, 3, 6));
  }
}
