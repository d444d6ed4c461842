package io.gloss.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.config.Main;
import io.gloss.core.domain.Article;
import io.gloss.core.domain.Bullet;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestSubscription;
import io.gloss.core.domain.SharedLink;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryMode;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.store.StoreSettings;
import io.gloss.core.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gloss digest preview|status} in-process on a SQLite data directory. */
class DigestCommandTest {
  private static final ChannelRef CHANNEL = new ChannelRef("slack", "T0123", "C0456");

  @TempDir Path dataDir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void seed() {
    Clock clock = Clock.systemUTC();
    try (Stores stores = Stores.open(StoreSettings.sqlite(dataDir), clock)) {
      String url = "http://intranet.example/news/1";
      OffsetDateTime published = OffsetDateTime.now(clock);
      Article article =
          new Article(
              url,
              url,
              url,
              "사내 식당 메뉴 개편 <!here>",
              "사내소식",
              List.of(),
              published,
              null,
              "ko",
              null,
              null,
              List.of("사내 식당이 다음 달부터 메뉴를 개편한다."),
              List.of());
      stores.articles().saveArticle(article, clock.instant());
      stores
          .articles()
          .saveSummary(
              new Summary(
                  url,
                  article.title(),
                  "사내소식",
                  published,
                  List.of(),
                  1,
                  "ko",
                  SummaryStyle.BRIEF,
                  SummaryMode.EXTRACTIVE,
                  null,
                  List.of(new Bullet("사내 식당이 다음 달부터 메뉴를 개편한다.", List.of(0))),
                  List.of(),
                  List.of(),
                  article.contentHash()),
              "extractive",
              clock.instant());
      stores
          .sharedLinks()
          .record(
              new SharedLink(
                  CHANNEL,
                  "1700000001.000100",
                  null,
                  "U1",
                  url,
                  url,
                  clock.instant().minusSeconds(60),
                  0,
                  0));
      stores
          .digests()
          .subscribe(
              new DigestSubscription(
                  CHANNEL,
                  LocalTime.of(9, 0),
                  ZoneId.of("Europe/London"),
                  EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
    }
  }

  private int gloss(String... args) {
    return Main.run(
        args,
        Map.of("GLOSS_DATA_DIR", dataDir.toString()),
        new PrintWriter(out, true),
        new PrintWriter(err, true));
  }

  @Test
  void preview_text_json_slack_discord() {
    assertThat(gloss("digest", "preview", "--channel", "slack:T0123:C0456")).isZero();
    assertThat(out.toString()).contains("뉴스 다이제스트", "1. 사내 식당 메뉴 개편", "사내소식");

    out.getBuffer().setLength(0);
    assertThat(gloss("digest", "preview", "--channel", "slack:T0123:C0456", "--format", "json"))
        .isZero();
    assertThat(out.toString())
        .contains("\"headline\"", "\"sharers\" : 1", "\"zone\" : \"Europe/London\"");

    out.getBuffer().setLength(0);
    assertThat(gloss("digest", "preview", "--channel", "slack:T0123:C0456", "--format", "slack"))
        .isZero();
    assertThat(out.toString())
        .contains("\"blocks\"", "\"link_names\":false")
        .doesNotContain("<!here>");

    out.getBuffer().setLength(0);
    assertThat(gloss("digest", "preview", "--channel", "slack:T0123:C0456", "--format", "discord"))
        .isZero();
    assertThat(out.toString()).contains("\"embeds\"", "\"allowed_mentions\"");
  }

  @Test
  void preview_sinceNow_isEmpty_andBadInputIsOneLine() {
    assertThat(gloss("digest", "preview", "--channel", "slack:T0123:C0456", "--since", "0m"))
        .isZero();
    assertThat(err.toString()).contains("no digest would be posted");

    assertThat(gloss("digest", "preview", "--channel", "slack-T0123")).isEqualTo(2);
    assertThat(gloss("digest", "preview", "--channel", "slack:T:C", "--since", "yesterday"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("--channel must look like", "--since must be")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void status_listsSubscriptionsWithNextRun() {
    assertThat(gloss("digest", "status")).isZero();
    assertThat(out.toString())
        .contains("slack:T0123:C0456", "Subscribed: weekdays 09:00 (Europe/London)", "Next: ");
  }
}
