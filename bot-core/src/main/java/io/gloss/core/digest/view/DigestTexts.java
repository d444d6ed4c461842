package io.gloss.core.digest.view;

import io.gloss.core.render.ReplyLanguage;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The digest's own words in Korean and English, shared by every renderer: part of the catalogue of
 * the bot's words ({@link io.gloss.core.render.ReplyTexts}, which states the one locale rule).
 */
public final class DigestTexts {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private DigestTexts() {}

  private static boolean ko(ReplyLanguage lang) {
    return lang == ReplyLanguage.KO;
  }

  /** The header: {@code 오늘의 뉴스 다이제스트 · 2026-03-02 (월)}. */
  public static String title(Digest digest) {
    LocalDate date = digest.date();
    Locale locale = ko(digest.language()) ? Locale.KOREAN : Locale.ENGLISH;
    String day = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
    return (ko(digest.language()) ? "뉴스 다이제스트 · " : "News digest · ") + date + " (" + day + ")";
  }

  /** The period line: {@code 3월 1일 08:00 – 3월 2일 08:00 공유분 · 기사 5건}. */
  public static String period(Digest digest) {
    ZonedDateTime from = digest.periodStart().atZone(digest.zone());
    ZonedDateTime to = digest.periodEnd().atZone(digest.zone());
    int links =
        digest.stories().stream().mapToInt(DigestStory::shares).sum()
            + digest.unsummarized().size();
    if (ko(digest.language())) {
      return moment(from, true) + " – " + moment(to, true) + " 공유분 · 링크 " + links + "건";
    }
    return "Shared "
        + moment(from, false)
        + " – "
        + moment(to, false)
        + " · "
        + links
        + (links == 1 ? " link" : " links");
  }

  private static String moment(ZonedDateTime time, boolean ko) {
    return ko
        ? time.getMonthValue() + "월 " + time.getDayOfMonth() + "일 " + TIME.format(time)
        : time.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
            + " "
            + time.getDayOfMonth()
            + " "
            + TIME.format(time);
  }

  /** {@code 3개 매체} / {@code 3 outlets}; empty for one outlet. */
  public static String outlets(DigestStory story, ReplyLanguage lang) {
    int count = story.outlets();
    if (count < 2) {
      return story.sources().get(0).outlet();
    }
    String names =
        story.sources().stream()
            .map(DigestSource::outlet)
            .distinct()
            .collect(Collectors.joining(", "));
    return outletCount(count, lang) + ": " + names;
  }

  /** {@code 3개 매체} / {@code 3 outlets}. */
  public static String outletCount(int count, ReplyLanguage lang) {
    return ko(lang) ? count + "개 매체" : count + " outlets";
  }

  /** {@code 2명이 3번 공유} / {@code shared 3 times by 2 people}. */
  public static String engagement(DigestStory story, ReplyLanguage lang) {
    if (ko(lang)) {
      return story.sharers() + "명이 " + story.shares() + "번 공유";
    }
    return "shared "
        + story.shares()
        + (story.shares() == 1 ? " time" : " times")
        + " by "
        + story.sharers()
        + (story.sharers() == 1 ? " person" : " people");
  }

  public static String thread(ReplyLanguage lang) {
    return ko(lang) ? "스레드" : "thread";
  }

  public static String article(ReplyLanguage lang) {
    return ko(lang) ? "기사" : "article";
  }

  public static String termsHeading(ReplyLanguage lang) {
    return ko(lang) ? "오늘의 용어" : "Terms of the day";
  }

  public static String unsummarizedHeading(ReplyLanguage lang) {
    return ko(lang) ? "요약하지 못한 기사" : "Not summarized";
  }

  public static String moreStories(int count, ReplyLanguage lang) {
    return ko(lang) ? "외 " + count + "개 이야기" : "and " + count + " more stories";
  }

  /** A subscription's days: {@code 평일} / {@code weekdays}, {@code 매일}, or the list. */
  public static String days(Set<DayOfWeek> days, ReplyLanguage lang) {
    if (days.size() == 7) {
      return ko(lang) ? "매일" : "daily";
    }
    if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
      return ko(lang) ? "평일" : "weekdays";
    }
    Locale locale = ko(lang) ? Locale.KOREAN : Locale.ENGLISH;
    return EnumSet.copyOf(days).stream()
        .map(day -> day.getDisplayName(TextStyle.SHORT, locale))
        .collect(Collectors.joining(", "));
  }

  /** A time in a zone, e.g. {@code 2026-03-02 08:00 (Asia/Seoul)}. */
  public static String when(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    return local.toLocalDate() + " " + TIME.format(local) + " (" + zone.getId() + ")";
  }
}
