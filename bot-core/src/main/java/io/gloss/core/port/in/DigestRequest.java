package io.gloss.core.port.in;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code /digest} command: {@code subscribe <HH:mm> [zone] [weekdays|daily|mon,tue,…]},
 * {@code unsubscribe}, {@code status}, {@code now} or {@code zone <IANA zone>} (the workspace's
 * default zone). Parsing never throws: bad input gives an {@link Kind#INVALID} request with a
 * one-line reason.
 */
public record DigestRequest(
    Kind kind,
    @Nullable LocalTime time,
    @Nullable ZoneId zone,
    @Nullable Set<DayOfWeek> days,
    @Nullable String error) {

  public enum Kind {
    SUBSCRIBE,
    UNSUBSCRIBE,
    STATUS,
    NOW,
    ZONE,
    INVALID
  }

  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
  private static final Map<String, DayOfWeek> DAYS =
      Map.ofEntries(
          Map.entry("mon", DayOfWeek.MONDAY),
          Map.entry("tue", DayOfWeek.TUESDAY),
          Map.entry("wed", DayOfWeek.WEDNESDAY),
          Map.entry("thu", DayOfWeek.THURSDAY),
          Map.entry("fri", DayOfWeek.FRIDAY),
          Map.entry("sat", DayOfWeek.SATURDAY),
          Map.entry("sun", DayOfWeek.SUNDAY),
          Map.entry("월", DayOfWeek.MONDAY),
          Map.entry("화", DayOfWeek.TUESDAY),
          Map.entry("수", DayOfWeek.WEDNESDAY),
          Map.entry("목", DayOfWeek.THURSDAY),
          Map.entry("금", DayOfWeek.FRIDAY),
          Map.entry("토", DayOfWeek.SATURDAY),
          Map.entry("일", DayOfWeek.SUNDAY));

  public static final String USAGE =
      "/digest subscribe <HH:mm> [zone] [weekdays|daily|mon,tue,…] · /digest unsubscribe ·"
          + " /digest status · /digest now · /digest zone <Asia/Seoul|Europe/London|…>";

  /**
   * Whether the request changes team settings (the subscription or the workspace's zone) and so
   * needs the team-settings permission.
   */
  public boolean changes() {
    return kind == Kind.SUBSCRIBE || kind == Kind.UNSUBSCRIBE || kind == Kind.ZONE;
  }

  public static DigestRequest parse(String text) {
    String[] words = text.strip().split("\\s+");
    String sub = words[0].toLowerCase(Locale.ROOT);
    switch (sub) {
      case "unsubscribe", "구독취소" -> {
        return words.length == 1
            ? simple(Kind.UNSUBSCRIBE)
            : invalid("unsubscribe takes no arguments");
      }
      case "status", "상태" -> {
        return words.length == 1 ? simple(Kind.STATUS) : invalid("status takes no arguments");
      }
      case "now", "지금" -> {
        return words.length == 1 ? simple(Kind.NOW) : invalid("now takes no arguments");
      }
      case "subscribe", "구독" -> {
        return subscribe(words);
      }
      case "zone", "시간대" -> {
        return words.length == 2 ? zone(words[1]) : invalid("zone needs one IANA time zone");
      }
      default -> {
        return invalid(
            sub.isEmpty() ? "missing subcommand" : "unknown subcommand '" + clip(sub) + "'");
      }
    }
  }

  /** From the parts of a platform's structured command (Discord options); null parts are absent. */
  public static DigestRequest subscribe(String time, @Nullable String zone, @Nullable String days) {
    StringBuilder text = new StringBuilder("subscribe ").append(time.strip());
    if (zone != null && !zone.isBlank()) {
      text.append(' ').append(zone.strip());
    }
    if (days != null && !days.isBlank()) {
      text.append(' ').append(days.strip().replace(" ", ""));
    }
    return parse(text.toString());
  }

  private static DigestRequest subscribe(String[] words) {
    if (words.length < 2) {
      return invalid("subscribe needs a time, e.g. 'subscribe 08:30'");
    }
    var time = TIME.matcher(words[1]);
    if (!time.matches()) {
      return invalid("'" + clip(words[1]) + "' is not a time of day (HH:mm, e.g. 08:30)");
    }
    LocalTime at = LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
    ZoneId zone = null;
    Set<DayOfWeek> days = null;
    for (int i = 2; i < words.length; i++) {
      String word = words[i];
      Optional<Set<DayOfWeek>> parsedDays = days(word);
      if (parsedDays.isPresent() && days == null) {
        days = parsedDays.get();
      } else if (zone == null && (word.contains("/") || word.equalsIgnoreCase("UTC"))) {
        Optional<ZoneId> parsedZone = zoneOf(word);
        if (parsedZone.isEmpty()) {
          return invalid(unknownZone(word));
        }
        zone = parsedZone.get();
      } else {
        return invalid(
            "'"
                + clip(word)
                + "' is neither a time zone (e.g. Asia/Seoul) nor days"
                + " (weekdays, daily, mon,tue,…)");
      }
    }
    return new DigestRequest(
        Kind.SUBSCRIBE, at, zone, days == null ? EnumSet.allOf(DayOfWeek.class) : days, null);
  }

  /** From a platform's structured {@code zone} command (Discord option). */
  public static DigestRequest zone(String zone) {
    Optional<ZoneId> parsed = zoneOf(zone.strip());
    return parsed.isPresent()
        ? new DigestRequest(Kind.ZONE, null, parsed.get(), null, null)
        : invalid(unknownZone(zone.strip()));
  }

  private static Optional<ZoneId> zoneOf(String word) {
    if (!word.contains("/") && !word.equalsIgnoreCase("UTC")) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(word.equalsIgnoreCase("UTC") ? "UTC" : word));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String unknownZone(String word) {
    return "unknown time zone '" + clip(word) + "' (use an IANA name such as Asia/Seoul)";
  }

  private static Optional<Set<DayOfWeek>> days(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "weekdays", "workdays", "평일" -> {
        return Optional.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
      }
      case "daily", "everyday", "매일" -> {
        return Optional.of(EnumSet.allOf(DayOfWeek.class));
      }
      default -> {}
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : lower.split(",")) {
      if (part.isEmpty()) {
        return Optional.empty();
      }
      int dash = part.indexOf('-');
      if (dash > 0) { // a range: "mon-fri", "fri-mon" wraps
        Optional<Set<DayOfWeek>> from = days(part.substring(0, dash));
        Optional<Set<DayOfWeek>> to = days(part.substring(dash + 1));
        if (from.isEmpty() || to.isEmpty() || from.get().size() != 1 || to.get().size() != 1) {
          return Optional.empty();
        }
        DayOfWeek day = from.get().iterator().next();
        DayOfWeek last = to.get().iterator().next();
        days.add(day);
        while (day != last) {
          day = day.plus(1);
          days.add(day);
        }
        continue;
      }
      // "monday" → "mon", "월요일" → "월"
      boolean hangul = part.charAt(0) >= '가' && part.charAt(0) <= '힣';
      String key = hangul ? part.substring(0, 1) : part.length() > 3 ? part.substring(0, 3) : part;
      DayOfWeek day = DAYS.get(key);
      if (day == null) {
        return Optional.empty();
      }
      days.add(day);
    }
    return days.isEmpty() ? Optional.empty() : Optional.of(days);
  }

  private static DigestRequest simple(Kind kind) {
    return new DigestRequest(kind, null, null, null, null);
  }

  private static DigestRequest invalid(String error) {
    return new DigestRequest(Kind.INVALID, null, null, null, error);
  }

  /** Echoed input is cut short: a command is no place for a paragraph. */
  private static String clip(String word) {
    return word.length() > 40 ? word.substring(0, 40) + "…" : word;
  }
}
