package io.gloss.config.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gloss.config.ComponentChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @TempDir Path dir;

  @Test
  void load_nothingGiven_usesDefaults() {
    Settings settings = Settings.load(null, Map.of());

    assertThat(settings.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(settings.duration(ConfigKeys.FETCH_TIMEOUT)).isEqualTo(Duration.ofSeconds(15));
    assertThat(settings.bytes(ConfigKeys.FETCH_MAX_BYTES)).isEqualTo(5L * 1024 * 1024);
    assertThat(settings.list(ConfigKeys.FETCH_ALLOWED_PORTS)).containsExactly("80", "443");
    assertThat(settings.string(ConfigKeys.LLM_PROVIDER)).isEqualTo("none");
  }

  @Test
  void load_fileThenEnvironment_environmentWins() throws IOException {
    Path file =
        write(
            "data:\n  dir: /srv/gloss\nfetch:\n  timeout: 30s\n  allow-hosts: [intranet.example, 10.1.0.0/16]\n");

    Settings settings = Settings.load(file, Map.of("GLOSS_FETCH_TIMEOUT", "2m"));

    assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/gloss"));
    assertThat(settings.duration(ConfigKeys.FETCH_TIMEOUT)).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.list(ConfigKeys.FETCH_ALLOW_HOSTS))
        .containsExactly("intranet.example", "10.1.0.0/16");
    assertThat(settings.effective())
        .filteredOn(v -> v.key().equals(ConfigKeys.FETCH_TIMEOUT))
        .singleElement()
        .satisfies(v -> assertThat(v.origin()).isEqualTo("env GLOSS_FETCH_TIMEOUT"));
  }

  @Test
  void envNames_followTheKeyPath() {
    assertThat(ConfigKeys.LLM_BASE_URL.env()).isEqualTo("GLOSS_LLM_BASE_URL");
    assertThat(ConfigKeys.DATA_DIR.env()).isEqualTo("GLOSS_DATA_DIR");
    assertThat(ConfigKeys.LLM_API_KEY.env()).isEqualTo("GLOSS_LLM_API_KEY");
    assertThat(ConfigKeys.SLACK_BOT_TOKEN.env()).isEqualTo("SLACK_BOT_TOKEN");
    assertThat(ConfigKeys.DISCORD_TOKEN.env()).isEqualTo("DISCORD_TOKEN");
  }

  @Test
  void load_manyBadValues_reportsEveryProblemAtOnce() throws IOException {
    Path file = write("fetch:\n  timeot: 3s\nllm:\n  provider: openai\n");
    Map<String, String> env =
        Map.of(
            "GLOSS_FETCH_TIMEOUT", "soon",
            "GLOSS_SERVER_PORT", "eighty",
            "GLOSS_LLM_TEMPERATURE", "9",
            "GLOSS_SLACK_MODE", "carrier-pigeon");

    assertThatThrownBy(() -> Settings.load(file, env, ComponentChecks::of))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::key)
                    .contains(
                        "fetch.timeot",
                        "fetch.timeout",
                        "server.port",
                        "llm.temperature",
                        "slack.mode",
                        "llm.model",
                        "llm.api-key"));
  }

  @Test
  void load_aBadValue_isReportedOnce_notAgainByTheComponentThatUsesIt() {
    Map<String, String> env = Map.of("GLOSS_SERVER_PORT", "99999", "GLOSS_SLACK_MODE", "http");

    assertThatThrownBy(() -> Settings.load(null, env, ComponentChecks::of))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .filteredOn(p -> p.toString().contains("server.port"))
                    .singleElement()
                    .satisfies(p -> assertThat(p.key()).isEqualTo("server.port")));
  }

  @Test
  void load_badSecret_neverShowsItsValue() {
    String token = "not-a-slack-token-Zq9Xv7";
    Map<String, String> env =
        Map.of("SLACK_BOT_TOKEN", token, "GLOSS_DB_PASSWORD", "hunter2-Zq9Xv7");

    assertThatThrownBy(() -> Settings.load(null, env, ComponentChecks::of))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("SLACK_BOT_TOKEN must be a bot token")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Zq9Xv7"));
  }

  @Test
  void effective_secretsAreRedacted() {
    Settings settings =
        Settings.load(
            null, Map.of("SLACK_BOT_TOKEN", "xoxb-Zq9Xv7", "GLOSS_LLM_API_KEY", "sk-Zq9Xv7"));

    assertThat(settings.effective()).noneMatch(v -> v.shown().contains("Zq9Xv7"));
    assertThat(settings.toString()).doesNotContain("Zq9Xv7");
    assertThat(settings.string(ConfigKeys.SLACK_BOT_TOKEN)).isEqualTo("xoxb-Zq9Xv7");
  }

  @Test
  void load_brokenYaml_namesTheFile() throws IOException {
    Path file = write("fetch: [unclosed\n");

    assertThatThrownBy(() -> Settings.load(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void load_shardRangeOutsideTotal_isAProblem() {
    assertThatThrownBy(
            () ->
                Settings.load(
                    null,
                    Map.of(
                        "DISCORD_TOKEN", "discord-token",
                        "GLOSS_DISCORD_SHARDS_TOTAL", "2",
                        "GLOSS_DISCORD_SHARDS_MAX", "3"),
                    ComponentChecks::of))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("discord.shards");
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("gloss.yml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void load_valuesThatParseButCannotWork_withoutAnyToken_everyOneIsReported() {
    Map<String, String> env = new java.util.HashMap<>();
    env.put("GLOSS_FETCH_TIMEOUT", "0s");
    env.put("GLOSS_FETCH_CONNECT_TIMEOUT", "0ms");
    env.put("GLOSS_FETCH_ALLOW_HOSTS", "news.intranet.example,not a host!!,999.1.2.3/77");
    env.put("GLOSS_FETCH_ALLOWED_PORTS", "");
    env.put("GLOSS_LLM_BASE_URL", "http://user:hunter2@llm.example/v1");
    env.put("GLOSS_CACHE_TTL", "0s");
    env.put("GLOSS_STORE_RETENTION_SHARED_LINKS", "0d");
    env.put(
        "GLOSS_SLACK_UNFURL_DOMAINS",
        "a.example,b.example,c.example,d.example,e.example,f.example");
    env.put("GLOSS_SLACK_USER_RATE_LIMIT", "-1");
    env.put("GLOSS_DISCORD_CHANNEL_RATE_LIMIT", "-5");
    env.put("GLOSS_DISCORD_SHARDS_TOTAL", "4");
    env.put("GLOSS_DISCORD_SHARDS_MIN", "3");
    env.put("GLOSS_DISCORD_SHARDS_MAX", "1");
    env.put("GLOSS_DISCORD_DEV_GUILD", "my-test-guild");

    ConfigException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ConfigException.class, () -> Settings.load(null, env, ComponentChecks::of));

    assertThat(e.problems())
        .extracting(ConfigProblem::key)
        .contains(
            "fetch.timeout",
            "fetch.connect-timeout",
            "fetch.allow-hosts",
            "fetch.allowed-ports",
            "llm.base-url",
            "cache.ttl",
            "store.retention.shared-links",
            "slack",
            "discord");
    assertThat(e.problems()).filteredOn(p -> p.key().equals("fetch.allow-hosts")).hasSize(2);
    String all = e.problems().toString();
    assertThat(all)
        .contains("unfurl-domains", "user-rate-limit", "channel-rate-limit", "shards", "dev-guild")
        .doesNotContain("hunter2")
        .doesNotContain("DISCORD_TOKEN")
        .doesNotContain("SLACK_BOT_TOKEN");
  }

  @Test
  void repostWindow_defaultsTo24h_zeroTurnsItOff_andAnUnreadableValueIsAProblem() {
    assertThat(Settings.load(null, Map.of()).duration(ConfigKeys.CONVERSATION_REPOST_WINDOW))
        .isEqualTo(java.time.Duration.ofHours(24));
    assertThat(
            Settings.load(null, Map.of("GLOSS_CONVERSATION_REPOST_WINDOW", "0s"))
                .duration(ConfigKeys.CONVERSATION_REPOST_WINDOW))
        .isZero();

    ConfigException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ConfigException.class,
            () -> Settings.load(null, Map.of("GLOSS_CONVERSATION_REPOST_WINDOW", "a day")));
    assertThat(e.problems())
        .extracting(ConfigProblem::key)
        .containsExactly("conversation.repost-window");
  }

  @Test
  void claimLease_defaultsTo2m_zeroAndOverAnHourAreProblems() {
    assertThat(Settings.load(null, Map.of()).duration(ConfigKeys.CONVERSATION_CLAIM_LEASE))
        .isEqualTo(java.time.Duration.ofMinutes(2));
    for (String bad : java.util.List.of("0s", "2h")) {
      ConfigException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              ConfigException.class,
              () -> Settings.load(null, Map.of("GLOSS_CONVERSATION_CLAIM_LEASE", bad)));
      assertThat(e.problems())
          .as(bad)
          .extracting(ConfigProblem::key)
          .containsExactly("conversation.claim-lease");
    }
  }

  @Test
  void effective_passwordInsideDbUrl_isRedacted() {
    Settings settings =
        Settings.load(
            null,
            Map.of("GLOSS_DB_URL", "jdbc:postgresql://db.example/gloss?user=g&password=s3cr3t"));

    assertThat(settings.effective().toString()).contains("password=****").doesNotContain("s3cr3t");
  }

  @Test
  void warnings_misspeltGlossVariable_namesTheClosestKey() {
    Settings settings = Settings.load(null, Map.of("GLOSS_FETCH_TIMOUT", "3s", "GLOSS_CONFIG", ""));

    assertThat(settings.warnings())
        .singleElement()
        .asString()
        .contains("GLOSS_FETCH_TIMOUT", "did you mean GLOSS_FETCH_TIMEOUT?");
  }
}
