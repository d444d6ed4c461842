package io.gloss.core.store;

import static io.gloss.core.store.StoreFixtures.article;
import static io.gloss.core.store.StoreFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.StoredArticle;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryStyle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The contract of {@link io.gloss.core.port.out.ArticleStore} on every database. */
abstract class AbstractArticleStoreContractTest extends StoreContract {
  private static final String URL = "https://news.example/article/1";

  @Test
  void saveArticle_thenRestart_sameArticleComesBack() {
    Article article = article(URL, "첫 문단이다.", "둘째 문단이다.");
    new JdbcArticleStore(database, clock).saveArticle(article, T0);

    assertThat(new JdbcArticleStore(restart(), clock).findArticle(URL))
        .contains(new StoredArticle(article, T0));
  }

  @Test
  void findArticle_unknownOrLinkedUrl() {
    JdbcArticleStore store = new JdbcArticleStore(database, clock);
    Article article = article(URL, "본문.");
    store.saveArticle(article, T0);
    store.linkUrl("https://n.news.example/mnews/1", URL);

    assertThat(store.findArticle("https://news.example/other")).isEmpty();
    assertThat(store.findArticle("https://n.news.example/mnews/1"))
        .hasValueSatisfying(found -> assertThat(found.article()).isEqualTo(article));
  }

  @Test
  void saveArticle_changedContent_replacesTheOldVersion() {
    JdbcArticleStore store = new JdbcArticleStore(database, clock);
    store.saveArticle(article(URL, "처음 본문."), T0);
    Article changed = article(URL, "고친 본문.");
    store.saveArticle(changed, T0.plus(Duration.ofHours(1)));

    assertThat(store.findArticle(URL))
        .hasValueSatisfying(
            found -> {
              assertThat(found.article().contentHash()).isEqualTo(changed.contentHash());
              assertThat(found.fetchedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
            });
  }

  @Test
  void findSummary_isKeyedByHashStyleLanguageAndEngine() {
    JdbcArticleStore store = new JdbcArticleStore(database, clock);
    Article article = article(URL, "본문.");
    store.saveArticle(article, T0);
    Summary brief = summary(article, SummaryStyle.BRIEF, "ko", "요약 한 줄.");
    store.saveSummary(brief, "extractive", T0);

    String hash = article.contentHash();
    assertThat(
            new JdbcArticleStore(restart(), clock)
                .findSummary(URL, hash, SummaryStyle.BRIEF, "ko", "extractive"))
        .contains(brief);
    store = new JdbcArticleStore(database, clock);
    assertThat(store.findSummary(URL, hash, SummaryStyle.SHORT, "ko", "extractive")).isEmpty();
    assertThat(store.findSummary(URL, hash, SummaryStyle.BRIEF, "en", "extractive")).isEmpty();
    assertThat(store.findSummary(URL, hash, SummaryStyle.BRIEF, "ko", "llm:m")).isEmpty();
    assertThat(store.findSummary(URL, "other-hash", SummaryStyle.BRIEF, "ko", "extractive"))
        .isEmpty();
  }

  @Test
  void saveArticleAndSummary_twoInstancesAtOnce_oneRowAndNoError() throws Exception {
    JdbcArticleStore first = new JdbcArticleStore(database, clock);
    JdbcArticleStore second = new JdbcArticleStore(another(), clock);
    Article article = article(URL, "같은 본문.");
    Summary summary = summary(article, SummaryStyle.BRIEF, "ko", "같은 요약.");
    List<Callable<Boolean>> writers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      JdbcArticleStore instance = i % 2 == 0 ? first : second;
      writers.add(
          () -> {
            instance.saveArticle(article, T0);
            instance.saveSummary(summary, "extractive", T0);
            return true;
          });
    }

    assertThat(race(writers)).containsOnly(true);
    assertThat(second.findArticle(URL)).contains(new StoredArticle(article, T0));
    assertThat(
            first.findSummary(URL, article.contentHash(), SummaryStyle.BRIEF, "ko", "extractive"))
        .contains(summary);
  }
}
