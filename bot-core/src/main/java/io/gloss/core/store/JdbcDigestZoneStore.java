package io.gloss.core.store;

import io.gloss.core.domain.Workspace;
import io.gloss.core.port.out.DigestZoneStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** {@link DigestZoneStore} on the {@code digest_workspace} table. */
public final class JdbcDigestZoneStore implements DigestZoneStore {
  private final Database database;
  private final Clock clock;

  public JdbcDigestZoneStore(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<ZoneId> zone(Workspace workspace) {
    Optional<String> id =
        database.read(
            connection -> {
              try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT zone FROM digest_workspace WHERE workspace = ?")) {
                select.setString(1, workspace.key());
                try (ResultSet row = select.executeQuery()) {
                  return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
              }
            });
    return id.flatMap(JdbcDigestZoneStore::knownZone);
  }

  @Override
  public void setZone(Workspace workspace, ZoneId zone) {
    database.write(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO digest_workspace (workspace, zone, updated_at) VALUES (?, ?, ?)"
                      + " ON CONFLICT (workspace) DO UPDATE SET"
                      + " zone = excluded.zone, updated_at = excluded.updated_at")) {
            upsert.setString(1, workspace.key());
            upsert.setString(2, zone.getId());
            upsert.setLong(3, clock.millis());
            return upsert.executeUpdate();
          }
        });
  }

  /** A zone id stored by an older time-zone database may no longer be known: then there is none. */
  private static Optional<ZoneId> knownZone(String id) {
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
