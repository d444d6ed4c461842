package io.gloss.core.digest;

import static io.gloss.core.digest.DigestFixtures.share;
import static io.gloss.core.digest.DigestFixtures.summarized;
import static io.gloss.core.digest.DigestFixtures.term;
import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.digest.view.Digest;
import io.gloss.core.digest.view.DigestLink;
import io.gloss.core.digest.view.DigestSource;
import io.gloss.core.digest.view.DigestStory;
import io.gloss.core.digest.view.DigestTerm;
import io.gloss.core.digest.view.DigestTexts;
import io.gloss.core.domain.Article;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a digest holds, from what is stored: stories, outlets, engagement order, terms. */
class DigestPlannerTest extends DigestTestBase {
  @TempDir Path dataDir;

  @Override
  protected StoreSettings freshStore() {
    return StoreSettings.sqlite(dataDir);
  }

  private DigestPlanner planner() {
    return new DigestPlanner(
        stores.sharedLinks(), stores.articles(), stores.digestSources(), new StoryGrouper(KOREAN));
  }

  @Test
  void twoOutletsOnOneStory_oneItem_rankedByEngagement_withTermsAndUnsummarizedLinks() {
    // A term the team already met last week is not a term of the day.
    summarized(
        stores,
        "https://old.example/1",
        "옛날일보",
        "지난주 기사",
        "지난주 기사 첫 문단.",
        PUBLISHED.minusDays(7),
        clock.instant(),
        term("기준금리", "중앙은행이 정하는 정책 금리."));
    Instant start = clock.instant().plus(Duration.ofHours(1));
    clock.advance(Duration.ofHours(2));
    summarized(
        stores,
        "https://a.example/rate",
        "가나일보",
        "한국은행, 기준금리 연 2.50%로 0.25%p 인하",
        "한국은행 금융통화위원회가 2일 기준금리를 연 2.75%에서 2.50%로 0.25%포인트 내렸다.",
        PUBLISHED,
        clock.instant(),
        term("기준금리", "중앙은행이 정하는 정책 금리."),
        term("빅컷", "기준금리를 한 번에 0.5%포인트 내리는 것."));
    summarized(
        stores,
        "https://b.example/news/77",
        "다라경제",
        "한은 기준금리 0.25%p 인하…연 2.50%",
        "한국은행이 2일 기준금리를 2.50%로 0.25%포인트 인하했다. 금융통화위원회는 경기 둔화를 이유로 들었다.",
        PUBLISHED,
        clock.instant());
    summarized(
        stores,
        "https://c.example/typhoon",
        "마바뉴스",
        "태풍 북상에 남해안 항공편 결항",
        "태풍이 북상하면서 남해안 공항의 항공편 40편이 결항됐다.",
        PUBLISHED,
        clock.instant());
    share(stores, CHANNEL, "1", "U1", "https://c.example/typhoon", clock.instant());
    clock.advance(Duration.ofMinutes(5));
    share(stores, CHANNEL, "2", "U2", "https://a.example/rate", clock.instant());
    share(stores, CHANNEL, "3", "U3", "https://b.example/news/77", clock.instant());
    share(stores, CHANNEL, "4", "U2", "https://paywalled.example/x", clock.instant());
    share(stores, CHANNEL, "0", "U9", "https://old.example/1", start.minusSeconds(1));

    Digest digest =
        planner().plan(CHANNEL, ReplyLanguage.KO, SEOUL, start, clock.instant().plusSeconds(1));

    assertThat(digest.stories()).hasSize(2);
    DigestStory rate = digest.stories().get(0);
    assertThat(rate.outlets()).isEqualTo(2);
    assertThat(rate.sharers()).isEqualTo(2);
    assertThat(rate.sources())
        .extracting(DigestSource::url)
        .containsExactlyInAnyOrder("https://a.example/rate", "https://b.example/news/77");
    assertThat(rate.summary()).startsWith("한국은행");
    assertThat(DigestTexts.outlets(rate, ReplyLanguage.KO)).startsWith("2개 매체");
    assertThat(DigestTexts.outlets(rate, ReplyLanguage.EN)).startsWith("2 outlets");
    assertThat(rate.thread()).isNotNull();
    assertThat(digest.stories().get(1).headline()).isEqualTo("태풍 북상에 남해안 항공편 결항");
    assertThat(digest.terms()).extracting(DigestTerm::term).containsExactly("빅컷");
    assertThat(digest.unsummarized())
        .extracting(DigestLink::url)
        .containsExactly("https://paywalled.example/x");
    assertThat(DigestTextRenderer.render(digest))
        .contains("오늘의 용어", "빅컷", "[기사 제공]", "2개 매체", "요약하지 못한 기사");
  }

  @Test
  void sameOutletTwoArticles_areTwoStories_unlessTheSameArticleUpdated() {
    Instant start = clock.instant();
    Article first =
        summarized(
            stores,
            "https://a.example/1",
            "가나일보",
            "서울시, 버스 요금 300원 인상 추진",
            "서울시가 시내버스 기본요금을 300원 올리는 방안을 추진한다.",
            PUBLISHED,
            clock.instant());
    summarized(
        stores,
        "https://a.example/2",
        "가나일보",
        "서울시, 지하철 요금 150원 인상 추진",
        "서울시가 지하철 기본요금을 150원 올리는 방안을 추진한다.",
        PUBLISHED,
        clock.instant());
    summarized(
        stores,
        "https://a.example/1-update",
        "가나일보",
        "[속보] 서울시, 버스 요금 300원 인상 추진",
        first.paragraphs().get(0),
        PUBLISHED,
        clock.instant());
    share(stores, CHANNEL, "1", "U1", "https://a.example/1", clock.instant());
    share(stores, CHANNEL, "2", "U1", "https://a.example/2", clock.instant());
    share(stores, CHANNEL, "3", "U2", "https://a.example/1-update", clock.instant());

    Digest digest =
        planner().plan(CHANNEL, ReplyLanguage.EN, SEOUL, start, clock.instant().plusSeconds(1));

    assertThat(digest.stories()).hasSize(2);
    assertThat(digest.stories().get(0).sources()).hasSize(2);
    assertThat(DigestTextRenderer.render(digest)).contains("News digest");
  }

  @Test
  void fiveHundredSharedLinks_planInReasonableTime() {
    Instant start = clock.instant();
    for (int i = 0; i < 500; i++) {
      String url = "https://n" + (i % 40) + ".example/a" + i;
      if (i < 200) {
        summarized(
            stores,
            url,
            "매체" + (i % 40),
            "기사 " + i + "번: 지역 " + (i % 17) + " 소식과 예산 " + i + "억원",
            "지역 " + (i % 17) + "에서 " + i + "억원 규모의 사업이 발표됐다.",
            PUBLISHED,
            clock.instant());
      }
      share(stores, CHANNEL, "m" + i, "U" + (i % 9), url, clock.instant());
    }
    long began = System.nanoTime();
    Digest digest =
        planner().plan(CHANNEL, ReplyLanguage.KO, SEOUL, start, clock.instant().plusSeconds(1));
    Duration took = Duration.ofNanos(System.nanoTime() - began);

    assertThat(digest.stories()).hasSize(DigestPlanner.MAX_STORIES);
    assertThat(digest.moreStories()).isPositive();
    assertThat(digest.unsummarized()).hasSize(DigestPlanner.MAX_UNSUMMARIZED);
    assertThat(took).isLessThan(Duration.ofSeconds(30));
  }
}
