package io.gloss.core.store;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.SharedLink;
import io.gloss.core.port.out.SharedLinkLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link SharedLinkLog} on the {@code shared_link} table. Old rows are removed by {@link
 * DataPurger#purgeExpired}.
 */
public final class JdbcSharedLinkLog implements SharedLinkLog {
  private final Database database;

  public JdbcSharedLinkLog(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  @Override
  public void record(SharedLink link) {
    database.write(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO shared_link (platform, workspace, channel, message_ref, url,"
                      + " thread_ref, user_ref, canonical_url, shared_at, reactions, replies)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (platform, workspace, channel, message_ref, url) DO UPDATE SET"
                      + " thread_ref = COALESCE(excluded.thread_ref, shared_link.thread_ref)")) {
            int index = Sql.channel(insert, 1, link.channel());
            insert.setString(index, link.messageRef());
            insert.setString(index + 1, link.url());
            Sql.text(insert, index + 2, link.threadRef());
            insert.setString(index + 3, link.user());
            insert.setString(index + 4, link.canonicalUrl());
            Sql.millis(insert, index + 5, link.sharedAt());
            insert.setInt(index + 6, link.reactions());
            insert.setInt(index + 7, link.replies());
            return insert.executeUpdate();
          }
        });
  }

  @Override
  public void updateEngagement(ChannelRef channel, String messageRef, int reactions, int replies) {
    database.write(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE shared_link SET reactions = ?, replies = ?"
                      + " WHERE platform = ? AND workspace = ? AND channel = ? AND message_ref = ?")) {
            update.setInt(1, reactions);
            update.setInt(2, replies);
            int index = Sql.channel(update, 3, channel);
            update.setString(index, messageRef);
            return update.executeUpdate();
          }
        });
  }

  @Override
  public List<SharedLink> since(ChannelRef channel, Instant since) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT * FROM shared_link"
                      + " WHERE platform = ? AND workspace = ? AND channel = ? AND shared_at >= ?"
                      + " ORDER BY shared_at, message_ref, url")) {
            int index = Sql.channel(select, 1, channel);
            Sql.millis(select, index, since);
            List<SharedLink> links = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                links.add(
                    new SharedLink(
                        Sql.channel(row),
                        row.getString("message_ref"),
                        row.getString("thread_ref"),
                        row.getString("user_ref"),
                        row.getString("url"),
                        row.getString("canonical_url"),
                        Instant.ofEpochMilli(row.getLong("shared_at")),
                        row.getInt("reactions"),
                        row.getInt("replies")));
              }
            }
            return links;
          }
        });
  }
}
