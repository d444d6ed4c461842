package io.gloss.core.store;

import io.gloss.core.domain.ChannelRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Small JDBC helpers shared by the stores. */
final class Sql {
  private Sql() {}

  static void text(PreparedStatement statement, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  static void millis(PreparedStatement statement, int index, @Nullable Instant value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value.toEpochMilli());
    }
  }

  /** Binds platform, workspace and channel to three parameters from {@code index}. */
  static int channel(PreparedStatement statement, int index, ChannelRef channel)
      throws SQLException {
    statement.setString(index, channel.platform());
    statement.setString(index + 1, channel.workspace());
    statement.setString(index + 2, channel.channel());
    return index + 3;
  }

  static ChannelRef channel(ResultSet row) throws SQLException {
    return new ChannelRef(
        row.getString("platform"), row.getString("workspace"), row.getString("channel"));
  }

  static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  static @Nullable String iso(@Nullable OffsetDateTime time) {
    return time == null ? null : time.toString();
  }

  static @Nullable OffsetDateTime offsetDateTime(@Nullable String iso) {
    return iso == null ? null : OffsetDateTime.parse(iso);
  }
}
