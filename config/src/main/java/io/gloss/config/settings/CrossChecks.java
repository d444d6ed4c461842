package io.gloss.config.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks that involve a key's allowed values or several keys at once. */
final class CrossChecks {
  private static final Set<String> PROVIDERS =
      Set.of("none", "openai", "anthropic", "gemini", "ollama");
  private static final Set<String> SLACK_MODES = Set.of("socket", "http");
  private static final Set<String> LOG_LEVELS = Set.of("error", "warn", "info", "debug", "trace");

  private CrossChecks() {}

  static List<ConfigProblem> of(Settings s) {
    List<ConfigProblem> problems = new ArrayList<>();
    oneOf(s, ConfigKeys.LLM_PROVIDER, PROVIDERS, problems);
    oneOf(s, ConfigKeys.SLACK_MODE, SLACK_MODES, problems);
    oneOf(s, ConfigKeys.LOG_LEVEL, LOG_LEVELS, problems);
    positive(s, ConfigKeys.SUMMARY_BULLETS, problems);
    positive(s, ConfigKeys.CACHE_MAX_ENTRIES, problems);
    positive(s, ConfigKeys.LLM_MAX_INPUT_CHARS, problems);
    positive(s, ConfigKeys.LLM_MAX_OUTPUT_TOKENS, problems);
    positive(s, ConfigKeys.LLM_CONCURRENCY, problems);
    positive(s, ConfigKeys.DB_POOL_SIZE, problems);
    positive(s, ConfigKeys.DISCORD_SHARDS_TOTAL, problems);
    positive(s, ConfigKeys.SLACK_MAX_LINKS, problems);
    positive(s, ConfigKeys.SLACK_USER_RATE_LIMIT, problems);
    positive(s, ConfigKeys.SLACK_CHANNEL_RATE_LIMIT, problems);
    positive(s, ConfigKeys.DISCORD_USER_RATE_LIMIT, problems);
    positive(s, ConfigKeys.DISCORD_CHANNEL_RATE_LIMIT, problems);
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
    if (s.list(ConfigKeys.SLACK_UNFURL_DOMAINS).size() > 5) {
      problems.add(
          new ConfigProblem(
              ConfigKeys.SLACK_UNFURL_DOMAINS.name(), "Slack allows at most 5 unfurl domains"));
    }
    String provider = s.optional(ConfigKeys.LLM_PROVIDER).orElse("none");
    if (!provider.equals("none") && PROVIDERS.contains(provider)) {
      if (s.optional(ConfigKeys.LLM_MODEL).isEmpty()) {
        problems.add(
            new ConfigProblem(
                ConfigKeys.LLM_MODEL.name(), "required when llm.provider is " + provider));
      }
      boolean keyless =
          provider.equals("ollama") || s.optional(ConfigKeys.LLM_BASE_URL).isPresent();
      if (!keyless && s.optional(ConfigKeys.LLM_API_KEY).isEmpty()) {
        problems.add(
            new ConfigProblem(
                ConfigKeys.LLM_API_KEY.name(),
                "required when llm.provider is "
                    + provider
                    + " (env "
                    + ConfigKeys.LLM_API_KEY.env()
                    + ")"));
      }
    }
    double temperature = s.decimal(ConfigKeys.LLM_TEMPERATURE);
    if (temperature < 0 || temperature > 2) {
      problems.add(new ConfigProblem(ConfigKeys.LLM_TEMPERATURE.name(), "must be between 0 and 2"));
    }
    int retries = s.integer(ConfigKeys.LLM_MAX_RETRIES);
    if (retries < 0 || retries > 3) {
      problems.add(new ConfigProblem(ConfigKeys.LLM_MAX_RETRIES.name(), "must be between 0 and 3"));
    }
    int total = s.integer(ConfigKeys.DISCORD_SHARDS_TOTAL);
    int min = s.integer(ConfigKeys.DISCORD_SHARDS_MIN);
    int max = s.optionalInteger(ConfigKeys.DISCORD_SHARDS_MAX).orElse(total - 1);
    if (min < 0 || max >= total || min > max) {
      problems.add(
          new ConfigProblem(
              "discord.shards",
              "shard range " + min + ".." + max + " does not fit discord.shards.total " + total));
    }
    if (s.optional(ConfigKeys.DB_URL)
        .filter(url -> !url.startsWith("jdbc:postgresql:"))
        .isPresent()) {
      problems.add(
          new ConfigProblem(
              ConfigKeys.DB_URL.name(), "must be a jdbc:postgresql:// URL (or empty for SQLite)"));
    }
    checkTokenShape(s, ConfigKeys.SLACK_BOT_TOKEN, "xoxb-", problems);
    checkTokenShape(s, ConfigKeys.SLACK_APP_TOKEN, "xapp-", problems);
    return problems;
  }

  private static void checkTokenShape(
      Settings s, ConfigKey key, String prefix, List<ConfigProblem> problems) {
    s.optional(key)
        .filter(token -> !token.startsWith(prefix))
        .ifPresent(
            token ->
                problems.add(
                    new ConfigProblem(
                        key.name(),
                        "does not look like a Slack token (expected "
                            + prefix
                            + "…; value redacted)")));
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
