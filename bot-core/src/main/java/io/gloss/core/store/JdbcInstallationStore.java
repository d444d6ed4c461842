package io.gloss.core.store;

import io.gloss.core.domain.Installation;
import io.gloss.core.port.out.InstallationStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * {@link InstallationStore} on the {@code slack_installation} and {@code slack_oauth_state} tables.
 * Tokens pass through a {@link TokenCipher} (encrypted at rest when a key is configured). {@link
 * #update} locks the row: {@code SELECT … FOR UPDATE} on PostgreSQL; on SQLite every write
 * transaction already holds the database's single write lock from its start.
 */
public final class JdbcInstallationStore implements InstallationStore {
  private static final String COLUMNS =
      "team_id, enterprise_id, team_name, bot_user_id, bot_id, bot_token, bot_scopes,"
          + " installer_user_id, installed_at, refresh_token, token_expires_at";

  private final Database database;
  private final TokenCipher cipher;

  public JdbcInstallationStore(Database database, TokenCipher cipher) {
    this.database = Objects.requireNonNull(database, "database");
    this.cipher = Objects.requireNonNull(cipher, "cipher");
  }

  @Override
  public void save(Installation installation) {
    Objects.requireNonNull(installation, "installation");
    database.write(connection -> upsert(connection, installation));
  }

  private int upsert(Connection connection, Installation i) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO slack_installation ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (team_id) DO UPDATE SET"
                + " enterprise_id = excluded.enterprise_id, team_name = excluded.team_name,"
                + " bot_user_id = excluded.bot_user_id, bot_id = excluded.bot_id,"
                + " bot_token = excluded.bot_token, bot_scopes = excluded.bot_scopes,"
                + " installer_user_id = excluded.installer_user_id,"
                + " installed_at = excluded.installed_at, refresh_token = excluded.refresh_token,"
                + " token_expires_at = excluded.token_expires_at")) {
      upsert.setString(1, i.teamId());
      Sql.text(upsert, 2, i.enterpriseId());
      Sql.text(upsert, 3, i.teamName());
      upsert.setString(4, i.botUserId());
      Sql.text(upsert, 5, i.botId());
      upsert.setString(6, cipher.seal(i.botToken(), "bot:" + i.teamId()));
      upsert.setString(7, i.botScopes());
      Sql.text(upsert, 8, i.installerUserId());
      upsert.setLong(9, i.installedAt().toEpochMilli());
      String refresh = i.refreshToken();
      Sql.text(upsert, 10, refresh == null ? null : cipher.seal(refresh, "refresh:" + i.teamId()));
      Sql.millis(upsert, 11, i.tokenExpiresAt());
      return upsert.executeUpdate();
    }
  }

  @Override
  public Optional<Installation> find(String teamId) {
    Objects.requireNonNull(teamId, "teamId");
    return database.read(connection -> select(connection, teamId, false));
  }

  @Override
  public Optional<Installation> update(String teamId, UnaryOperator<Installation> change) {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(change, "change");
    return database.write(
        connection -> {
          Optional<Installation> current =
              select(connection, teamId, database.dialect() == Database.Dialect.POSTGRESQL);
          if (current.isEmpty()) {
            return current;
          }
          Installation changed = Objects.requireNonNull(change.apply(current.get()), "changed");
          if (!changed.teamId().equals(teamId)) {
            throw new IllegalArgumentException("an update must keep the team id " + teamId);
          }
          upsert(connection, changed);
          return Optional.of(changed);
        });
  }

  private Optional<Installation> select(Connection connection, String teamId, boolean forUpdate)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM slack_installation WHERE team_id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
      select.setString(1, teamId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(installation(row)) : Optional.empty();
      }
    }
  }

  private Installation installation(ResultSet row) throws SQLException {
    String team = row.getString("team_id");
    @Nullable String refresh = row.getString("refresh_token");
    return new Installation(
        team,
        row.getString("enterprise_id"),
        row.getString("team_name"),
        row.getString("bot_user_id"),
        row.getString("bot_id"),
        cipher.open(row.getString("bot_token"), "bot:" + team),
        row.getString("bot_scopes"),
        row.getString("installer_user_id"),
        Instant.ofEpochMilli(row.getLong("installed_at")),
        refresh == null ? null : cipher.open(refresh, "refresh:" + team),
        Sql.instant(row, "token_expires_at"));
  }

  @Override
  public boolean delete(String teamId) {
    Objects.requireNonNull(teamId, "teamId");
    return database.write(
            connection -> {
              try (PreparedStatement delete =
                  connection.prepareStatement("DELETE FROM slack_installation WHERE team_id = ?")) {
                delete.setString(1, teamId);
                return delete.executeUpdate();
              }
            })
        > 0;
  }

  @Override
  public void addState(String state, Instant expiresAt) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(expiresAt, "expiresAt");
    database.write(
        connection -> {
          // Expired states are dropped as new ones come, so the table stays small.
          try (PreparedStatement purge =
                  connection.prepareStatement(
                      "DELETE FROM slack_oauth_state WHERE expires_at < ?");
              PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO slack_oauth_state (state, expires_at) VALUES (?, ?)")) {
            purge.setLong(1, expiresAt.minusSeconds(24 * 3600).toEpochMilli());
            purge.executeUpdate();
            insert.setString(1, state);
            insert.setLong(2, expiresAt.toEpochMilli());
            return insert.executeUpdate();
          }
        });
  }

  @Override
  public boolean takeState(String state, Instant now) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(now, "now");
    int taken =
        database.write(
            connection -> {
              try (PreparedStatement delete =
                  connection.prepareStatement(
                      "DELETE FROM slack_oauth_state WHERE state = ? AND expires_at > ?")) {
                delete.setString(1, state);
                delete.setLong(2, now.toEpochMilli());
                return delete.executeUpdate();
              }
            });
    return taken == 1;
  }
}
