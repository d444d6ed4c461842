package io.gloss.core.store;

import io.gloss.core.domain.ChannelRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Deletes data: what is past its retention ({@link StoreSettings}), and everything about one
 * channel for a privacy request ({@code gloss data purge --channel ...}). Each purge is one
 * transaction.
 */
public final class DataPurger {
  private static final String CHANNEL_MATCH =
      " WHERE platform = ? AND workspace = ? AND channel = ?";

  /**
   * Rows deleted, per table.
   *
   * @param rowsByTable table name to deleted row count, in deletion order
   */
  public record Purged(Map<String, Integer> rowsByTable) {
    public Purged {
      rowsByTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByTable));
    }

    public int total() {
      return rowsByTable.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final Database database;

  public DataPurger(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** Deletes what the retention settings no longer keep at {@code now}. */
  public Purged purgeExpired(Instant now) {
    StoreSettings settings = database.settings();
    long links = now.minus(settings.sharedLinkRetention()).toEpochMilli();
    long articles = now.minus(settings.articleRetention()).toEpochMilli();
    long runs = now.minus(settings.digestRunRetention()).toEpochMilli();
    String usageDay =
        LocalDate.ofInstant(now.minus(settings.digestRunRetention()), ZoneOffset.UTC).toString();
    return database.write(
        connection -> {
          Map<String, Integer> purged = new LinkedHashMap<>();
          purged.put(
              "shared_link",
              delete(connection, "DELETE FROM shared_link WHERE shared_at < ?", links));
          purged.put(
              "processed_event",
              delete(
                  connection,
                  "DELETE FROM processed_event WHERE expires_at <= ?",
                  now.toEpochMilli()));
          // Coordination rows of a fleet: a day-old window or lease is over in any case.
          long dayAgo = now.minus(java.time.Duration.ofDays(1)).toEpochMilli();
          purged.put(
              "rate_window",
              delete(connection, "DELETE FROM rate_window WHERE window_start < ?", dayAgo));
          purged.put(
              "work_lease",
              delete(connection, "DELETE FROM work_lease WHERE lease_until < ?", dayAgo));
          purged.put(
              "article", delete(connection, "DELETE FROM article WHERE fetched_at < ?", articles));
          // Summaries of deleted articles, and of article versions that were replaced.
          purged.put(
              "summary",
              delete(
                  connection,
                  "DELETE FROM summary WHERE NOT EXISTS (SELECT 1 FROM article a"
                      + " WHERE a.canonical_url = summary.canonical_url"
                      + " AND a.content_hash = summary.content_hash)"));
          purged.put(
              "article_url",
              delete(
                  connection,
                  "DELETE FROM article_url WHERE NOT EXISTS (SELECT 1 FROM article a"
                      + " WHERE a.canonical_url = article_url.canonical_url)"));
          purged.put(
              "digest_run",
              delete(connection, "DELETE FROM digest_run WHERE claimed_at < ?", runs));
          purged.put(
              "llm_usage",
              delete(connection, "DELETE FROM llm_usage WHERE usage_day < ?", usageDay));
          return new Purged(purged);
        });
  }

  /** Deletes everything stored about one channel: settings, shared links, digests, feedback. */
  public Purged purgeChannel(ChannelRef channel) {
    return database.write(
        connection -> {
          Map<String, Integer> purged = new LinkedHashMap<>();
          for (String table :
              new String[] {
                "channel_settings", "shared_link", "digest_subscription", "digest_run"
              }) {
            try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM " + table + CHANNEL_MATCH)) {
              Sql.channel(delete, 1, channel);
              purged.put(table, delete.executeUpdate());
            }
          }
          purged.put(
              "feedback",
              delete(
                  connection,
                  "DELETE FROM feedback WHERE workspace = ? AND platform = ? AND channel = ?",
                  io.gloss.core.domain.Workspace.of(channel).key(),
                  channel.platform(),
                  channel.channel()));
          return new Purged(purged);
        });
  }

  /**
   * Deletes everything a workspace wrote (its channels' settings, shared links, digests, feedback
   * and team glossary), for {@code store.purge-on-uninstall} when the app is uninstalled there.
   * Public data (articles, summaries) stays.
   */
  public Purged purgeWorkspace(io.gloss.core.domain.Workspace workspace) {
    Objects.requireNonNull(workspace, "workspace");
    String key = workspace.key();
    int colon = key.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("not a platform workspace: " + key);
    }
    String platform = key.substring(0, colon);
    String id = key.substring(colon + 1);
    String teamEntries =
        " WHERE entry_id IN (SELECT entry_id FROM glossary_entry"
            + " WHERE kind = 'TEAM' AND workspace = ?)";
    return database.write(
        connection -> {
          Map<String, Integer> purged = new LinkedHashMap<>();
          for (String table :
              new String[] {
                "channel_settings", "shared_link", "digest_subscription", "digest_run"
              }) {
            purged.put(
                table,
                delete(
                    connection,
                    "DELETE FROM " + table + " WHERE platform = ? AND workspace = ?",
                    platform,
                    id));
          }
          purged.put(
              "feedback", delete(connection, "DELETE FROM feedback WHERE workspace = ?", key));
          purged.put(
              "glossary_key", delete(connection, "DELETE FROM glossary_key" + teamEntries, key));
          purged.put(
              "glossary_history",
              delete(connection, "DELETE FROM glossary_history" + teamEntries, key));
          purged.put(
              "glossary_entry",
              delete(
                  connection,
                  "DELETE FROM glossary_entry WHERE kind = 'TEAM' AND workspace = ?",
                  key));
          return new Purged(purged);
        });
  }

  private static int delete(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        delete.setObject(i + 1, parameters[i]);
      }
      return delete.executeUpdate();
    }
  }
}
