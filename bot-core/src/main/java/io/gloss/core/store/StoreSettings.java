package io.gloss.core.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where and how Gloss keeps its data. Built by the {@code config} module.
 *
 * @param dataDir the data directory; SQLite keeps {@code gloss.db} there
 * @param jdbcUrl a {@code jdbc:postgresql://...} or {@code jdbc:sqlite:...} URL; empty means SQLite
 *     at {@code dataDir/gloss.db}
 * @param user database user (PostgreSQL), if any
 * @param password database password (PostgreSQL), if any; never printed
 * @param poolSize maximum connections of the PostgreSQL pool (SQLite always uses one connection so
 *     that writes are serialized)
 * @param sharedLinkRetention how long the shared-link log keeps a link
 * @param processedEventsTtl how long a processed platform event id is remembered
 * @param articleRetention how long an article and its summaries are kept after the last fetch
 * @param digestRunRetention how long digest runs and LLM usage days are kept
 */
public record StoreSettings(
    Path dataDir,
    String jdbcUrl,
    @Nullable String user,
    @Nullable String password,
    int poolSize,
    Duration sharedLinkRetention,
    Duration processedEventsTtl,
    Duration articleRetention,
    Duration digestRunRetention) {

  public static final Path DEFAULT_DATA_DIR = Path.of("./data");
  public static final String DATABASE_FILE = "gloss.db";

  public StoreSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(sharedLinkRetention, "sharedLinkRetention");
    Objects.requireNonNull(processedEventsTtl, "processedEventsTtl");
    Objects.requireNonNull(articleRetention, "articleRetention");
    Objects.requireNonNull(digestRunRetention, "digestRunRetention");
    jdbcUrl = jdbcUrl.trim();
    if (poolSize < 1) {
      throw new IllegalArgumentException("'poolSize' must be at least 1");
    }
    if (!jdbcUrl.isEmpty()
        && !jdbcUrl.startsWith("jdbc:sqlite:")
        && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "'jdbcUrl' must start with jdbc:postgresql: or jdbc:sqlite: (or be empty)");
    }
  }

  /** SQLite in {@code ./data} with the default retention. */
  public static StoreSettings defaults() {
    return sqlite(DEFAULT_DATA_DIR);
  }

  /** SQLite at {@code dataDir/gloss.db} with the default retention. */
  public static StoreSettings sqlite(Path dataDir) {
    return new StoreSettings(
        dataDir,
        "",
        null,
        null,
        10,
        Duration.ofDays(90),
        Duration.ofDays(1),
        Duration.ofDays(180),
        Duration.ofDays(400));
  }

  /** PostgreSQL with the default retention and a pool of 10. */
  public static StoreSettings postgres(
      String jdbcUrl, @Nullable String user, @Nullable String password) {
    return new StoreSettings(
        DEFAULT_DATA_DIR,
        jdbcUrl,
        user,
        password,
        10,
        Duration.ofDays(90),
        Duration.ofDays(1),
        Duration.ofDays(180),
        Duration.ofDays(400));
  }

  public StoreSettings withRetention(
      Duration sharedLinks, Duration processedEvents, Duration articles, Duration digestRuns) {
    return new StoreSettings(
        dataDir,
        jdbcUrl,
        user,
        password,
        poolSize,
        sharedLinks,
        processedEvents,
        articles,
        digestRuns);
  }

  /** True when the store is SQLite (the default). */
  public boolean isSqlite() {
    return jdbcUrl.isEmpty() || jdbcUrl.startsWith("jdbc:sqlite:");
  }

  /** The JDBC URL actually used. */
  public String effectiveJdbcUrl() {
    return jdbcUrl.isEmpty()
        ? "jdbc:sqlite:" + dataDir.resolve(DATABASE_FILE).toAbsolutePath().normalize()
        : jdbcUrl;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "StoreSettings[dataDir=%s, jdbcUrl=%s, user=%s, password=%s, poolSize=%d,"
            + " sharedLinkRetention=%s, processedEventsTtl=%s, articleRetention=%s,"
            + " digestRunRetention=%s]",
        dataDir,
        redactUrl(jdbcUrl),
        user,
        password == null ? null : "***",
        poolSize,
        sharedLinkRetention,
        processedEventsTtl,
        articleRetention,
        digestRunRetention);
  }

  /** Hides a password passed as a URL parameter, e.g. {@code ?password=...}. */
  static String redactUrl(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
