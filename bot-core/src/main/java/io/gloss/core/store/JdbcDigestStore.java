package io.gloss.core.store;

import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestHealth;
import io.gloss.core.domain.DigestRun;
import io.gloss.core.domain.DigestRunStatus;
import io.gloss.core.domain.DigestSubscription;
import io.gloss.core.port.out.DigestStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
                      + " weekdays = excluded.weekdays, updated_at = excluded.updated_at,"
                      + " failures = 0, paused_reason = NULL")) {
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
    return database.read(connection -> findRun(connection, channel, date));
  }

  @Override
  public Optional<DigestRun> claimRun(
      ChannelRef channel, LocalDate date, String owner, Duration lease, Instant periodStart) {
    return database.write(
        connection -> {
          long now = clock.millis();
          long until = now + lease.toMillis();
          int claimed;
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO digest_run (platform, workspace, channel, run_date, status,"
                      + " claimed_at, lease_owner, lease_until, period_start)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (platform, workspace, channel, run_date) DO NOTHING")) {
            int index = Sql.channel(insert, 1, channel);
            insert.setString(index, date.toString());
            insert.setString(index + 1, DigestRunStatus.CLAIMED.code());
            insert.setLong(index + 2, now);
            insert.setString(index + 3, owner);
            insert.setLong(index + 4, until);
            Sql.millis(insert, index + 5, periodStart);
            claimed = insert.executeUpdate();
          }
          if (claimed == 0) {
            // Take over a claim whose holder died: the condition is evaluated on the latest row
            // version, so two instances racing for the same expired lease cannot both win.
            try (PreparedStatement takeOver =
                connection.prepareStatement(
                    "UPDATE digest_run SET lease_owner = ?, lease_until = ?, claimed_at = ?,"
                        + " period_start = COALESCE(period_start, ?)"
                        + " WHERE platform = ? AND workspace = ? AND channel = ? AND run_date = ?"
                        + " AND status = ? AND (lease_until IS NULL OR lease_until < ?)")) {
              takeOver.setString(1, owner);
              takeOver.setLong(2, until);
              takeOver.setLong(3, now);
              Sql.millis(takeOver, 4, periodStart);
              int index = Sql.channel(takeOver, 5, channel);
              takeOver.setString(index, date.toString());
              takeOver.setString(index + 1, DigestRunStatus.CLAIMED.code());
              takeOver.setLong(index + 2, now);
              claimed = takeOver.executeUpdate();
            }
          }
          return claimed == 1 ? findRun(connection, channel, date) : Optional.<DigestRun>empty();
        });
  }

  @Override
  public void recordPosted(ChannelRef channel, LocalDate date, String owner, String messageRef) {
    database.write(
        connection -> {
          Optional<DigestRun> run = findRun(connection, channel, date);
          if (run.isEmpty()) {
            return 0;
          }
          List<String> refs = new ArrayList<>(run.get().postedRefs());
          refs.add(messageRef.replace(",", ""));
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE digest_run SET posted_refs = ?"
                      + " WHERE platform = ? AND workspace = ? AND channel = ? AND run_date = ?"
                      + " AND lease_owner = ?")) {
            update.setString(1, String.join(",", refs));
            int index = Sql.channel(update, 2, channel);
            update.setString(index, date.toString());
            update.setString(index + 1, owner);
            return update.executeUpdate();
          }
        });
  }

  @Override
  public Optional<DigestRun> lastRun(ChannelRef channel) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT * FROM digest_run WHERE platform = ? AND workspace = ? AND channel = ?"
                      + " ORDER BY run_date DESC LIMIT 1")) {
            Sql.channel(select, 1, channel);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Optional.of(run(row)) : Optional.<DigestRun>empty();
            }
          }
        });
  }

  @Override
  public Optional<Instant> lastPeriodEnd(ChannelRef channel) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT MAX(claimed_at) FROM digest_run"
                      + " WHERE platform = ? AND workspace = ? AND channel = ? AND status = ?")) {
            int index = Sql.channel(select, 1, channel);
            select.setString(index, DigestRunStatus.SENT.code());
            try (ResultSet row = select.executeQuery()) {
              if (row.next()) {
                long millis = row.getLong(1);
                if (!row.wasNull()) {
                  return Optional.of(Instant.ofEpochMilli(millis));
                }
              }
              return Optional.<Instant>empty();
            }
          }
        });
  }

  @Override
  public DigestHealth health(ChannelRef channel) {
    return database.read(connection -> health(connection, channel));
  }

  @Override
  public DigestHealth recordFailure(ChannelRef channel, String reason, int pauseAfter) {
    return database.write(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE digest_subscription SET failures = failures + 1,"
                      + " paused_reason = CASE WHEN failures + 1 >= ? THEN ? ELSE paused_reason END"
                      + " WHERE platform = ? AND workspace = ? AND channel = ?")) {
            update.setInt(1, pauseAfter);
            update.setString(2, reason);
            Sql.channel(update, 3, channel);
            update.executeUpdate();
          }
          return health(connection, channel);
        });
  }

  @Override
  public void recordSuccess(ChannelRef channel) {
    database.write(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE digest_subscription SET failures = 0, paused_reason = NULL"
                      + " WHERE platform = ? AND workspace = ? AND channel = ?")) {
            Sql.channel(update, 1, channel);
            return update.executeUpdate();
          }
        });
  }

  private static DigestHealth health(Connection connection, ChannelRef channel)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT failures, paused_reason, updated_at FROM digest_subscription"
                + " WHERE platform = ? AND workspace = ? AND channel = ?")) {
      Sql.channel(select, 1, channel);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? new DigestHealth(
                row.getInt(1), row.getString(2), Instant.ofEpochMilli(row.getLong(3)))
            : DigestHealth.OK;
      }
    }
  }

  private static Optional<DigestRun> findRun(
      Connection connection, ChannelRef channel, LocalDate date) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT * FROM digest_run"
                + " WHERE platform = ? AND workspace = ? AND channel = ? AND run_date = ?")) {
      int index = Sql.channel(select, 1, channel);
      select.setString(index, date.toString());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(run(row)) : Optional.empty();
      }
    }
  }

  private static DigestRun run(ResultSet row) throws SQLException {
    String refs = row.getString("posted_refs");
    return new DigestRun(
        Sql.channel(row),
        LocalDate.parse(row.getString("run_date")),
        DigestRunStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
        Instant.ofEpochMilli(row.getLong("claimed_at")),
        Sql.instant(row, "finished_at"),
        row.getString("detail"),
        row.getString("lease_owner"),
        Sql.instant(row, "lease_until"),
        refs == null || refs.isEmpty() ? List.of() : List.of(refs.split(",")),
        Sql.instant(row, "period_start"));
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
