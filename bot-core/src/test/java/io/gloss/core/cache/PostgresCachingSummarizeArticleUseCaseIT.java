package io.gloss.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.RequestOrigin;
import io.gloss.core.domain.SummaryRequest;
import io.gloss.core.domain.SummaryResult;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.store.Database;
import io.gloss.core.store.EmbeddedPostgresHolder;
import io.gloss.core.store.JdbcArticleStore;
import io.gloss.core.store.StoreSettings;
import io.gloss.core.store.TestClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Two instances sharing one PostgreSQL: what one fetched, the other answers without fetching. */
class PostgresCachingSummarizeArticleUseCaseIT {
  private static final String URL = "https://news.example/article/pg";

  private final FakePipeline site = new FakePipeline();
  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T00:00:00Z"));

  private CachingSummarizeArticleUseCase instance(Database database) {
    return new CachingSummarizeArticleUseCase(
        site.extract,
        site.service,
        new JdbcArticleStore(database, clock),
        SummaryCacheSettings.defaults("extractive"),
        clock,
        new FakeTicker(),
        Runnable::run);
  }

  @Test
  void summarize_secondInstanceOnSameDatabase_fetchesNothing() {
    site.pages.put(URL, "제목\n\n첫 문단이다.\n\n둘째 문단이다.");
    StoreSettings settings = EmbeddedPostgresHolder.freshDatabase();
    SummaryRequest request = new SummaryRequest(URL, SummaryStyle.BRIEF, null, RequestOrigin.CLI);
    try (Database first = Database.open(settings);
        Database second = Database.open(settings)) {
      SummaryResult fetched = instance(first).summarize(request);
      SummaryResult shared = instance(second).summarize(request);

      assertThat(site.fetches).hasValue(1);
      assertThat(site.summaries).hasValue(1);
      assertThat(shared)
          .isEqualTo(new SummaryResult.Success(((SummaryResult.Success) fetched).summary(), true));
    }
  }
}
