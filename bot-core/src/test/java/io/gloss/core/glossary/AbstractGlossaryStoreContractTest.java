package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.domain.TermKey;
import io.gloss.core.port.out.GlossaryStore;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link GlossaryStore} must have. A store's test extends this class and
 * returns a fresh, empty store from {@link #newStore()}.
 */
public abstract class AbstractGlossaryStoreContractTest {

  /** A new, empty store. */
  protected abstract GlossaryStore newStore() throws Exception;

  protected GlossaryStore store;

  /**
   * Called between two writes whose order a test checks; a store that orders by a clock advances
   * its test clock here (the default does nothing).
   */
  protected void advanceTime() {}

  @BeforeEach
  public void createStore() throws Exception {
    store = newStore();
  }

  static final OffsetDateTime T0 = OffsetDateTime.of(2025, 8, 4, 9, 0, 0, 0, ZoneOffset.ofHours(9));

  static Provenance article(String url, OffsetDateTime published) {
    return new Provenance(SourceKind.ARTICLE_BOX, "뉴스1", url, "기사 " + url, published);
  }

  static GlossaryEntry entry(
      String term, String definition, Provenance provenance, String... aliases) {
    return new GlossaryEntry(term, List.of(aliases), definition, "ko", provenance);
  }

  @Test
  public void findByKey_spacingAndCaseVariants_findTheEntry() {
    store.upsert(entry("소버린 AI", "독자적인 인공지능", article("https://a/1", T0)));

    assertThat(store.findByKey(TermKey.of("소버린AI")))
        .extracting(GlossaryEntry::term)
        .containsExactly("소버린 AI");
    assertThat(store.findByKey(TermKey.of("소버린-ai"))).hasSize(1);
    assertThat(store.findByKey(TermKey.of("소버린"))).isEmpty();
  }

  @Test
  public void findByKeys_givesWhatFindByKeyGivesForEachKey_inTheSameOrder() {
    store.upsert(
        entry("APEC", "사전 설명", new Provenance(SourceKind.DICTIONARY, "우리말샘", null, null, null)));
    advanceTime();
    store.upsert(entry("APEC", "기사 설명", article("https://a/1", T0), "아시아태평양경제협력체"));
    advanceTime();
    store.upsert(entry("GDP", "국내총생산", article("https://a/2", T0), "gross domestic product"));
    store.upsert(entry("소버린 AI", "독자적인 인공지능", article("https://a/3", T0)));
    List<String> keys = new java.util.ArrayList<>();
    keys.addAll(List.of("apec", "아시아태평양경제협력체", "grossdomesticproduct", "소버린ai", "없는말"));
    keys.add("apec"); // asked twice
    for (int i = 0; i < 1_200; i++) {
      keys.add("filler" + i); // more keys than one query binds
    }

    java.util.Map<String, List<GlossaryEntry>> found = store.findByKeys(keys);

    assertThat(found).containsOnlyKeys("apec", "아시아태평양경제협력체", "grossdomesticproduct", "소버린ai");
    for (String key : found.keySet()) {
      assertThat(found.get(key)).as(key).containsExactlyElementsOf(store.findByKey(key));
    }
    assertThat(found.get("apec")).extracting(GlossaryEntry::definition).hasSize(2);
    assertThat(store.findByKeys(List.of())).isEmpty();
  }

  @Test
  public void namesAndHasAny_tellAnImportedDictionaryFromTheRest() {
    Provenance dictionary = new Provenance(SourceKind.DICTIONARY, "우리말샘", null, null, null);
    assertThat(store.hasAny(SourceKind.DICTIONARY)).isFalse();
    store.upsert(entry("국내총생산", "한 나라 안에서 만든 것의 값", article("https://a/1", T0), "GDP"));
    assertThat(store.hasAny(SourceKind.DICTIONARY)).isFalse();
    assertThat(store.hasAny(SourceKind.ARTICLE_BOX)).isTrue();

    store.upsert(entry("환율", "두 나라 돈의 교환 비율", dictionary, "exchange rate", "환시세"));
    store.upsert(entry("물가", "물건의 값", dictionary));

    assertThat(store.hasAny(SourceKind.DICTIONARY)).isTrue();
    assertThat(store.names(GlossaryStore.HELD_KINDS, 10)).containsExactly(List.of("국내총생산", "GDP"));
    // In the order of all(): by key.
    assertThat(store.names(java.util.Set.of(SourceKind.DICTIONARY), 10))
        .containsExactly(List.of("물가"), List.of("환율", "exchange rate", "환시세"));
    assertThat(store.names(java.util.Set.of(SourceKind.DICTIONARY), 1))
        .containsExactly(List.of("물가"));
    assertThat(store.names(java.util.Set.of(), 10)).isEmpty();
    assertThat(store.remove(TermKey.of("물가"), SourceKind.DICTIONARY)).isTrue();
    assertThat(store.remove(TermKey.of("환율"), SourceKind.DICTIONARY)).isTrue();
    assertThat(store.hasAny(SourceKind.DICTIONARY)).isFalse();
  }

  @Test
  public void findByKey_alias_findsTheEntryWithAllFields() {
    Provenance provenance = article("https://a/1", T0);
    GlossaryEntry gdp = entry("GDP", "국내총생산", provenance, "국내총생산", "gross domestic product");
    store.upsert(gdp);

    List<GlossaryEntry> found = store.findByKey(TermKey.of("Gross Domestic Product"));

    assertThat(found).containsExactly(gdp);
    assertThat(found.get(0).provenance()).isEqualTo(provenance);
    assertThat(found.get(0).aliases()).containsExactly("국내총생산", "gross domestic product");
    assertThat(found.get(0).language()).isEqualTo("ko");
  }

  @Test
  public void upsert_sameTermKindAndSource_replacesTheEntry() {
    store.upsert(entry("APEC", "첫 설명", article("https://a/1", T0)));
    store.upsert(entry("apec", "고친 설명", article("https://a/1", T0)));

    assertThat(store.findByKey("apec"))
        .extracting(GlossaryEntry::definition)
        .containsExactly("고친 설명");
    assertThat(store.all()).hasSize(1);
  }

  @Test
  public void upsert_sameTermOtherSources_keepsAllByPrecedence() {
    store.upsert(
        entry("APEC", "사전 설명", new Provenance(SourceKind.DICTIONARY, "우리말샘", null, null, null)));
    advanceTime();
    store.upsert(entry("APEC", "기사 1 설명", article("https://a/1", T0)));
    advanceTime();
    store.upsert(
        entry("APEC", "AI 설명", new Provenance(SourceKind.AI, "gpt-test", null, null, null)));
    advanceTime();
    store.upsert(entry("APEC", "기사 2 설명", article("https://a/2", T0.plusDays(1))));

    assertThat(store.findByKey("apec"))
        .extracting(GlossaryEntry::definition)
        .containsExactly("기사 2 설명", "기사 1 설명", "사전 설명", "AI 설명");
    assertThat(store.all()).hasSize(4);
  }

  @Test
  public void remove_byKeyAndKind_removesOnlyThose() {
    store.upsert(
        entry("풀스택", "AI 설명", new Provenance(SourceKind.AI, "gpt-test", null, null, null)));
    store.upsert(entry("풀스택", "기사 설명", article("https://a/1", T0)));

    assertThat(store.remove(TermKey.of("풀스택"), SourceKind.AI)).isTrue();
    assertThat(store.remove(TermKey.of("풀스택"), SourceKind.AI)).isFalse();
    assertThat(store.findByKey(TermKey.of("풀스택")))
        .extracting(GlossaryEntry::definition)
        .containsExactly("기사 설명");
  }

  @Test
  public void all_emptyStore_isEmpty() {
    assertThat(store.all()).isEmpty();
    assertThat(store.findByKey("apec")).isEmpty();
    assertThat(store.appearances("apec", 5)).isEmpty();
  }

  @Test
  public void appearances_mostRecentlyRecordedFirst_deduplicatedByArticle_limited() {
    String key = TermKey.of("소버린 AI");
    store.recordAppearance(key, article("https://a/new", T0.plusDays(2)));
    advanceTime();
    store.recordAppearance(key, article("https://a/old", T0));
    advanceTime();
    store.recordAppearance(key, article("https://a/mid", T0.plusDays(1)));
    advanceTime();
    store.recordAppearance(key, article("https://a/new", T0.plusDays(2)));

    assertThat(store.appearances(key, 10))
        .extracting(Provenance::url)
        .containsExactly("https://a/new", "https://a/mid", "https://a/old");
    assertThat(store.appearances(key, 2))
        .extracting(Provenance::url)
        .containsExactly("https://a/new", "https://a/mid");
    assertThat(store.appearances(TermKey.of("APEC"), 10)).isEmpty();
    assertThat(store.appearances(key, 10).get(0).title()).isEqualTo("기사 https://a/new");
  }

  @Test
  public void recordAppearances_recordsEveryKeyOnce_asOneByOneWould() {
    store.recordAppearance("apec", article("https://a/old", T0));
    advanceTime();

    store.recordAppearances(
        List.of("소버린ai", "apec", "gdp", "apec"), article("https://a/new", T0.plusDays(1)));

    for (String key : List.of("소버린ai", "gdp")) {
      assertThat(store.appearances(key, 10))
          .extracting(Provenance::url)
          .containsExactly("https://a/new");
    }
    assertThat(store.appearances("apec", 10))
        .extracting(Provenance::url)
        .containsExactly("https://a/new", "https://a/old");
    assertThat(store.appearances("apec", 10).get(0).title()).isEqualTo("기사 https://a/new");
    store.recordAppearances(List.of(), article("https://a/other", T0));
    assertThat(store.appearances("apec", 10)).hasSize(2);
  }

  @Test
  public void upsert_fromManyThreads_losesNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        done.add(
            pool.submit(
                () -> {
                  store.upsert(entry("용어" + n, "설명 " + n, article("https://a/" + n, T0)));
                  store.recordAppearance(
                      TermKey.of("공통"), article("https://a/" + n, T0.plusMinutes(n)));
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(store.all()).hasSize(40);
    assertThat(store.appearances(TermKey.of("공통"), 100)).hasSize(40);
  }
}
