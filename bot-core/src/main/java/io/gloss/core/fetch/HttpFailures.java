package io.gloss.core.fetch;

import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/** The one place where HTTP statuses and transport exceptions become {@link FailureReason}s. */
final class HttpFailures {

  private HttpFailures() {}

  static ArticleUnavailableException forStatus(
      int code, String host, @Nullable Duration retryAfter) {
    String prefix = "HTTP " + code + " from " + host;
    if (code == 401 || code == 403 || code == 407) {
      return new ArticleUnavailableException(FailureReason.LOGIN_WALL, prefix);
    }
    if (code == 408) {
      return new ArticleUnavailableException(FailureReason.FETCH_TIMEOUT, prefix);
    }
    if (code == 429) {
      String wait = retryAfter == null ? "" : "; retry after " + retryAfter.toSeconds() + " s";
      return new ArticleUnavailableException(FailureReason.RATE_LIMITED, prefix + wait);
    }
    if (code >= 500) {
      String wait = retryAfter == null ? "" : "; retry after " + retryAfter.toSeconds() + " s";
      return new ArticleUnavailableException(FailureReason.SERVER_ERROR, prefix + wait);
    }
    // 404, 410, 451 and the other client errors; a 3xx without a usable Location too.
    return new ArticleUnavailableException(FailureReason.NOT_FOUND, prefix);
  }

  static ArticleUnavailableException forTransport(
      IOException e, String host, boolean deadlinePassed) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof GuardedDns.ForbiddenAddressException) {
        return new ArticleUnavailableException(
            FailureReason.FORBIDDEN_ADDRESS, String.valueOf(t.getMessage()), e);
      }
    }
    if (deadlinePassed || e instanceof InterruptedIOException) {
      return new ArticleUnavailableException(
          FailureReason.FETCH_TIMEOUT, "timed out fetching from " + host, e);
    }
    if (e instanceof UnknownHostException) {
      return new ArticleUnavailableException(
          FailureReason.NETWORK_ERROR, "cannot resolve " + host, e);
    }
    if (e instanceof SSLException) {
      return new ArticleUnavailableException(
          FailureReason.NETWORK_ERROR, "TLS failure with " + host + ": " + e.getMessage(), e);
    }
    return new ArticleUnavailableException(
        FailureReason.NETWORK_ERROR,
        "transport error with " + host + ": " + e.getClass().getSimpleName() + " " + e.getMessage(),
        e);
  }

  /** {@code Retry-After} as delta-seconds or an HTTP date; null when absent or unreadable. */
  static @Nullable Duration parseRetryAfter(@Nullable String value, Clock clock, Duration cap) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    Duration wait;
    if (text.matches("\\d{1,10}")) {
      wait = Duration.ofSeconds(Long.parseLong(text));
    } else {
      try {
        ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        wait = Duration.between(clock.instant(), at.toInstant());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(cap) > 0 ? cap : wait;
  }
}
