package io.gloss.core.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import io.gloss.core.domain.Workspace;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.port.out.TeamGlossaryStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link GlossaryStore} and {@link TeamGlossaryStore} on {@code glossary_entry} (one row per term,
 * kind and source), {@code glossary_key} (the {@link TermKey} of the term and of each alias),
 * {@code glossary_history} (every creation, change and removal) and {@code glossary_appearance}.
 * Shared entries have no workspace; team entries have theirs, and every shared query leaves them
 * out, so one team's words never reach the shared (cached) article result or another team.
 */
public final class JdbcGlossaryStore implements GlossaryStore, TeamGlossaryStore {
  private static final Logger log = LoggerFactory.getLogger(JdbcGlossaryStore.class);

  /**
   * Shared entries only: team entries are reached through their workspace. Written so that the
   * index on the workspace does not apply: nearly every entry is shared, and SQLite, which keeps no
   * statistics here, walked every shared entry for each batch of a lookup by key through it (a
   * dictionary of 200,000 words made one reply's lookup take over a minute).
   */
  private static final String SHARED = " COALESCE(e.workspace, '') = ''";

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  /**
   * One change to an entry.
   *
   * @param term the term
   * @param action {@code created}, {@code updated} or {@code removed}
   * @param definition the definition after the change (before it, for a removal)
   * @param kind the source kind of the entry
   * @param sourceUrl the source article, if any
   * @param changedAt when
   */
  public record Change(
      String term,
      String action,
      @Nullable String definition,
      SourceKind kind,
      @Nullable String sourceUrl,
      Instant changedAt) {}

  private final Database database;
  private final Clock clock;

  public JdbcGlossaryStore(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void upsert(GlossaryEntry entry) {
    upsertAll(List.of(entry));
  }

  @Override
  public void upsertAll(List<GlossaryEntry> entries) {
    if (entries.isEmpty()) {
      return; // most replies teach nothing: no write transaction (and no write lock) for them
    }
    for (GlossaryEntry entry : entries) {
      if (entry.provenance().kind() == SourceKind.TEAM) {
        throw new IllegalArgumentException("A team entry belongs to a workspace: use put()");
      }
    }
    long now = clock.millis();
    database.<@Nullable Void>write(
        connection -> {
          for (GlossaryEntry entry : entries) {
            String termKey = TermKey.of(entry.term());
            write(connection, entry, termKey, entryId(termKey, entry.provenance()), null, now);
          }
          return null;
        });
  }

  @Override
  public void put(Workspace workspace, GlossaryEntry entry) {
    String termKey = TermKey.of(entry.term());
    GlossaryEntry team =
        entry.withProvenance(new Provenance(SourceKind.TEAM, null, null, null, null));
    String entryId = teamEntryId(workspace, termKey);
    long now = clock.millis();
    database.<@Nullable Void>write(
        connection -> {
          write(connection, team, termKey, entryId, workspace.key(), now);
          return null;
        });
  }

  @Override
  public Optional<GlossaryEntry> find(Workspace workspace, String termKey) {
    List<GlossaryEntry> found =
        database.read(
            connection ->
                entries(
                    connection,
                    "SELECT e.* FROM glossary_entry e JOIN glossary_key k"
                        + " ON k.entry_id = e.entry_id WHERE k.term_key = ? AND e.workspace = ?"
                        + " ORDER BY CASE WHEN e.term_key = k.term_key THEN 0 ELSE 1 END,"
                        + " e.updated_at DESC, e.entry_id",
                    termKey,
                    workspace.key()));
    return found.stream().findFirst();
  }

  @Override
  public List<GlossaryEntry> list(Workspace workspace) {
    return database.read(
        connection ->
            entries(
                connection,
                "SELECT e.* FROM glossary_entry e WHERE e.workspace = ?"
                    + " ORDER BY e.term_key, e.entry_id",
                workspace.key()));
  }

  @Override
  public boolean remove(Workspace workspace, String termKey) {
    return removeWhere(
        "e.workspace = ?", workspace.key(), termKey, SourceKind.TEAM, clock.millis());
  }

  private void write(
      Connection connection,
      GlossaryEntry entry,
      String termKey,
      String entryId,
      @Nullable String workspace,
      long now)
      throws SQLException {
    String previous = definitionOf(connection, entryId);
    Provenance source = entry.provenance();
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO glossary_entry (entry_id, term_key, term, aliases_json, definition,"
                + " language, kind, precedence, source_name, source_url, source_title,"
                + " source_published, created_at, updated_at, source_published_at,"
                + " workspace) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (entry_id) DO UPDATE SET term = excluded.term,"
                + " aliases_json = excluded.aliases_json, definition = excluded.definition,"
                + " language = excluded.language, source_name = excluded.source_name,"
                + " source_title = excluded.source_title,"
                + " source_published = excluded.source_published,"
                + " source_published_at = excluded.source_published_at,"
                + " updated_at = excluded.updated_at")) {
      upsert.setString(1, entryId);
      upsert.setString(2, termKey);
      upsert.setString(3, entry.term());
      upsert.setString(4, StoreJson.write(entry.aliases()));
      upsert.setString(5, entry.definition());
      Sql.text(upsert, 6, entry.language());
      upsert.setString(7, source.kind().name());
      upsert.setInt(8, source.kind().precedence());
      Sql.text(upsert, 9, source.name());
      Sql.text(upsert, 10, source.url());
      Sql.text(upsert, 11, source.title());
      Sql.text(upsert, 12, Sql.iso(source.published()));
      upsert.setLong(13, now);
      upsert.setLong(14, now);
      Sql.millis(upsert, 15, source.published() == null ? null : source.published().toInstant());
      Sql.text(upsert, 16, workspace);
      upsert.executeUpdate();
    }
    replaceKeys(connection, entryId, keysOf(entry));
    if (previous == null || !previous.equals(entry.definition())) {
      history(
          connection,
          entryId,
          termKey,
          entry.term(),
          previous == null ? "created" : "updated",
          entry.definition(),
          source,
          now);
    }
  }

  @Override
  public List<GlossaryEntry> findByKey(String termKey) {
    return findByKeys(List.of(termKey)).getOrDefault(termKey, List.of());
  }

  /** Keys per query: well under SQLite's smallest limit of bound parameters (999). */
  private static final int KEYS_PER_QUERY = 500;

  @Override
  public Map<String, List<GlossaryEntry>> findByKeys(Collection<String> termKeys) {
    List<String> keys = new ArrayList<>(new LinkedHashSet<>(termKeys));
    Map<String, List<GlossaryEntry>> found = new HashMap<>();
    for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
      List<String> batch = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
      String placeholders = String.join(",", Collections.nCopies(batch.size(), "?"));
      // Within each key: best precedence first, then the newest source.
      String sql =
          "SELECT k.term_key AS matched_key, e.* FROM glossary_entry e"
              + " JOIN glossary_key k ON k.entry_id = e.entry_id"
              + " WHERE k.term_key IN ("
              + placeholders
              + ") AND"
              + SHARED
              + " ORDER BY k.term_key, e.precedence,"
              + " COALESCE(e.source_published_at, e.updated_at) DESC, e.updated_at DESC,"
              + " e.entry_id";
      database.read(
          connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
              for (int i = 0; i < batch.size(); i++) {
                select.setString(i + 1, batch.get(i));
              }
              try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                  GlossaryEntry entry = readable(row);
                  if (entry != null) {
                    found
                        .computeIfAbsent(row.getString("matched_key"), k -> new ArrayList<>())
                        .add(entry);
                  }
                }
              }
            }
            return found;
          });
    }
    return found;
  }

  @Override
  public List<GlossaryEntry> all() {
    return database.read(
        connection ->
            entries(
                connection,
                "SELECT * FROM glossary_entry e WHERE"
                    + SHARED
                    + " ORDER BY term_key, precedence, updated_at DESC, entry_id"));
  }

  @Override
  public List<List<String>> names(Set<SourceKind> kinds, int limit) {
    if (kinds.isEmpty() || limit <= 0) {
      return List.of();
    }
    List<SourceKind> asked = List.copyOf(kinds);
    String sql =
        "SELECT e.entry_id, e.term, e.aliases_json FROM glossary_entry e WHERE e.kind IN ("
            + String.join(",", Collections.nCopies(asked.size(), "?"))
            + ") AND"
            + SHARED
            + " ORDER BY e.term_key, e.precedence, e.updated_at DESC, e.entry_id LIMIT ?";
    return database.read(
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < asked.size(); i++) {
              select.setString(i + 1, asked.get(i).name());
            }
            select.setInt(asked.size() + 1, limit);
            List<List<String>> names = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                List<String> aliases;
                try {
                  aliases = readStrings(row.getString("aliases_json"));
                } catch (IllegalStateException e) {
                  log.warn(
                      "Skipping glossary entry {}: {}", row.getString("entry_id"), e.getMessage());
                  continue;
                }
                List<String> entry = new ArrayList<>(aliases.size() + 1);
                entry.add(row.getString("term"));
                entry.addAll(aliases);
                names.add(entry);
              }
            }
            return names;
          }
        });
  }

  @Override
  public boolean hasAny(SourceKind kind) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT 1 FROM glossary_entry e WHERE e.kind = ? AND" + SHARED + " LIMIT 1")) {
            select.setString(1, kind.name());
            try (ResultSet row = select.executeQuery()) {
              return row.next();
            }
          }
        });
  }

  @Override
  public boolean remove(String termKey, SourceKind kind) {
    return removeWhere(SHARED, null, termKey, kind, clock.millis());
  }

  private boolean removeWhere(
      String scope, @Nullable String scopeValue, String termKey, SourceKind kind, long now) {
    return database.write(
        connection -> {
          List<String[]> removed = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT e.entry_id, e.term_key, e.term, e.definition, e.source_url"
                      + " FROM glossary_entry e JOIN glossary_key k ON k.entry_id = e.entry_id"
                      + " WHERE k.term_key = ? AND e.kind = ? AND "
                      + scope)) {
            select.setString(1, termKey);
            select.setString(2, kind.name());
            if (scopeValue != null) {
              select.setString(3, scopeValue);
            }
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                removed.add(
                    new String[] {
                      row.getString(1),
                      row.getString(2),
                      row.getString(3),
                      row.getString(4),
                      row.getString(5)
                    });
              }
            }
          }
          for (String[] entry : removed) {
            replaceKeys(connection, entry[0], Set.of());
            try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM glossary_entry WHERE entry_id = ?")) {
              delete.setString(1, entry[0]);
              delete.executeUpdate();
            }
            history(
                connection,
                entry[0],
                entry[1],
                entry[2],
                "removed",
                entry[3],
                new Provenance(kind, null, entry[4], null, null),
                now);
          }
          return !removed.isEmpty();
        });
  }

  @Override
  public void recordAppearance(String termKey, Provenance article) {
    recordAppearances(List.of(termKey), article);
  }

  @Override
  public void recordAppearances(Collection<String> termKeys, Provenance article) {
    String url = article.url();
    if (termKeys.isEmpty()
        || url == null
        || url.length() > io.gloss.core.port.out.ArticleStore.MAX_URL_LENGTH) {
      return;
    }
    // In key order: two instances recording the same article lock its rows in the same order.
    Set<String> keys = new TreeSet<>(termKeys);
    long now = clock.millis();
    database.write(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO glossary_appearance"
                      + " (term_key, article_url, kind, source_name, title, published, seen_at,"
                      + " published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (term_key, article_url) DO UPDATE SET"
                      + " kind = excluded.kind, source_name = excluded.source_name,"
                      + " title = excluded.title, published = excluded.published,"
                      + " published_at = excluded.published_at,"
                      + " seen_at = excluded.seen_at")) {
            for (String termKey : keys) {
              upsert.setString(1, termKey);
              upsert.setString(2, url);
              upsert.setString(3, article.kind().name());
              Sql.text(upsert, 4, article.name());
              Sql.text(upsert, 5, article.title());
              Sql.text(upsert, 6, Sql.iso(article.published()));
              upsert.setLong(7, now);
              Sql.millis(
                  upsert, 8, article.published() == null ? null : article.published().toInstant());
              upsert.addBatch();
            }
            return upsert.executeBatch().length;
          }
        });
  }

  @Override
  public List<Provenance> appearances(String termKey, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT * FROM glossary_appearance WHERE term_key = ?"
                      + " ORDER BY COALESCE(published_at, seen_at) DESC, seen_at DESC,"
                      + " article_url LIMIT ?")) {
            select.setString(1, termKey);
            select.setInt(2, limit);
            List<Provenance> found = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                found.add(
                    new Provenance(
                        SourceKind.valueOf(row.getString("kind")),
                        row.getString("source_name"),
                        row.getString("article_url"),
                        row.getString("title"),
                        Sql.offsetDateTime(row.getString("published"))));
              }
            }
            return found;
          }
        });
  }

  /** Every change to entries of this term key, oldest first. */
  public List<Change> history(String termKey) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT * FROM glossary_history WHERE term_key = ?"
                      + " ORDER BY changed_at, change_id")) {
            select.setString(1, termKey);
            List<Change> changes = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                changes.add(
                    new Change(
                        row.getString("term"),
                        row.getString("action"),
                        row.getString("definition"),
                        SourceKind.valueOf(row.getString("kind")),
                        row.getString("source_url"),
                        Instant.ofEpochMilli(row.getLong("changed_at"))));
              }
            }
            return changes;
          }
        });
  }

  private static List<GlossaryEntry> entries(
      Connection connection, String sql, String... parameters) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setString(i + 1, parameters[i]);
      }
      List<GlossaryEntry> entries = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          GlossaryEntry entry = readable(row);
          if (entry != null) {
            entries.add(entry);
          }
        }
      }
      return entries;
    }
  }

  /**
   * The row's entry, or null with a warning when this version cannot read it: a kind a newer
   * instance sharing the database added, a date written by hand. One such row used to fail every
   * reply that found its term, and every start that read the glossary.
   */
  private static @Nullable GlossaryEntry readable(ResultSet row) throws SQLException {
    try {
      return entry(row);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      log.warn(
          "Skipping glossary entry {} this version cannot read: {}",
          row.getString("entry_id"),
          e.getMessage());
      return null;
    }
  }

  private static GlossaryEntry entry(ResultSet row) throws SQLException {
    return new GlossaryEntry(
        row.getString("term"),
        readStrings(row.getString("aliases_json")),
        row.getString("definition"),
        row.getString("language"),
        new Provenance(
            SourceKind.valueOf(row.getString("kind")),
            row.getString("source_name"),
            row.getString("source_url"),
            row.getString("source_title"),
            Sql.offsetDateTime(row.getString("source_published"))));
  }

  private static List<String> readStrings(String json) {
    if ("[]".equals(json)) {
      return List.of(); // most entries have no alias: no parser for them
    }
    try {
      return StoreJson.MAPPER.readValue(json, STRINGS);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot read stored aliases", e);
    }
  }

  private static @Nullable String definitionOf(Connection connection, String entryId)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT definition FROM glossary_entry WHERE entry_id = ?")) {
      select.setString(1, entryId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static void replaceKeys(Connection connection, String entryId, Set<String> keys)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM glossary_key WHERE entry_id = ?")) {
      delete.setString(1, entryId);
      delete.executeUpdate();
    }
    if (keys.isEmpty()) {
      return;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO glossary_key (term_key, entry_id) VALUES (?, ?)"
                + " ON CONFLICT (term_key, entry_id) DO NOTHING")) {
      for (String key : keys) {
        insert.setString(1, key);
        insert.setString(2, entryId);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void history(
      Connection connection,
      String entryId,
      String termKey,
      String term,
      String action,
      @Nullable String definition,
      Provenance source,
      long now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO glossary_history (change_id, entry_id, term_key, term, action,"
                + " definition, kind, source_url, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, entryId);
      insert.setString(3, termKey);
      insert.setString(4, term);
      insert.setString(5, action);
      Sql.text(insert, 6, definition);
      insert.setString(7, source.kind().name());
      Sql.text(insert, 8, source.url());
      insert.setLong(9, now);
      insert.executeUpdate();
    }
  }

  private static Set<String> keysOf(GlossaryEntry entry) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(TermKey.of(entry.term()));
    for (String alias : entry.aliases()) {
      keys.add(TermKey.of(alias));
    }
    keys.remove("");
    return keys;
  }

  /** A team entry is one per workspace and term key (the form V3 gave existing rows). */
  static String teamEntryId(Workspace workspace, String termKey) {
    return "team:" + workspace.key() + ":" + termKey;
  }

  /** The identity of an entry: term key, source kind, and source URL or name (hashed: bounded). */
  static String entryId(String termKey, Provenance source) {
    String sourceId =
        source.url() != null ? source.url() : source.name() != null ? source.name() : "";
    String identity = termKey + '\n' + source.kind().name() + '\n' + sourceId;
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(identity.getBytes(StandardCharsets.UTF_8)))
          .toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
