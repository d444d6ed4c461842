package io.gloss.core.extract;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses the date formats news pages use: ISO 8601 with or without offset, {@code +0900} offsets,
 * {@code 20250804185331} (Daum's og:regDate), {@code 2025. 8. 4. 18:53}, {@code 2025-08-04
 * 18:53:31}, {@code 2025년 8월 4일}. Dates without an offset are read in the given zone.
 */
final class DateParser {
  private static final Pattern COMPACT =
      Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})?$");
  private static final Pattern LOOSE =
      Pattern.compile(
          "(\\d{4})\\s*[-./년/]\\s*(\\d{1,2})\\s*[-./월/]\\s*(\\d{1,2})\\s*[일.]?"
              + "(?:\\s*(?:[T ]|\\([^)]*\\))?\\s*(오전|오후|AM|PM)?\\s*(\\d{1,2})\\s*[:시]\\s*(\\d{1,2})(?:\\s*[:분]\\s*(\\d{1,2}))?)?");
  private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

  /** Daum's {@code /v/20250804185331304}, Naver's {@code date=20250804}, {@code /2025/08/04/}. */
  private static final Pattern URL_DATE =
      Pattern.compile(
          "daum\\.net/v/(20\\d{2})(\\d{2})(\\d{2})\\d{0,9}|[?&](?:date|aid_date)=(20\\d{2})(\\d{2})(\\d{2})"
              + "|/(20\\d{2})/(\\d{2})/(\\d{2})/");

  private DateParser() {}

  /** The publication day a portal or dated URL carries: the fallback when the page has none. */
  static @Nullable OffsetDateTime fromPortalUrl(String url, ZoneId zone) {
    Matcher m = URL_DATE.matcher(url.length() > 2048 ? url.substring(0, 2048) : url);
    if (!m.find()) {
      return null;
    }
    for (int g = 1; g <= 7; g += 3) {
      if (m.group(g) != null) {
        return of(m.group(g), m.group(g + 1), m.group(g + 2), null, null, null, zone);
      }
    }
    return null;
  }

  static @Nullable OffsetDateTime parse(@Nullable String raw, ZoneId zone) {
    if (raw == null || raw.isBlank() || raw.length() > 100) {
      return null;
    }
    String value = raw.strip();
    // The ISO parsers are tried only on text they can read: each failure throws, and exceptions
    // cost more than the rest of the parse.
    if (startsWithIsoDateTime(value)) {
      OffsetDateTime iso = hasOffset(value) ? isoWithOffset(value) : null;
      if (iso != null) {
        return iso;
      }
      try {
        return LocalDateTime.parse(value.replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .atZone(zone)
            .toOffsetDateTime();
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return parseOtherFormats(value, zone);
  }

  /** The formats that are not ISO: compact digits, dotted and Korean dates, am/pm times. */
  static @Nullable OffsetDateTime parseOtherFormats(String value, ZoneId zone) {
    Matcher compact = COMPACT.matcher(value);
    if (compact.matches()) {
      return of(
          compact.group(1),
          compact.group(2),
          compact.group(3),
          compact.group(4),
          compact.group(5),
          compact.group(6),
          zone);
    }
    Matcher loose = LOOSE.matcher(value);
    if (loose.find()) {
      String hour = loose.group(5);
      if (hour != null && loose.group(4) != null) {
        int h = Integer.parseInt(hour) % 12;
        boolean pm = loose.group(4).equals("오후") || loose.group(4).equalsIgnoreCase("PM");
        hour = Integer.toString(pm ? h + 12 : h);
      }
      return of(
          loose.group(1),
          loose.group(2),
          loose.group(3),
          hour,
          loose.group(6),
          loose.group(7),
          zone);
    }
    return null;
  }

  private static @Nullable OffsetDateTime isoWithOffset(String value) {
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    try {
      return ZonedDateTime.parse(value).toOffsetDateTime();
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    String withColon = OFFSET_WITHOUT_COLON.matcher(value).replaceFirst("$1:$2");
    try {
      return OffsetDateTime.parse(withColon.replace(' ', 'T'));
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }

  /**
   * {@code yyyy-MM-dd}, then {@code T} or a space, then {@code HH:mm}: what every ISO date-time
   * parser here needs at the start (years of more than four digits aside).
   */
  private static boolean startsWithIsoDateTime(String value) {
    if (value.length() < 16) {
      return false;
    }
    char separator = value.charAt(10);
    return digits(value, 0, 4)
        && value.charAt(4) == '-'
        && digits(value, 5, 7)
        && value.charAt(7) == '-'
        && digits(value, 8, 10)
        && (separator == 'T' || separator == 't' || separator == ' ')
        && digits(value, 11, 13)
        && value.charAt(13) == ':'
        && digits(value, 14, 16);
  }

  /** An offset or zone after the date ({@code Z}, {@code +09:00}, {@code -0500}). */
  private static boolean hasOffset(String value) {
    for (int i = 10; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
        return true;
      }
    }
    return false;
  }

  private static boolean digits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static @Nullable OffsetDateTime of(
      String year,
      String month,
      String day,
      @Nullable String hour,
      @Nullable String minute,
      @Nullable String second,
      ZoneId zone) {
    try {
      return LocalDateTime.of(
              Integer.parseInt(year),
              Integer.parseInt(month),
              Integer.parseInt(day),
              hour == null ? 0 : Integer.parseInt(hour),
              minute == null ? 0 : Integer.parseInt(minute),
              second == null ? 0 : Integer.parseInt(second))
          .atZone(zone)
          .toOffsetDateTime();
    } catch (java.time.DateTimeException invalid) {
      return null;
    }
  }
}
