package io.gloss.core.url;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The link a reply shows. The canonical URL is written with {@code https} so that http and https
 * pastes share one cache entry, but an intranet site that serves only {@code http} would get a
 * broken link: when the article was fetched over {@code http} and the page itself did not declare
 * an {@code https} canonical URL, the reply links with {@code http}.
 */
public final class LinkScheme {

  private LinkScheme() {}

  /**
   * @param fetchedUrl the URL the article was read from
   * @param canonicalUrl the canonical URL (https by default)
   * @param pageCanonicalUrl the page's own {@code rel=canonical} / {@code og:url}, if any
   */
  public static String displayUrl(
      String fetchedUrl, String canonicalUrl, @Nullable String pageCanonicalUrl) {
    boolean fetchedOverHttp = fetchedUrl.toLowerCase(Locale.ROOT).startsWith("http://");
    boolean pageSaysHttps =
        pageCanonicalUrl != null
            && pageCanonicalUrl.toLowerCase(Locale.ROOT).startsWith("https://");
    if (fetchedOverHttp
        && !pageSaysHttps
        && canonicalUrl.toLowerCase(Locale.ROOT).startsWith("https://")) {
      return "http://" + canonicalUrl.substring("https://".length());
    }
    return canonicalUrl;
  }

  /**
   * The canonical URL behind a link made by {@link #displayUrl}: canonical URLs always use {@code
   * https}, so an {@code http} link maps back to it (the store keys summaries by it).
   */
  public static String canonicalOf(String displayUrl) {
    return displayUrl.regionMatches(true, 0, "http://", 0, 7)
        ? "https://" + displayUrl.substring(7)
        : displayUrl;
  }
}
