package io.gloss.core.store;

import static io.gloss.core.store.AbstractSharedLinkLogContractTest.link;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.AutoMode;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.ChannelSettings;
import io.gloss.core.domain.DigestSubscription;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.domain.TermKey;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Retention, channel purge and export on every database. */
abstract class AbstractDataCareContractTest extends StoreContract {
  private static final ChannelRef CHANNEL = new ChannelRef("slack", "T1", "C1");
  private static final ChannelRef OTHER = new ChannelRef("slack", "T1", "C2");

  @Test
  void purgeExpired_removesOnlyWhatIsPastRetention() {
    JdbcSharedLinkLog links = new JdbcSharedLinkLog(database);
    links.record(link(CHANNEL, "old", "https://news.example/old", T0));
    links.record(link(CHANNEL, "new", "https://news.example/new", T0.plus(Duration.ofDays(10))));
    JdbcProcessedEvents events = new JdbcProcessedEvents(database, clock);
    events.claim("slack:Ev1", "o1", Duration.ofMinutes(2), Duration.ofHours(1));
    JdbcArticleStore articles = new JdbcArticleStore(database, clock);
    Article article = StoreFixtures.article("https://news.example/a", "본문.");
    articles.saveArticle(article, T0);
    articles.saveSummary(StoreFixtures.summary(article, SummaryStyle.BRIEF, "ko", "요약."), "x", T0);

    DataPurger.Purged purged = new DataPurger(database).purgeExpired(T0.plus(Duration.ofDays(95)));

    assertThat(purged.rowsByTable())
        .containsEntry("shared_link", 1)
        .containsEntry("processed_event", 1)
        .containsEntry("article", 0)
        .containsEntry("summary", 0);
    assertThat(links.since(CHANNEL, T0)).extracting(l -> l.messageRef()).containsExactly("new");
    assertThat(events.claim("slack:Ev1", "o2", Duration.ofMinutes(2), Duration.ofHours(1)))
        .isTrue();

    purged = new DataPurger(database).purgeExpired(T0.plus(Duration.ofDays(200)));
    assertThat(purged.rowsByTable()).containsEntry("article", 1).containsEntry("summary", 1);
    assertThat(articles.findArticle("https://news.example/a")).isEmpty();
  }

  @Test
  void purgeChannel_removesThatChannelOnly() {
    JdbcChannelSettingsStore settingsStore = new JdbcChannelSettingsStore(database, clock);
    settingsStore.put(new ChannelSettings(CHANNEL, AutoMode.OFF, null, SummaryStyle.SHORT));
    settingsStore.put(new ChannelSettings(OTHER, AutoMode.OFF, null, SummaryStyle.SHORT));
    JdbcSharedLinkLog links = new JdbcSharedLinkLog(database);
    links.record(link(CHANNEL, "m1", "https://news.example/a", T0));
    links.record(link(OTHER, "m2", "https://news.example/b", T0));
    JdbcDigestStore digests = new JdbcDigestStore(database, clock);
    digests.subscribe(
        new DigestSubscription(
            CHANNEL, LocalTime.of(8, 0), ZoneId.of("Asia/Seoul"), DigestSubscription.workdays()));
    digests.claimRun(CHANNEL, LocalDate.of(2026, 3, 2));

    DataPurger.Purged purged = new DataPurger(database).purgeChannel(CHANNEL);

    assertThat(purged.total()).isEqualTo(4);
    assertThat(settingsStore.get(CHANNEL)).isEqualTo(ChannelSettings.defaults(CHANNEL));
    assertThat(settingsStore.get(OTHER).autoMode()).isEqualTo(AutoMode.OFF);
    assertThat(links.since(CHANNEL, T0)).isEmpty();
    assertThat(links.since(OTHER, T0)).hasSize(1);
    assertThat(digests.subscription(CHANNEL)).isEmpty();
    assertThat(digests.claimRun(CHANNEL, LocalDate.of(2026, 3, 2))).isTrue();
  }

  @Test
  void export_writesEveryTableAsJson() throws Exception {
    Article article = StoreFixtures.article("https://news.example/a", "본문 문단.");
    new JdbcArticleStore(database, clock).saveArticle(article, T0);
    new JdbcGlossaryStore(database, clock).upsert(article.glossary().get(0));
    new JdbcSharedLinkLog(database).record(link(CHANNEL, "m1", "https://news.example/a", T0));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new DataExporter(database, clock).export(out);

    JsonNode export = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(export.path("format").asText()).isEqualTo("gloss-export");
    JsonNode tables = export.path("tables");
    assertThat(tables.size()).isEqualTo(DataExporter.TABLES.size());
    assertThat(
            tables.path("article").get(0).path("article_json").path("paragraphs").get(0).asText())
        .isEqualTo("본문 문단.");
    assertThat(tables.path("glossary_entry").get(0).path("term_key").asText())
        .isEqualTo(TermKey.of("소버린 AI"));
    assertThat(tables.path("shared_link").get(0).path("shared_at").asLong())
        .isEqualTo(T0.toEpochMilli());
    assertThat(tables.path("glossary_history")).hasSize(1);
  }
}
