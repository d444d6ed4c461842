package io.gloss.core.fetch;

import io.gloss.core.domain.ArticleUnavailableException;
import io.gloss.core.domain.FailureReason;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * The checks every hop passes before anything is dialled: scheme, credentials, port, and the host
 * (IP literals are range-checked here because OkHttp never shows them to the {@code Dns} hook;
 * names are checked again after resolution by {@link GuardedDns}).
 */
final class UrlGuard {

  /**
   * Longest URL accepted from a user, in characters; longer input is not a news link (and longer
   * than the cache and store keys, {@link io.gloss.core.url.UrlCanonicalizer#MAX_KEY_LENGTH}).
   */
  static final int MAX_URL_LENGTH = io.gloss.core.url.UrlCanonicalizer.MAX_KEY_LENGTH;

  /** Longest redirect target followed: sites redirect through long tracking URLs. */
  static final int MAX_REDIRECT_LENGTH = 8192;

  private static final Set<String> FORBIDDEN_NAMES =
      Set.of(
          "localhost",
          "metadata",
          "metadata.google.internal",
          "metadata.goog",
          "instance-data",
          "instance-data.ec2.internal");
  private static final Set<String> FORBIDDEN_SUFFIXES =
      Set.of(".localhost", ".local", ".internal", ".home.arpa", ".lan", ".intranet");

  private final AddressPolicy policy;
  private final Set<Integer> allowedPorts;

  UrlGuard(AddressPolicy policy, Set<Integer> allowedPorts) {
    this.policy = policy;
    this.allowedPorts = Set.copyOf(allowedPorts);
  }

  /** Parses user input with the one parser the fetcher dials with. */
  static HttpUrl parse(String raw) throws ArticleUnavailableException {
    String text = raw.strip();
    if (text.length() > MAX_URL_LENGTH) {
      throw new ArticleUnavailableException(
          FailureReason.URL_TOO_LONG,
          "URL of " + text.length() + " characters, longer than " + MAX_URL_LENGTH);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0x20 || c == 0x7f || c == '\\') {
        throw new ArticleUnavailableException(
            FailureReason.INVALID_URL, "URL contains a control character, space or backslash");
      }
    }
    String scheme = text.contains(":") ? text.substring(0, text.indexOf(':')) : "";
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      throw new ArticleUnavailableException(
          FailureReason.INVALID_URL, "only http and https URLs are fetched");
    }
    HttpUrl url = HttpUrl.parse(text);
    if (url == null) {
      throw new ArticleUnavailableException(FailureReason.INVALID_URL, "malformed URL");
    }
    return url;
  }

  /** Refuses the URL unless it may be fetched; names still face {@link GuardedDns}. */
  void check(HttpUrl url) throws ArticleUnavailableException {
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new ArticleUnavailableException(
          FailureReason.INVALID_URL, "credentials in URL are refused");
    }
    if (!allowedPorts.contains(url.port())) {
      throw forbidden(url, "port " + url.port() + " is not allowed");
    }
    String host = url.host();
    if (host.length() > 253) {
      throw new ArticleUnavailableException(FailureReason.INVALID_URL, "host name too long");
    }
    if (IpLiterals.looksLikeIpLiteral(host)) {
      Optional<InetAddress> address = IpLiterals.parse(host);
      if (address.isEmpty()) {
        throw forbidden(url, "ambiguous numeric host");
      }
      if (!policy.permits(host, address.get())) {
        throw forbidden(url, "address " + address.get().getHostAddress() + " is not public");
      }
      return;
    }
    if (!policy.isExemptName(host) && isForbiddenName(host)) {
      throw forbidden(url, "host name is internal");
    }
  }

  private static boolean isForbiddenName(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.indexOf('.') < 0 || FORBIDDEN_NAMES.contains(name)) {
      return true; // single-label names only resolve through search domains: intranet
    }
    for (String suffix : FORBIDDEN_SUFFIXES) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  private static ArticleUnavailableException forbidden(HttpUrl url, String why) {
    return new ArticleUnavailableException(
        FailureReason.FORBIDDEN_ADDRESS, "refused " + url.host() + ": " + why);
  }
}
