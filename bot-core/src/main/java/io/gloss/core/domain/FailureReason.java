package io.gloss.core.domain;

import java.util.Locale;

/**
 * Why an article could not be summarized. The stable vocabulary that every renderer (CLI, Slack,
 * Discord) translates into user text, and that JSON output exposes as {@link #code()}.
 */
public enum FailureReason {
  /** The input is not an http(s) URL, or is malformed. */
  INVALID_URL,
  /**
   * The URL is longer than any news link (2,048 characters, the length of the cache and store
   * keys): answered with a short message, never fetched.
   */
  URL_TOO_LONG,
  /** The URL points at a private, loopback, link-local or otherwise forbidden address or port. */
  FORBIDDEN_ADDRESS,
  /** More redirects than allowed, or a redirect loop. */
  TOO_MANY_REDIRECTS,
  /** Connect or total deadline exceeded. */
  FETCH_TIMEOUT,
  /** DNS failure, connection refused, TLS failure and other transport errors. */
  NETWORK_ERROR,
  /** HTTP 404, 410 and other client errors. */
  NOT_FOUND,
  /** HTTP 401/403 or a page that asks to log in. */
  LOGIN_WALL,
  /** A paywall replaced the article body. */
  PAYWALL,
  /** HTTP 429: the site asks us to slow down. */
  RATE_LIMITED,
  /** HTTP 5xx. */
  SERVER_ERROR,
  /** The body is larger than the configured cap. */
  TOO_LARGE,
  /** The response is not HTML/XHTML (PDF, image, video, binary). */
  NOT_HTML,
  /** The page is a video player without an article text. */
  VIDEO_ONLY,
  /** The page has too little article text to summarize (index page, JS-only shell). */
  TOO_LITTLE_TEXT,
  /** The page could not be processed within the time and size limits. */
  EXTRACTION_FAILED,
  /** Extraction did not finish within its wall-clock deadline (a busy machine): worth a retry. */
  EXTRACTION_TIMEOUT,
  /** A local file could not be read. */
  UNREADABLE_FILE;

  /** Stable lower-case code used in JSON output and logs, e.g. {@code not_html}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
