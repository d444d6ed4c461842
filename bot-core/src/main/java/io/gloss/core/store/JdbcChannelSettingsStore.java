package io.gloss.core.store;

import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.port.out.ChannelSettingsStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Objects;

/** {@link ChannelSettingsStore} on the {@code channel_settings} table. */
public final class JdbcChannelSettingsStore implements ChannelSettingsStore {
  private final Database database;
  private final Clock clock;

  public JdbcChannelSettingsStore(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ChannelSettings get(ChannelRef channel) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT auto_mode, language, style FROM channel_settings"
                      + " WHERE platform = ? AND workspace = ? AND channel = ?")) {
            Sql.channel(select, 1, channel);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return ChannelSettings.defaults(channel);
              }
              ChannelSettings defaults = ChannelSettings.defaults(channel);
              return new ChannelSettings(
                  channel,
                  AutoMode.parse(row.getString("auto_mode")).orElse(defaults.autoMode()),
                  row.getString("language"),
                  SummaryStyle.parse(row.getString("style")).orElse(defaults.style()));
            }
          }
        });
  }

  @Override
  public void put(ChannelSettings settings) {
    database.write(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO channel_settings"
                      + " (platform, workspace, channel, auto_mode, language, style, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (platform, workspace, channel) DO UPDATE SET"
                      + " auto_mode = excluded.auto_mode, language = excluded.language,"
                      + " style = excluded.style, updated_at = excluded.updated_at")) {
            int index = Sql.channel(upsert, 1, settings.channel());
            upsert.setString(index, settings.autoMode().code());
            Sql.text(upsert, index + 1, settings.language());
            upsert.setString(index + 2, settings.style().id());
            upsert.setLong(index + 3, clock.millis());
            return upsert.executeUpdate();
          }
        });
  }
}
