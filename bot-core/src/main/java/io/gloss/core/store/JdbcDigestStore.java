package io.gloss.core.store;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestRun;
import io.gloss.core.domain.DigestRunStatus;
import io.gloss.core.domain.DigestSubscription;
import io.gloss.core.port.out.DigestStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@link DigestStore} on {@code digest_subscription} and {@code digest_run}. A run is claimed by
 * inserting its (channel, date) row: the primary key lets exactly one instance in.
 */
public final class JdbcDigestStore implements DigestStore {
  private final Database database;
  private final Clock clock;

  public JdbcDigestStore(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void subscribe(DigestSubscription subscription) {
    database.write(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO digest_subscription"
                      + " (platform, workspace, channel, local_time, zone, weekdays, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (platform, workspace, channel) DO UPDATE SET"
                      + " local_time = excluded.local_time, zone = excluded.zone,"
                      + " weekdays = excluded.weekdays, updated_at = excluded.updated_at")) {
            int index = Sql.channel(upsert, 1, subscription.channel());
            upsert.setString(index, subscription.time().toString());
            upsert.setString(index + 1, subscription.zone().getId());
            upsert.setString(index + 2, weekdays(subscription.weekdays()));
            upsert.setLong(index + 3, clock.millis());
            return upsert.executeUpdate();
          }
        });
  }

  @Override
  public boolean unsubscribe(ChannelRef channel) {
    return database.write(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "DELETE FROM digest_subscription"
                      + " WHERE platform = ? AND workspace = ? AND channel = ?")) {
            Sql.channel(delete, 1, channel);
            return delete.executeUpdate() > 0;
          }
        });
  }

  @Override
  public Optional<DigestSubscription> subscription(ChannelRef channel) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT * FROM digest_subscription"
                      + " WHERE platform = ? AND workspace = ? AND channel = ?")) {
            Sql.channel(select, 1, channel);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Optional.of(subscription(row)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<DigestSubscription> subscriptions() {
    return database.read(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT * FROM digest_subscription ORDER BY platform, workspace, channel");
              ResultSet row = select.executeQuery()) {
            List<DigestSubscription> all = new ArrayList<>();
            while (row.next()) {
              all.add(subscription(row));
            }
            return all;
          }
        });
  }

  @Override
  public boolean claimRun(ChannelRef channel, LocalDate date) {
    int inserted =
        database.write(
            connection -> {
              try (PreparedStatement claim =
                  connection.prepareStatement(
                      "INSERT INTO digest_run"
                          + " (platform, workspace, channel, run_date, status, claimed_at)"
                          + " VALUES (?, ?, ?, ?, ?, ?)"
                          + " ON CONFLICT (platform, workspace, channel, run_date) DO NOTHING")) {
                int index = Sql.channel(claim, 1, channel);
                claim.setString(index, date.toString());
                claim.setString(index + 1, DigestRunStatus.CLAIMED.code());
                claim.setLong(index + 2, clock.millis());
                return claim.executeUpdate();
              }
            });
    return inserted == 1;
  }

  @Override
  public void finishRun(
      ChannelRef channel, LocalDate date, DigestRunStatus status, @Nullable String detail) {
    database.write(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE digest_run SET status = ?, finished_at = ?, detail = ?"
                      + " WHERE platform = ? AND workspace = ? AND channel = ? AND run_date = ?")) {
            update.setString(1, status.code());
            update.setLong(2, clock.millis());
            Sql.text(update, 3, detail);
            int index = Sql.channel(update, 4, channel);
            update.setString(index, date.toString());
            return update.executeUpdate();
          }
        });
  }

  @Override
  public Optional<DigestRun> run(ChannelRef channel, LocalDate date) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT * FROM digest_run"
                      + " WHERE platform = ? AND workspace = ? AND channel = ? AND run_date = ?")) {
            int index = Sql.channel(select, 1, channel);
            select.setString(index, date.toString());
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new DigestRun(
                      channel,
                      date,
                      DigestRunStatus.valueOf(
                          row.getString("status").toUpperCase(java.util.Locale.ROOT)),
                      Instant.ofEpochMilli(row.getLong("claimed_at")),
                      Sql.instant(row, "finished_at"),
                      row.getString("detail")));
            }
          }
        });
  }

  private static DigestSubscription subscription(ResultSet row) throws SQLException {
    Set<DayOfWeek> days =
        Arrays.stream(row.getString("weekdays").split(","))
            .filter(day -> !day.isBlank())
            .map(DayOfWeek::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    return new DigestSubscription(
        Sql.channel(row),
        LocalTime.parse(row.getString("local_time")),
        ZoneId.of(row.getString("zone")),
        days);
  }

  private static String weekdays(Set<DayOfWeek> days) {
    return EnumSet.copyOf(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
  }
}
