package io.gloss.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import io.gloss.core.port.out.GlossaryStore;
import io.gloss.core.store.Database;
import io.gloss.core.store.JdbcGlossaryStore;
import io.gloss.core.store.StoreSettings;
import io.gloss.core.text.DefaultTextAnalyzer;
import io.gloss.core.text.SampleArticles;
import io.gloss.core.text.UserTerms;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Past {@link GlossaryTermExplainer#HELD_LIMIT} stored entries, the terms learned from articles are
 * looked up by key in each article instead of held as a matcher: the replies are the same.
 */
class HeldTermsLookupTest {
  private static final Provenance EARLIER =
      new Provenance(
          SourceKind.ARTICLE_BOX, "가상일보", "https://news.example.kr/earlier", "앞선 기사", null);

  private static final List<GlossaryEntry> LEARNED =
      List.of(
          entry("풀스택", List.of("Full Stack"), "프런트엔드부터 서버까지 다루는 역량.", "ko"),
          entry("스트레스 DSR", List.of(), "금리 상승 위험을 더해 계산한 DSR.", "ko"),
          entry("HBM4", List.of(), "6세대 고대역폭메모리.", "ko"),
          entry("yield curve", List.of("yield curves"), "Bond yields by maturity.", "en"),
          entry("S&P 500", List.of(), "An index of 500 large US companies.", "en"),
          entry("term premium", List.of(), "Extra yield for holding a longer bond.", "en"));

  private static final List<Article> ARTICLES =
      List.of(
          article(
              "https://news.example.kr/a",
              "ko",
              "은행들이 스트레스DSR 적용을 앞두고 대출을 줄였다. 업계는 풀스택 인재를 찾고, HBM4 양산도 서두른다."),
          article(
              "https://news.example.com/b",
              "en",
              "The yield curve steepened as the term premium rose. The S&P 500 fell 1%, and"
                  + " yield curves in Europe moved too."));

  @Test
  void pastTheLimit_theRepliesAreThoseOfTheHeldMatcher() {
    InMemoryGlossaryStore heldStore = storeWithLearnedTerms();
    InMemoryGlossaryStore lookedUpStore = storeWithLearnedTerms();
    assertSameReplies(heldStore, lookedUpStore);
  }

  @Test
  void pastTheLimit_onSqlite_theRepliesAreThoseOfTheHeldMatcher(@TempDir Path dir) {
    // The lookup asks the store for every stretch of the article: SQLite must give every kind.
    try (Database heldDb = Database.open(StoreSettings.sqlite(dir.resolve("held")));
        Database lookedUpDb = Database.open(StoreSettings.sqlite(dir.resolve("looked-up")))) {
      JdbcGlossaryStore heldStore = new JdbcGlossaryStore(heldDb, Clock.systemUTC());
      JdbcGlossaryStore lookedUpStore = new JdbcGlossaryStore(lookedUpDb, Clock.systemUTC());
      LEARNED.forEach(heldStore::upsert);
      LEARNED.forEach(lookedUpStore::upsert);
      assertSameReplies(heldStore, lookedUpStore);
    }
  }

  @Test
  void pastTheLimit_aTermLearnedAMomentAgo_isFoundAtOnce() {
    InMemoryGlossaryStore store = storeWithLearnedTerms();
    DefaultTextAnalyzer analyzer = new DefaultTextAnalyzer(new UserTerms());
    GlossaryTermExplainer heldMatcher = explainer(store, Integer.MAX_VALUE);
    GlossaryTermExplainer lookingUp = explainer(store, 1);
    heldMatcher.explain(analyzer.analyze(ARTICLES.get(0)), List.of());
    lookingUp.explain(analyzer.analyze(ARTICLES.get(0)), List.of());

    store.upsert(entry("디아이싱", List.of(), "항공기 날개의 얼음을 녹여 없애는 작업.", "ko"));
    Article later = article("https://news.example.kr/c", "ko", "폭설에 공항이 디아이싱 작업으로 분주했다. 결항이 이어졌다.");

    // The held matcher is read again only after its time to live; a lookup reads the store.
    assertThat(heldMatcher.explain(analyzer.analyze(later), List.of()))
        .extracting(GlossaryEntry::term)
        .doesNotContain("디아이싱");
    assertThat(lookingUp.explain(analyzer.analyze(later), List.of()))
        .extracting(GlossaryEntry::term)
        .contains("디아이싱");
  }

  /** Each article's reply, with the stored terms held in one store and looked up in the other. */
  private static void assertSameReplies(GlossaryStore heldStore, GlossaryStore lookedUpStore) {
    DefaultTextAnalyzer analyzer = new DefaultTextAnalyzer(new UserTerms());
    for (Article article : ARTICLES) {
      List<GlossaryEntry> held =
          explainer(heldStore, Integer.MAX_VALUE).explain(analyzer.analyze(article), List.of());
      List<GlossaryEntry> lookedUp =
          explainer(lookedUpStore, 1).explain(analyzer.analyze(article), List.of());

      assertThat(held).as(article.title()).isNotEmpty();
      assertThat(lookedUp).as(article.title()).isEqualTo(held);
    }
  }

  private static GlossaryTermExplainer explainer(GlossaryStore store, int heldLimit) {
    return new GlossaryTermExplainer(
        store,
        new UserTerms(),
        GlossaryTermExplainer.DEFAULT_MAX_ENTRIES,
        language -> BuiltinGlossary.EMPTY,
        Clock.systemUTC(),
        heldLimit);
  }

  private static InMemoryGlossaryStore storeWithLearnedTerms() {
    InMemoryGlossaryStore store = new InMemoryGlossaryStore();
    LEARNED.forEach(store::upsert);
    return store;
  }

  private static GlossaryEntry entry(
      String term, List<String> aliases, String definition, String language) {
    return new GlossaryEntry(term, aliases, definition, language, EARLIER);
  }

  private static Article article(String url, String language, String paragraph) {
    return SampleArticles.plain(
        language, "기사 " + url.substring(url.lastIndexOf('/') + 1), List.of(paragraph));
  }
}
