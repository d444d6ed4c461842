package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import io.gloss.core.domain.Workspace;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V3 on a store written by the previous version: team terms move to their workspace (Slack rows by
 * their {@code team:T…} source, others to the single-workspace default, the newest kept when two
 * meet), shared entries stay shared, and old event claims count as answered.
 */
abstract class AbstractV3MigrationTest {

  protected abstract StoreSettings freshStore();

  @Test
  void v3_movesTeamRowsToTheirWorkspace_andKeepsSharedRowsShared() throws Exception {
    StoreSettings settings = freshStore();
    Flyway.configure()
        .dataSource(settings.effectiveJdbcUrl(), settings.user(), settings.password())
        .locations("classpath:db/migration")
        .target("2")
        .load()
        .migrate();
    try (Connection connection =
            DriverManager.getConnection(
                settings.effectiveJdbcUrl(), settings.user(), settings.password());
        Statement sql = connection.createStatement()) {
      entry(sql, "a1", "풀스택", "T1의 설명", "TEAM", "team:T1", 1);
      entry(sql, "a2", "풀스택", "T2의 설명", "TEAM", "team:T2", 1);
      entry(sql, "d1", "핀테크", "옛 길드 설명", "TEAM", "가상 길드", 1);
      entry(sql, "d2", "핀테크", "새 길드 설명", "TEAM", "다른 길드", 2);
      entry(sql, "s1", "풀스택", "사전 설명", "DICTIONARY", "우리말샘", 1);
      sql.execute(
          "INSERT INTO processed_event (event_key, claimed_at, expires_at)"
              + " VALUES ('slack:event:Ev1', 0, 9999999999999)");
    }

    try (Database database = Database.open(settings)) {
      JdbcGlossaryStore store = new JdbcGlossaryStore(database, Clock.systemUTC());
      String fullStack = TermKey.of("풀스택");

      assertThat(store.find(Workspace.of("slack", "T1"), fullStack))
          .map(GlossaryEntry::definition)
          .contains("T1의 설명");
      assertThat(store.find(Workspace.of("slack", "T2"), fullStack))
          .map(GlossaryEntry::definition)
          .contains("T2의 설명");
      assertThat(store.list(Workspace.DEFAULT))
          .extracting(GlossaryEntry::definition)
          .containsExactly("새 길드 설명");
      assertThat(store.list(Workspace.DEFAULT).get(0).provenance().name()).isNull();
      assertThat(store.findByKey(fullStack))
          .extracting(e -> e.provenance().kind())
          .containsExactly(SourceKind.DICTIONARY);
      assertThat(store.remove(Workspace.of("slack", "T1"), fullStack)).isTrue();
      assertThat(store.find(Workspace.of("slack", "T2"), fullStack)).isPresent();

      JdbcProcessedEvents events = new JdbcProcessedEvents(database, Clock.systemUTC());
      assertThat(
              events.claim(
                  "slack:event:Ev1", "after-upgrade", Duration.ofMinutes(2), Duration.ofDays(1)))
          .as("a claim made before V3 is not answered again")
          .isFalse();
    }
  }

  private static void entry(
      Statement sql,
      String id,
      String term,
      String definition,
      String kind,
      String source,
      long updatedAt)
      throws Exception {
    String key = TermKey.of(term);
    sql.execute(
        "INSERT INTO glossary_entry (entry_id, term_key, term, aliases_json, definition, language,"
            + " kind, precedence, source_name, created_at, updated_at) VALUES ('"
            + id
            + "', '"
            + key
            + "', '"
            + term
            + "', '[]', '"
            + definition
            + "', 'ko', '"
            + kind
            + "', 0, '"
            + source
            + "', 0, "
            + updatedAt
            + ")");
    sql.execute(
        "INSERT INTO glossary_key (term_key, entry_id) VALUES ('" + key + "', '" + id + "')");
  }
}
