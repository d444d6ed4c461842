package io.gloss.config.settings;

import io.gloss.core.fetch.FetchSettings;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The values that parse but cannot work: zero timeouts and lifetimes (a run would crash or never
 * keep anything), an empty port list, host exemptions the fetcher would refuse, and credentials
 * written into URLs (they belong in the secret keys, where they are redacted).
 */
final class RangeChecks {

  /** Durations that must be longer than zero. */
  private static final List<ConfigKey> POSITIVE_DURATIONS =
      List.of(
          ConfigKeys.FETCH_TIMEOUT,
          ConfigKeys.FETCH_CONNECT_TIMEOUT,
          ConfigKeys.EXTRACT_TIMEOUT,
          ConfigKeys.CACHE_TTL,
          ConfigKeys.RETENTION_SHARED_LINKS,
          ConfigKeys.LLM_TIMEOUT,
          ConfigKeys.DB_RATE_LIMIT_TIMEOUT,
          ConfigKeys.CONVERSATION_CLAIM_LEASE);

  private static final List<ConfigKey> URLS =
      List.of(ConfigKeys.LLM_BASE_URL, ConfigKeys.SLACK_API_URL, ConfigKeys.DISCORD_API_URL);

  private RangeChecks() {}

  static void check(Settings s, List<ConfigProblem> problems) {
    for (ConfigKey key : POSITIVE_DURATIONS) {
      if (isValid(s, key) && (s.duration(key).isNegative() || s.duration(key).isZero())) {
        problems.add(new ConfigProblem(key.name(), "must be longer than 0"));
      }
    }
    for (ConfigKey key :
        List.of(ConfigKeys.CACHE_NEGATIVE_TTL, ConfigKeys.CONVERSATION_REPOST_WINDOW)) {
      if (isValid(s, key) && s.duration(key).isNegative()) {
        problems.add(new ConfigProblem(key.name(), "must not be negative"));
      }
    }
    // Events are remembered for a day; a longer lease would outlive the memory of the event.
    if (isValid(s, ConfigKeys.CONVERSATION_CLAIM_LEASE)
        && s.duration(ConfigKeys.CONVERSATION_CLAIM_LEASE).compareTo(java.time.Duration.ofHours(1))
            > 0) {
      problems.add(
          new ConfigProblem(ConfigKeys.CONVERSATION_CLAIM_LEASE.name(), "must be at most 1h"));
    }
    if (isValid(s, ConfigKeys.DIGEST_CATCH_UP)
        && s.duration(ConfigKeys.DIGEST_CATCH_UP).isNegative()) {
      problems.add(new ConfigProblem(ConfigKeys.DIGEST_CATCH_UP.name(), "must not be negative"));
    }
    try {
      if (s.integer(ConfigKeys.DIGEST_PAUSE_AFTER_FAILURES) < 1) {
        problems.add(
            new ConfigProblem(ConfigKeys.DIGEST_PAUSE_AFTER_FAILURES.name(), "must be at least 1"));
      }
    } catch (IllegalArgumentException e) {
      // reported as a type problem already
    }
    try {
      java.time.ZoneId.of(s.string(ConfigKeys.DIGEST_DEFAULT_ZONE));
    } catch (java.time.DateTimeException e) {
      problems.add(
          new ConfigProblem(
              ConfigKeys.DIGEST_DEFAULT_ZONE.name(), "not a time zone (use e.g. Asia/Seoul)"));
    }
    try {
      if (s.bytes(ConfigKeys.FETCH_MAX_BYTES) < 1) {
        problems.add(new ConfigProblem(ConfigKeys.FETCH_MAX_BYTES.name(), "must be at least 1"));
      }
    } catch (IllegalArgumentException e) {
      // reported as a type problem already
    }
    if (s.list(ConfigKeys.FETCH_ALLOWED_PORTS).isEmpty()) {
      problems.add(
          new ConfigProblem(
              ConfigKeys.FETCH_ALLOWED_PORTS.name(),
              "must list at least one port (e.g. 80,443): nothing could be fetched"));
    }
    for (String host : s.list(ConfigKeys.FETCH_ALLOW_HOSTS)) {
      try {
        FetchSettings.defaults().withAllowHosts(List.of(host));
      } catch (IllegalArgumentException e) {
        problems.add(
            new ConfigProblem(
                ConfigKeys.FETCH_ALLOW_HOSTS.name(),
                "'" + host + "' is not a host name, IP address or CIDR"));
      }
    }
    for (ConfigKey key : URLS) {
      if (carriesCredentials(s, key)) {
        problems.add(
            new ConfigProblem(
                key.name(),
                "must not contain user:password@ (use the secret keys; the value is redacted)"));
      }
    }
    if (s.optional(ConfigKeys.DB_URL).filter(RangeChecks::hasUserInfo).isPresent()) {
      problems.add(
          new ConfigProblem(
              ConfigKeys.DB_URL.name(),
              "must not contain user:password@ (use db.user and db.password)"));
    }
  }

  private static boolean isValid(Settings s, ConfigKey key) {
    try {
      s.duration(key);
      return true;
    } catch (IllegalArgumentException e) {
      return false; // reported as a type problem already
    }
  }

  private static boolean carriesCredentials(Settings s, ConfigKey key) {
    try {
      Optional<URI> url = s.url(key);
      return url.map(URI::getRawUserInfo).isPresent();
    } catch (IllegalArgumentException e) {
      return false; // reported as a type problem already
    }
  }

  private static boolean hasUserInfo(String jdbcUrl) {
    int start = jdbcUrl.indexOf("//");
    if (start < 0) {
      return false;
    }
    String rest = jdbcUrl.substring(start + 2);
    int end = rest.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int at = rest.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return rest.substring(0, end).contains("@");
  }
}
