package io.gloss.config.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks that involve a key's allowed values or several keys at once. */
final class CrossChecks {
  private static final Set<String> PROVIDERS =
      Set.of("none", "openai", "anthropic", "gemini", "ollama");
  private static final Set<String> SLACK_MODES = Set.of("socket", "http");
  private static final Set<String> LOG_FORMATS = Set.of("text", "json");
  private static final Set<String> LOG_LEVELS = Set.of("error", "warn", "info", "debug", "trace");

  private CrossChecks() {}

  static List<ConfigProblem> of(Settings s) {
    List<ConfigProblem> problems = new ArrayList<>();
    oneOf(s, ConfigKeys.LLM_PROVIDER, PROVIDERS, problems);
    oneOf(s, ConfigKeys.SLACK_MODE, SLACK_MODES, problems);
    oneOf(s, ConfigKeys.LOG_LEVEL, LOG_LEVELS, problems);
    oneOf(s, ConfigKeys.LOG_FORMAT, LOG_FORMATS, problems);
    positive(s, ConfigKeys.SUMMARY_BULLETS, problems);
    positive(s, ConfigKeys.CACHE_MAX_ENTRIES, problems);
    positive(s, ConfigKeys.DB_POOL_SIZE, problems);
    port(s, ConfigKeys.SERVER_PORT, problems);
    for (String port : s.list(ConfigKeys.FETCH_ALLOWED_PORTS)) {
      if (!port.matches("\\d{1,5}")
          || Integer.parseInt(port) < 1
          || Integer.parseInt(port) > 65535) {
        problems.add(
            new ConfigProblem(
                ConfigKeys.FETCH_ALLOWED_PORTS.name(), "not a port number: '" + port + "'"));
      }
    }
    if (s.optional(ConfigKeys.DB_URL)
        .filter(url -> !url.startsWith("jdbc:postgresql:"))
        .isPresent()) {
      problems.add(
          new ConfigProblem(
              ConfigKeys.DB_URL.name(), "must be a jdbc:postgresql:// URL (or empty for SQLite)"));
    }
    RangeChecks.check(s, problems);
    // The LLM, Slack and Discord settings are checked by their own components: see
    // io.gloss.config.ComponentChecks, which Settings.load runs after these.
    return problems;
  }

  private static void oneOf(
      Settings s, ConfigKey key, Set<String> allowed, List<ConfigProblem> problems) {
    s.optional(key)
        .filter(value -> !allowed.contains(value))
        .ifPresent(
            value ->
                problems.add(
                    new ConfigProblem(
                        key.name(),
                        "'"
                            + value
                            + "' is not one of "
                            + String.join(", ", allowed.stream().sorted().toList()))));
  }

  private static void positive(Settings s, ConfigKey key, List<ConfigProblem> problems) {
    if (s.integer(key) < 1) {
      problems.add(new ConfigProblem(key.name(), "must be at least 1"));
    }
  }

  private static void port(Settings s, ConfigKey key, List<ConfigProblem> problems) {
    int port = s.integer(key);
    if (port < 0 || port > 65535) {
      problems.add(new ConfigProblem(key.name(), "not a port number: " + port));
    }
  }
}
