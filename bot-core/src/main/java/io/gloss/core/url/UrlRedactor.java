package io.gloss.core.url;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides credentials carried inside URLs before they are printed or logged: the {@code
 * user:password@} part of an authority and password-like query or JDBC properties ({@code
 * ?password=…}, {@code ;password=…}, {@code &token=…}). Works on any text, so error messages that
 * quote a URL (Flyway, HikariCP, JDBC drivers) can be passed through it whole.
 */
public final class UrlRedactor {

  static final String REDACTED = "****";

  /** {@code scheme://user:password@} or {@code scheme://user@}: everything before the @ goes. */
  private static final Pattern USER_INFO =
      Pattern.compile("(?i)([a-z][a-z0-9+.-]*:(?://)?)([^/?#@\\s'\"]+)@");

  private static final Pattern SECRET_PARAMETER =
      Pattern.compile(
          "(?i)([?&;]\\s*(?:password|passwd|pwd|pass|secret|token|api[_-]?key|apikey"
              + "|access[_-]?token|sslpassword|sslkey)\\s*=)([^&;#\\s'\"]*)");

  private UrlRedactor() {}

  /** The text with every credential in a URL replaced by {@code ****}. */
  public static String redact(String text) {
    if (text.indexOf('@') < 0 && text.indexOf('=') < 0) {
      return text;
    }
    Matcher userInfo = USER_INFO.matcher(text);
    String withoutUsers =
        userInfo.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + REDACTED + "@"));
    Matcher parameter = SECRET_PARAMETER.matcher(withoutUsers);
    return parameter.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + REDACTED));
  }
}
