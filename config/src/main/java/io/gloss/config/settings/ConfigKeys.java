package io.gloss.config.settings;

import io.gloss.config.settings.ConfigKey.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Every configuration key Gloss knows, in one place (the README table is generated from it). */
public final class ConfigKeys {
  private static final Map<String, ConfigKey> KEYS = new LinkedHashMap<>();

  public static final ConfigKey DATA_DIR =
      key("data.dir", "./data", ValueType.PATH, "Data directory: SQLite store, caches.");
  public static final ConfigKey LOG_LEVEL =
      key(
          "log.level",
          null,
          ValueType.STRING,
          "Log level: error, warn, info, debug (default: info for run, warn for other commands).");
  public static final ConfigKey LOG_FORMAT =
      key(
          "log.format",
          "text",
          ValueType.STRING,
          "text, or json (one JSON object per line, for log collectors).");

  public static final ConfigKey DB_URL =
      key(
          "db.url",
          null,
          ValueType.STRING,
          "JDBC URL of PostgreSQL (jdbc:postgresql://…); empty = SQLite in data.dir.");
  public static final ConfigKey DB_USER = key("db.user", null, ValueType.STRING, "Database user.");
  public static final ConfigKey DB_PASSWORD =
      secret("db.password", envOf("db.password"), "Database password.");
  public static final ConfigKey DB_POOL_SIZE =
      key("db.pool-size", "5", ValueType.INT, "PostgreSQL connection pool size.");
  public static final ConfigKey DB_RATE_LIMIT_TIMEOUT =
      key(
          "db.rate-limit-timeout",
          "50ms",
          ValueType.DURATION,
          "PostgreSQL: longest wait for the shared rate limits before an instance limits alone.");
  public static final ConfigKey RETENTION_SHARED_LINKS =
      key("store.retention.shared-links", "90d", ValueType.DURATION, "Keep the shared-link log.");
  public static final ConfigKey STORE_ENCRYPTION_KEY =
      secret(
          "store.encryption-key",
          envOf("store.encryption-key"),
          "Encrypts Slack tokens at rest (AES-GCM): base64 of 32 random bytes"
              + " (openssl rand -base64 32).");
  public static final ConfigKey STORE_PURGE_ON_UNINSTALL =
      key(
          "store.purge-on-uninstall",
          "false",
          ValueType.BOOLEAN,
          "Delete a Slack workspace's data (settings, links, digests, feedback, team glossary)"
              + " when Gloss is uninstalled there.");

  public static final ConfigKey CACHE_MAX_ENTRIES =
      key("cache.max-entries", "10000", ValueType.INT, "Summaries kept in memory.");
  public static final ConfigKey CACHE_TTL =
      key("cache.ttl", "24h", ValueType.DURATION, "How long a summary stays in memory.");
  public static final ConfigKey CACHE_NEGATIVE_TTL =
      key("cache.negative-ttl", "5m", ValueType.DURATION, "How long a failed URL is not retried.");

  public static final ConfigKey FETCH_CONNECT_TIMEOUT =
      key("fetch.connect-timeout", "5s", ValueType.DURATION, "Connect timeout of the fetcher.");
  public static final ConfigKey FETCH_TIMEOUT =
      key("fetch.timeout", "15s", ValueType.DURATION, "Deadline of a whole fetch.");
  public static final ConfigKey FETCH_MAX_BYTES =
      key("fetch.max-bytes", "5MB", ValueType.BYTES, "Largest page body, after decompression.");
  public static final ConfigKey FETCH_ALLOWED_PORTS =
      key("fetch.allowed-ports", "80,443", ValueType.LIST, "Ports the fetcher may connect to.");
  public static final ConfigKey FETCH_ALLOW_HOSTS =
      key(
          "fetch.allow-hosts",
          "",
          ValueType.LIST,
          "Hosts or CIDRs exempt from the private-address rule (intranet news, tests).");

  public static final ConfigKey EXTRACT_TIMEOUT =
      key(
          "extract.timeout",
          "10s",
          ValueType.DURATION,
          "Wall-clock deadline of reading one page (a busy machine; size caps stop hostile pages).");

  public static final ConfigKey SUMMARY_BULLETS =
      key("summary.bullets", "3", ValueType.INT, "Bullets in a brief summary.");

  public static final ConfigKey LLM_PROVIDER =
      key("llm.provider", "none", ValueType.STRING, "none, openai, anthropic, gemini, ollama.");
  public static final ConfigKey LLM_MODEL =
      key("llm.model", null, ValueType.STRING, "Model name, e.g. gpt-4o-mini.");
  public static final ConfigKey LLM_API_KEY =
      secret("llm.api-key", envOf("llm.api-key"), "API key of the LLM provider.");
  public static final ConfigKey LLM_BASE_URL =
      key(
          "llm.base-url",
          null,
          ValueType.URL,
          "Base URL of the provider API (OpenAI-compatible servers, proxies).");
  public static final ConfigKey LLM_TIMEOUT =
      key("llm.timeout", "20s", ValueType.DURATION, "Timeout of one LLM call.");
  public static final ConfigKey LLM_MAX_INPUT_CHARS =
      key("llm.max-input-chars", "12000", ValueType.INT, "Article characters sent to the model.");
  public static final ConfigKey LLM_MAX_OUTPUT_TOKENS =
      key("llm.max-output-tokens", "1024", ValueType.INT, "Output token cap per call.");
  public static final ConfigKey LLM_TEMPERATURE =
      key("llm.temperature", "0.2", ValueType.DECIMAL, "Sampling temperature.");
  public static final ConfigKey LLM_MAX_RETRIES =
      key(
          "llm.max-retries",
          "1",
          ValueType.INT,
          "Retries on HTTP 429/5xx only, never on a timeout.");
  public static final ConfigKey LLM_DAILY_CALLS =
      key("llm.daily-calls", "500", ValueType.INT, "LLM calls per workspace per day.");
  public static final ConfigKey LLM_DAILY_TOKENS =
      key("llm.daily-tokens", "2000000", ValueType.INT, "LLM tokens per workspace per day.");
  public static final ConfigKey LLM_CONCURRENCY =
      key("llm.concurrency", "4", ValueType.INT, "LLM calls in flight at once.");

  public static final ConfigKey SERVER_PORT =
      key(
          "server.port",
          "8080",
          ValueType.INT,
          "HTTP port of gloss run: /healthz, /readyz, /metrics and Slack HTTP mode.");
  public static final ConfigKey SERVER_ADDRESS =
      key(
          "server.address",
          null,
          ValueType.STRING,
          "Address the HTTP server binds (default: all interfaces in Slack HTTP mode, else"
              + " 127.0.0.1).");
  public static final ConfigKey SHUTDOWN_GRACE =
      key(
          "shutdown.grace-period",
          "10s",
          ValueType.DURATION,
          "On SIGTERM, how long replies in flight may take to finish.");

  public static final ConfigKey DIGEST_ENABLED =
      key(
          "digest.enabled",
          "true",
          ValueType.BOOLEAN,
          "Run the daily digest scheduler in gloss run.");
  public static final ConfigKey DIGEST_CATCH_UP =
      key(
          "digest.catch-up",
          "12h",
          ValueType.DURATION,
          "A digest missed while Gloss was down is still posted this long after its time.");
  public static final ConfigKey DIGEST_PAUSE_AFTER_FAILURES =
      key(
          "digest.pause-after-failures",
          "3",
          ValueType.INT,
          "Consecutive failed digests after which a channel's subscription is paused.");
  public static final ConfigKey DIGEST_DEFAULT_ZONE =
      key(
          "digest.default-zone",
          "Asia/Seoul",
          ValueType.STRING,
          "Time zone of /digest subscribe when none is given (an IANA name).");

  public static final ConfigKey SLACK_MODE =
      key("slack.mode", "socket", ValueType.STRING, "socket (no public URL needed) or http.");
  public static final ConfigKey SLACK_BOT_TOKEN =
      secret("slack.bot-token", "SLACK_BOT_TOKEN", "Slack bot token (xoxb-…).");
  public static final ConfigKey SLACK_APP_TOKEN =
      secret("slack.app-token", "SLACK_APP_TOKEN", "Slack app-level token (xapp-…), Socket Mode.");
  public static final ConfigKey SLACK_SIGNING_SECRET =
      secret("slack.signing-secret", "SLACK_SIGNING_SECRET", "Slack signing secret, HTTP mode.");
  public static final ConfigKey SLACK_CLIENT_ID =
      key(
          "slack.client-id",
          null,
          ValueType.STRING,
          "Slack app distribution: the app's Client ID (install in many workspaces, HTTP mode).");
  public static final ConfigKey SLACK_CLIENT_SECRET =
      secret(
          "slack.client-secret", "SLACK_CLIENT_SECRET", "Slack app distribution: Client Secret.");
  public static final ConfigKey SLACK_SCOPES =
      key(
          "slack.scopes",
          "chat:write,commands,channels:history,groups:history,reactions:read,reactions:write,"
              + "links:read,links:write,users:read",
          ValueType.LIST,
          "Bot scopes asked for at install (app distribution); those of the manifest.");
  public static final ConfigKey SLACK_API_URL =
      key(
          "slack.api-url",
          "https://slack.com/api/",
          ValueType.URL,
          "Slack Web API base URL (GovSlack, proxies).");
  public static final ConfigKey SLACK_UNFURL_DOMAINS =
      key("slack.unfurl-domains", "", ValueType.LIST, "Up to 5 domains answered as link unfurls.");

  public static final ConfigKey SLACK_MAX_LINKS =
      key(
          "slack.max-links-per-message",
          "3",
          ValueType.INT,
          "Links of one message summarized in one reply.");
  public static final ConfigKey SLACK_USER_RATE_LIMIT =
      key("slack.user-rate-limit", "10", ValueType.INT, "Requests per user per minute.");
  public static final ConfigKey SLACK_CHANNEL_RATE_LIMIT =
      key("slack.channel-rate-limit", "30", ValueType.INT, "Requests per channel per minute.");

  public static final ConfigKey DISCORD_TOKEN =
      secret("discord.token", "DISCORD_TOKEN", "Discord bot token.");
  public static final ConfigKey DISCORD_API_URL =
      key(
          "discord.api-url",
          "https://discord.com/api/v10/",
          ValueType.URL,
          "Discord REST base URL (REST proxies).");
  public static final ConfigKey DISCORD_MESSAGE_CONTENT =
      key(
          "discord.message-content",
          "false",
          ValueType.BOOLEAN,
          "Use the privileged Message Content intent to answer pasted links.");
  public static final ConfigKey DISCORD_DEV_GUILD =
      key(
          "discord.dev-guild",
          null,
          ValueType.STRING,
          "Register commands in this guild only (fast iteration).");
  public static final ConfigKey DISCORD_SHARDS_TOTAL =
      key("discord.shards.total", "1", ValueType.INT, "Total shards across all instances.");
  public static final ConfigKey DISCORD_SHARDS_MIN =
      key("discord.shards.min", "0", ValueType.INT, "First shard id of this instance.");
  public static final ConfigKey DISCORD_SHARDS_MAX =
      key(
          "discord.shards.max",
          null,
          ValueType.INT,
          "Last shard id of this instance (default: total - 1).");
  public static final ConfigKey DISCORD_USER_RATE_LIMIT =
      key("discord.user-rate-limit", "5", ValueType.INT, "Requests per user per minute.");
  public static final ConfigKey DISCORD_CHANNEL_RATE_LIMIT =
      key("discord.channel-rate-limit", "20", ValueType.INT, "Requests per channel per minute.");

  public static final ConfigKey CONVERSATION_REPOST_WINDOW =
      key(
          "conversation.repost-window",
          "24h",
          ValueType.DURATION,
          "An article answered in a channel this recently gets a pointer to its thread (Discord);"
              + " 0s = off.");
  public static final ConfigKey CONVERSATION_CLAIM_LEASE =
      key(
          "conversation.claim-lease",
          "2m",
          ValueType.DURATION,
          "How long an event being answered stays claimed; a platform retry after that (the"
              + " instance died) is answered. Keep it below Slack's 5-minute retry.");

  private ConfigKeys() {}

  private static ConfigKey key(
      String name, @Nullable String defaultValue, ValueType type, String description) {
    return register(new ConfigKey(name, envOf(name), defaultValue, type, false, description));
  }

  private static ConfigKey secret(String name, String env, String description) {
    return register(new ConfigKey(name, env, null, ValueType.STRING, true, description));
  }

  private static String envOf(String name) {
    return ConfigKey.envNameOf(name);
  }

  private static ConfigKey register(ConfigKey key) {
    if (KEYS.put(key.name(), key) != null) {
      throw new IllegalStateException("duplicate config key " + key.name());
    }
    return key;
  }

  /** All keys in declaration order. */
  public static List<ConfigKey> all() {
    return Collections.unmodifiableList(new ArrayList<>(KEYS.values()));
  }

  public static Optional<ConfigKey> byName(String name) {
    return Optional.ofNullable(KEYS.get(name));
  }
}
