package io.gloss.core.store;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.Feedback;
import io.gloss.core.domain.Vote;
import io.gloss.core.domain.Workspace;
import io.gloss.core.port.out.FeedbackStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link FeedbackStore} on the {@code feedback} table, keyed by (workspace, reply, user): a second
 * vote by the same user on the same reply replaces the first.
 */
public final class JdbcFeedbackStore implements FeedbackStore {
  private final Database database;

  public JdbcFeedbackStore(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  @Override
  public Optional<Feedback> vote(Feedback feedback) {
    String workspace = feedback.workspace().key();
    return database.write(
        connection -> {
          Optional<Feedback> previous =
              select(
                      connection,
                      "SELECT * FROM feedback WHERE workspace = ? AND reply_ref = ?"
                          + " AND user_ref = ?",
                      workspace,
                      feedback.replyRef(),
                      feedback.user())
                  .stream()
                  .findFirst();
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO feedback (workspace, reply_ref, user_ref, platform, channel, url,"
                      + " vote, voted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (workspace, reply_ref, user_ref) DO UPDATE SET"
                      + " vote = excluded.vote, voted_at = excluded.voted_at,"
                      + " url = COALESCE(excluded.url, feedback.url)")) {
            upsert.setString(1, workspace);
            upsert.setString(2, feedback.replyRef());
            upsert.setString(3, feedback.user());
            upsert.setString(4, feedback.channel().platform());
            upsert.setString(5, feedback.channel().channel());
            Sql.text(upsert, 6, feedback.url());
            upsert.setInt(7, feedback.vote().value());
            upsert.setLong(8, feedback.votedAt().toEpochMilli());
            upsert.executeUpdate();
          }
          return previous;
        });
  }

  @Override
  public List<Feedback> votes(Workspace workspace, String replyRef) {
    return database.read(
        connection ->
            select(
                connection,
                "SELECT * FROM feedback WHERE workspace = ? AND reply_ref = ?"
                    + " ORDER BY voted_at, user_ref",
                workspace.key(),
                replyRef));
  }

  private static List<Feedback> select(Connection connection, String sql, String... parameters)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setString(i + 1, parameters[i]);
      }
      List<Feedback> found = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String platform = row.getString("platform");
          String key = row.getString("workspace");
          String id = key.startsWith(platform + ":") ? key.substring(platform.length() + 1) : "-";
          found.add(
              new Feedback(
                  new ChannelRef(platform, id, row.getString("channel")),
                  row.getString("reply_ref"),
                  row.getString("user_ref"),
                  row.getString("url"),
                  Vote.ofValue(row.getInt("vote")),
                  Instant.ofEpochMilli(row.getLong("voted_at"))));
        }
      }
      return found;
    }
  }
}
