package io.gloss.core.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes all stored data as one JSON document ({@code gloss data export}): every table, every row,
 * columns by name; columns holding JSON text are embedded as JSON. Read in one transaction, so the
 * export is consistent.
 */
public final class DataExporter {
  /** Every table, in a stable order. */
  public static final List<String> TABLES =
      List.of(
          "article",
          "article_url",
          "summary",
          "glossary_entry",
          "glossary_key",
          "glossary_history",
          "glossary_appearance",
          "channel_settings",
          "shared_link",
          "processed_event",
          "feedback",
          "llm_usage",
          "digest_subscription",
          "digest_run",
          "digest_workspace");

  private final Database database;
  private final Clock clock;

  public DataExporter(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Writes the export to {@code out} (UTF-8); does not close it. */
  public void export(OutputStream out) {
    try (JsonGenerator json =
        StoreJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", "gloss-export");
      json.writeNumberField("version", 1);
      json.writeStringField("exportedAt", clock.instant().toString());
      json.writeStringField("database", database.dialect().name().toLowerCase(Locale.ROOT));
      json.writeObjectFieldStart("tables");
      database.<@Nullable Void>write(
          connection -> {
            for (String table : TABLES) {
              try (PreparedStatement select =
                      connection.prepareStatement("SELECT * FROM " + table + " ORDER BY 1");
                  ResultSet rows = select.executeQuery()) {
                writeTable(json, table, rows);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
            return null;
          });
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the export", e);
    }
  }

  private static void writeTable(JsonGenerator json, String table, ResultSet rows)
      throws SQLException, IOException {
    ResultSetMetaData meta = rows.getMetaData();
    json.writeArrayFieldStart(table);
    while (rows.next()) {
      json.writeStartObject();
      for (int column = 1; column <= meta.getColumnCount(); column++) {
        String name = meta.getColumnLabel(column).toLowerCase(Locale.ROOT);
        Object value = rows.getObject(column);
        json.writeFieldName(name);
        if (value == null) {
          json.writeNull();
        } else if (value instanceof Number number) {
          json.writeNumber(number.longValue());
        } else if (name.endsWith("_json")) {
          json.writeRawValue(value.toString());
        } else {
          json.writeString(value.toString());
        }
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
