package io.gloss.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link JdbcGlossaryStore} on every database. */
abstract class AbstractJdbcGlossaryStoreContractTest extends StoreContract {
  private static final String ARTICLE = "https://news.example/article/1";

  private static GlossaryEntry boxEntry(String definition) {
    return new GlossaryEntry(
        "소버린 AI",
        List.of("Sovereign AI", "주권 AI"),
        definition,
        "ko",
        new Provenance(SourceKind.ARTICLE_BOX, "가상일보", ARTICLE, "AI 주권", StoreFixtures.PUBLISHED));
  }

  @Test
  void upsert_entryIsFoundByTermAndEveryAlias_afterRestart() {
    GlossaryEntry entry = boxEntry("자국 인프라로 운영하는 AI.");
    new JdbcGlossaryStore(database, clock).upsert(entry);

    JdbcGlossaryStore store = new JdbcGlossaryStore(restart(), clock);

    assertThat(store.findByKey(TermKey.of("소버린AI"))).containsExactly(entry);
    assertThat(store.findByKey(TermKey.of("sovereign-ai"))).containsExactly(entry);
    assertThat(store.findByKey(TermKey.of("주권AI"))).containsExactly(entry);
    assertThat(store.findByKey(TermKey.of("AI"))).isEmpty();
  }

  @Test
  void namesAndHasAny_leaveEveryTeamsEntriesOut() {
    JdbcGlossaryStore store = new JdbcGlossaryStore(database, clock);
    io.gloss.core.domain.Workspace team = io.gloss.core.domain.Workspace.of("slack", "T1");
    store.put(
        team,
        new GlossaryEntry(
            "런웨이",
            List.of(),
            "남은 현금으로 버틸 수 있는 기간",
            "ko",
            new Provenance(SourceKind.TEAM, "T1", null, null, null)));

    assertThat(store.hasAny(SourceKind.TEAM)).isFalse();
    assertThat(store.names(io.gloss.core.port.out.GlossaryStore.HELD_KINDS, 10)).isEmpty();

    store.upsert(boxEntry("자국 인프라로 운영하는 AI."));
    assertThat(store.names(io.gloss.core.port.out.GlossaryStore.HELD_KINDS, 10))
        .containsExactly(List.of("소버린 AI", "Sovereign AI", "주권 AI"));
  }

  @Test
  void rowsThisVersionCannotRead_areSkipped_andTheRestStillServed() {
    JdbcGlossaryStore store = new JdbcGlossaryStore(database, clock);
    GlossaryEntry good = boxEntry("자국 인프라로 운영하는 AI.");
    store.upsert(good);
    // Written by a newer instance sharing the database, or by hand.
    database.write(
        connection -> {
          try (java.sql.Statement insert = connection.createStatement()) {
            insert.executeUpdate(
                "INSERT INTO glossary_entry (entry_id, term_key, term, aliases_json, definition,"
                    + " language, kind, precedence, source_published, created_at, updated_at)"
                    + " VALUES ('newer', '소버린ai', '소버린 AI', '[]', '새 종류', 'ko',"
                    + " 'SOMETHING_NEW', 1, NULL, 0, 0),"
                    + " ('by-hand', '소버린ai', '소버린 AI', '[]', '손으로 넣음', 'ko',"
                    + " 'DICTIONARY', 4, '2026-01-01', 0, 0),"
                    + " ('bad-json', '주권ai', '주권 AI', 'not json', '깨진 별칭', 'ko',"
                    + " 'DICTIONARY', 4, NULL, 0, 0)");
            insert.executeUpdate(
                "INSERT INTO glossary_key (term_key, entry_id) VALUES ('소버린ai', 'newer'),"
                    + " ('소버린ai', 'by-hand'), ('주권ai', 'bad-json')");
          }
          return null;
        });

    assertThat(store.findByKey(TermKey.of("소버린 AI"))).containsExactly(good);
    assertThat(store.all()).containsExactly(good);
    assertThat(store.names(io.gloss.core.port.out.GlossaryStore.HELD_KINDS, 10))
        .containsExactly(List.of("소버린 AI", "Sovereign AI", "주권 AI"));
    assertThat(store.names(java.util.Set.of(SourceKind.DICTIONARY), 10))
        .containsExactly(List.of("소버린 AI"));
  }

  @Test
  void upsertAll_writesEveryEntry_andABatchWithATeamEntryIsRefusedWhole() {
    JdbcGlossaryStore store = new JdbcGlossaryStore(database, clock);
    Provenance dictionary = new Provenance(SourceKind.DICTIONARY, "가상사전", null, null, null);
    List<GlossaryEntry> words = new java.util.ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      words.add(new GlossaryEntry("낱말" + i, List.of("word" + i), "뜻 " + i, "ko", dictionary));
    }

    store.upsertAll(words);
    GlossaryEntry team =
        new GlossaryEntry(
            "팀 용어",
            List.of(),
            "팀 설명",
            "ko",
            new Provenance(SourceKind.TEAM, null, null, null, null));
    GlossaryEntry more = new GlossaryEntry("낱말새", List.of(), "새 뜻", "ko", dictionary);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.upsertAll(List.of(more, team)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.all()).hasSize(1200);
    assertThat(store.findByKey(TermKey.of("word777")))
        .extracting(GlossaryEntry::definition)
        .containsExactly("뜻 777");
    assertThat(store.findByKey(TermKey.of("낱말새"))).isEmpty();
  }

  @Test
  void upsert_sameBoxTwice_leavesOneUpdatedEntry_withHistory() {
    JdbcGlossaryStore store = new JdbcGlossaryStore(database, clock);
    store.upsert(boxEntry("첫 설명."));
    clock.advance(Duration.ofMinutes(1));
    store.upsert(boxEntry("고친 설명."));
    store.upsert(boxEntry("고친 설명."));

    assertThat(store.all()).extracting(GlossaryEntry::definition).containsExactly("고친 설명.");
    assertThat(store.history(TermKey.of("소버린 AI")))
        .extracting(JdbcGlossaryStore.Change::action, JdbcGlossaryStore.Change::definition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("created", "첫 설명."),
            org.assertj.core.groups.Tuple.tuple("updated", "고친 설명."));
  }

  @Test
  void findByKey_ordersByPrecedence_andRemoveDropsOneKind() {
    JdbcGlossaryStore store = new JdbcGlossaryStore(database, clock);
    GlossaryEntry ai =
        new GlossaryEntry("소버린AI", List.of(), "AI가 쓴 설명.", "ko", Provenance.of(SourceKind.AI));
    GlossaryEntry team =
        new GlossaryEntry(
            "소버린AI",
            List.of(),
            "우리 팀의 설명.",
            "ko",
            new Provenance(SourceKind.DICTIONARY, "우리말샘", null, null, null));
    store.upsert(ai);
    store.upsert(boxEntry("기사 상자 설명."));
    store.upsert(team);

    String key = TermKey.of("소버린AI");
    assertThat(store.findByKey(key))
        .extracting(entry -> entry.provenance().kind())
        .containsExactly(SourceKind.ARTICLE_BOX, SourceKind.DICTIONARY, SourceKind.AI);
    assertThat(store.remove(key, SourceKind.DICTIONARY)).isTrue();
    assertThat(store.remove(key, SourceKind.DICTIONARY)).isFalse();
    assertThat(store.findByKey(key))
        .extracting(entry -> entry.provenance().kind())
        .containsExactly(SourceKind.ARTICLE_BOX, SourceKind.AI);
    assertThat(store.history(key)).extracting(JdbcGlossaryStore.Change::action).contains("removed");
  }

  @Test
  void appearances_newestFirst_limited_andOncePerArticle() {
    JdbcGlossaryStore store = new JdbcGlossaryStore(database, clock);
    String key = TermKey.of("소버린AI");
    for (int i = 1; i <= 4; i++) {
      store.recordAppearance(
          key,
          new Provenance(
              SourceKind.LEARNED, "가상일보", ARTICLE + i, "기사 " + i, StoreFixtures.PUBLISHED));
      clock.advance(Duration.ofMinutes(1));
    }
    store.recordAppearance(
        key,
        new Provenance(SourceKind.LEARNED, "가상일보", ARTICLE + 1, "기사 1", StoreFixtures.PUBLISHED));

    assertThat(new JdbcGlossaryStore(restart(), clock).appearances(key, 3))
        .extracting(Provenance::url)
        .containsExactly(ARTICLE + 1, ARTICLE + 4, ARTICLE + 3);
  }
}
