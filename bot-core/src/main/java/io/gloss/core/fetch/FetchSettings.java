package io.gloss.core.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Limits and identity of the {@link SafeFetcher}. The {@code config} module builds this record from
 * the {@code fetch.*} keys; {@link #defaults()} holds the documented defaults.
 *
 * @param connectTimeout TCP/TLS connect timeout per address (default 5 s)
 * @param readTimeout longest silence between two reads (default 10 s)
 * @param totalTimeout deadline for the whole fetch, all redirects and the body included (default 15
 *     s)
 * @param maxBodyBytes body cap, counted after decompression (default 5 MiB)
 * @param allowedPorts ports that may be dialled (default 80 and 443)
 * @param allowHosts host names ({@code news.intranet}, {@code *.corp.example}), IP addresses or
 *     CIDRs ({@code 10.1.0.0/16}) exempt from the private-address rule (default none)
 * @param userAgent the {@code User-Agent} header
 * @param acceptLanguage the {@code Accept-Language} header
 * @param maxRedirects redirects followed at most (default 5)
 * @param perHostConcurrency fetches in flight per host at most (default 4)
 * @param backoffAfterFailures consecutive failures (timeouts, network errors, 5xx) after which a
 *     host is backed off (default 2); a 429 backs off at once
 * @param backoffBase first back-off period, doubled per further failure (default 10 s)
 * @param backoffMax longest back-off, also the cap on a site's {@code Retry-After} (default 10 min)
 */
public record FetchSettings(
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    long maxBodyBytes,
    Set<Integer> allowedPorts,
    List<String> allowHosts,
    String userAgent,
    String acceptLanguage,
    int maxRedirects,
    int perHostConcurrency,
    int backoffAfterFailures,
    Duration backoffBase,
    Duration backoffMax) {

  public static final String DEFAULT_USER_AGENT = "Gloss/0.1 (+https://github.com/gloss-bot/gloss)";

  public FetchSettings {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    requirePositive(totalTimeout, "totalTimeout");
    requirePositive(backoffBase, "backoffBase");
    requirePositive(backoffMax, "backoffMax");
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    allowedPorts = Set.copyOf(allowedPorts);
    for (int port : allowedPorts) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("allowedPorts holds an invalid port: " + port);
      }
    }
    allowHosts = List.copyOf(allowHosts);
    AddressPolicy.of(allowHosts); // fails fast on a malformed entry
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(acceptLanguage, "acceptLanguage");
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException("userAgent must be printable ASCII: " + userAgent);
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("maxRedirects must be within 0..20: " + maxRedirects);
    }
    if (perHostConcurrency < 1) {
      throw new IllegalArgumentException("perHostConcurrency must be >= 1: " + perHostConcurrency);
    }
    if (backoffAfterFailures < 1) {
      throw new IllegalArgumentException(
          "backoffAfterFailures must be >= 1: " + backoffAfterFailures);
    }
  }

  /** The documented defaults: 5 s connect, 15 s total, 5 MiB, ports 80/443, no exemptions. */
  public static FetchSettings defaults() {
    return new FetchSettings(
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(15),
        5L * 1024 * 1024,
        Set.of(80, 443),
        List.of(),
        DEFAULT_USER_AGENT,
        "ko-KR,ko;q=0.9,en;q=0.8",
        5,
        4,
        2,
        Duration.ofSeconds(10),
        Duration.ofMinutes(10));
  }

  public FetchSettings withAllowHosts(List<String> hosts) {
    return new FetchSettings(
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxBodyBytes,
        allowedPorts,
        hosts,
        userAgent,
        acceptLanguage,
        maxRedirects,
        perHostConcurrency,
        backoffAfterFailures,
        backoffBase,
        backoffMax);
  }

  public FetchSettings withAllowedPorts(Set<Integer> ports) {
    return new FetchSettings(
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxBodyBytes,
        ports,
        allowHosts,
        userAgent,
        acceptLanguage,
        maxRedirects,
        perHostConcurrency,
        backoffAfterFailures,
        backoffBase,
        backoffMax);
  }

  public FetchSettings withMaxBodyBytes(long bytes) {
    return new FetchSettings(
        connectTimeout,
        readTimeout,
        totalTimeout,
        bytes,
        allowedPorts,
        allowHosts,
        userAgent,
        acceptLanguage,
        maxRedirects,
        perHostConcurrency,
        backoffAfterFailures,
        backoffBase,
        backoffMax);
  }

  public FetchSettings withTimeouts(Duration connect, Duration read, Duration total) {
    return new FetchSettings(
        connect,
        read,
        total,
        maxBodyBytes,
        allowedPorts,
        allowHosts,
        userAgent,
        acceptLanguage,
        maxRedirects,
        perHostConcurrency,
        backoffAfterFailures,
        backoffBase,
        backoffMax);
  }

  public FetchSettings withPerHostConcurrency(int limit) {
    return new FetchSettings(
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxBodyBytes,
        allowedPorts,
        allowHosts,
        userAgent,
        acceptLanguage,
        maxRedirects,
        limit,
        backoffAfterFailures,
        backoffBase,
        backoffMax);
  }

  public FetchSettings withBackoff(int afterFailures, Duration base, Duration max) {
    return new FetchSettings(
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxBodyBytes,
        allowedPorts,
        allowHosts,
        userAgent,
        acceptLanguage,
        maxRedirects,
        perHostConcurrency,
        afterFailures,
        base,
        max);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
  }
}
