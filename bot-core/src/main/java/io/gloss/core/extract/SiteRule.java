package io.gloss.core.extract;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to read one site: where the body, title, date and byline are, and what to cut from the body.
 * Selectors are jsoup CSS; the first body selector that yields enough text wins.
 *
 * @param publisher the display name, e.g. {@code 연합뉴스}; for portals the fallback when the page does
 *     not name the original publisher
 * @param hosts host names this rule serves: the host equals one, or ends with {@code "." + one}
 * @param body body selectors, tried in order (comma-separated alternatives in one string)
 * @param title title selector, or null to use the page metadata
 * @param date published-date selector (text or {@code datetime}/{@code data-date-time}), or null
 * @param author byline selector, or null
 * @param removals what to cut from the body before reading it
 * @param portal true for Naver and Daum, which carry other publishers' articles
 */
record SiteRule(
    String publisher,
    java.util.List<String> hosts,
    String body,
    @Nullable String title,
    @Nullable String date,
    @Nullable String author,
    String removals,
    boolean portal) {

  SiteRule {
    Objects.requireNonNull(publisher, "publisher");
    hosts = java.util.List.copyOf(hosts);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(removals, "removals");
  }

  boolean matches(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (String candidate : hosts) {
      if (h.equals(candidate) || h.endsWith("." + candidate)) {
        return true;
      }
    }
    return false;
  }
}
