package io.gloss.core.store;

import io.gloss.core.domain.Summary;
import io.gloss.core.port.out.DigestSources;
import io.gloss.core.url.LinkScheme;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link DigestSources} on the {@code summary} and {@code glossary_appearance} tables. */
public final class JdbcDigestSources implements DigestSources {
  /** Bound parameters per query; well under SQLite's and PostgreSQL's limits. */
  private static final int BATCH = 200;

  private final Database database;

  public JdbcDigestSources(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  @Override
  public Optional<Summary> latestSummary(String canonicalUrl) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT summary_json FROM summary WHERE canonical_url IN (?, ?)"
                      + " ORDER BY created_at DESC LIMIT 1")) {
            // Summaries are keyed like JdbcArticleStore#saveSummary keys them (https form).
            select.setString(1, canonicalUrl);
            select.setString(2, LinkScheme.canonicalOf(canonicalUrl));
            try (ResultSet row = select.executeQuery()) {
              return row.next()
                  ? Optional.of(StoreJson.read(row.getString(1), Summary.class))
                  : Optional.<Summary>empty();
            }
          }
        });
  }

  @Override
  public Map<String, Instant> firstAppearances(Collection<String> termKeys) {
    List<String> keys = new ArrayList<>(termKeys);
    Map<String, Instant> first = new HashMap<>();
    for (int from = 0; from < keys.size(); from += BATCH) {
      List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
      String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
      database.<Integer>read(
          connection -> {
            try (PreparedStatement select =
                connection.prepareStatement(
                    "SELECT term_key, MIN(seen_at) FROM glossary_appearance"
                        + " WHERE term_key IN ("
                        + marks
                        + ") GROUP BY term_key")) {
              for (int i = 0; i < batch.size(); i++) {
                select.setString(i + 1, batch.get(i));
              }
              try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                  first.put(row.getString(1), Instant.ofEpochMilli(row.getLong(2)));
                }
              }
            }
            return batch.size();
          });
    }
    return first;
  }
}
