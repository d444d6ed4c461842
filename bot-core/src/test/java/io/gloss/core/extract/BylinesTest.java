package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "윤주영 기자|윤주영",
        "세종=곽준영 기자|곽준영",
        "기후변화팀 송하림 기자|송하림",
        "글·사진 한동민 기자|한동민",
        "홍길동 기자 hong@example.kr|홍길동",
        "홍길동 기자 구독|홍길동",
        "박지윤 김민섭 기자|박지윤;김민섭",
        "조은서 기자, 박재형 기자|조은서;박재형",
        "By LINDSAY WHITCOMB|Lindsay Whitcomb",
        "Ray Donnelly and Priya Natarajan|Ray Donnelly;Priya Natarajan",
        "Hannah Okafor, Health reporter|Hannah Okafor",
        "'By GREG BEACHAM, AP Sports Writer'|Greg Beacham",
        "'Robert Burns, AP National Security Writer'|Robert Burns",
        "BBC News|",
        "Associated Press|",
        "No Author|",
        "Unknown Author|",
        "Site Admin|",
        "Rosalind Pike Monday|Rosalind Pike",
        "Tomas Vega. Harbor Wire International|Tomas Vega",
        "Nora J. Quill|Nora J. Quill",
        "Letters To The|",
        "The Morning Brief|",
        "Ledger Sport|",
        "Harbor Test Kitchens|",
        "사회부|",
        "구독|",
        "https://example.com/author/jane|"
      })
  void names_keepOnlyPeople(String raw, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(";"));

    assertThat(Bylines.names(List.of(raw), "Example News", false)).isEqualTo(want);
  }

  @Test
  void names_leaveOutTheOutlet_whoseEditionTheSiteIs() {
    assertThat(
            Bylines.names(
                List.of("Tanza Loudenback, Business Insider"),
                "Business Insider Deutschland",
                false))
        .containsExactly("Tanza Loudenback");
  }

  @Test
  void names_outsideColumnist_showsTagNameAndJob() {
    assertThat(Bylines.names(List.of("권혜린 서강대 경제학부 교수"), "조선일보", true))
        .containsExactly("칼럼 · 권혜린 서강대 경제학부 교수");
    assertThat(Bylines.names(List.of("권혜린 서강대 경제학부 교수"), "조선일보", false)).containsExactly("권혜린");
  }

  @Test
  void resolve_structuredFirst_scrapedBylineOnlyFillsTheGap() {
    List<String> structured = List.of("김하늘");
    List<String> scraped = List.of("순천 기자, 광양 구현모 기자");

    assertThat(Bylines.resolve(List.of(structured, scraped), null, "뉴스1", false))
        .containsExactly("김하늘");
    assertThat(
            Bylines.resolve(
                List.of(List.of("BBC News"), List.of("Tom Hallworth")), null, null, false))
        .containsExactly("Tom Hallworth");
  }

  @Test
  void fromPortalUrl_daumAndDatedPaths_giveTheDay() {
    ZoneId seoul = ZoneId.of("Asia/Seoul");

    assertThat(DateParser.fromPortalUrl("https://v.daum.net/v/20250804185331304", seoul))
        .hasToString("2025-08-04T00:00+09:00");
    assertThat(DateParser.fromPortalUrl("https://news.example.com/2026/11/13/story", seoul))
        .hasToString("2026-11-13T00:00+09:00");
    assertThat(DateParser.fromPortalUrl("https://n.news.naver.com/mnews/article/001/0015", seoul))
        .isNull();
    assertThat(DateParser.parse("입력 :YYYY/MM/DD HH:MM", seoul)).isNull();
  }

  @Test
  void forUrl_knownOutlets_displayName() {
    assertThat(SiteNames.forUrl("https://www.detroitnews.com/story/news/1"))
        .isEqualTo("The Detroit News");
    assertThat(SiteNames.forUrl("https://www.reuters.com/world/asia/x")).isEqualTo("Reuters");
    assertThat(SiteNames.forUrl("https://hosted.ap.org/harborpaper/article/1/x"))
        .isEqualTo("Associated Press");
    assertThat(SiteNames.forUrl("https://blog.example.org/x")).isNull();
  }

  @Test
  void withoutTagline_dropsATaglineOrAnAddressAfterTheName() {
    assertThat(SiteNames.withoutTagline("Harbor 7News | Harbor News, Weather, Sports"))
        .isEqualTo("Harbor 7News");
    assertThat(SiteNames.withoutTagline("The Harbor Post | HarborPost.com"))
        .isEqualTo("The Harbor Post");
    assertThat(SiteNames.withoutTagline("Nine - News")).isEqualTo("Nine - News");
  }

  @Test
  void brandOfCompany_aCompanyNamedForItsHost_readsAsTheBrand() {
    assertThat(SiteNames.brandOfCompany("Harbor Publishing Group UK", "https://www.harbor.com/a/1"))
        .isEqualTo("Harbor");
    assertThat(SiteNames.brandOfCompany("Tidewater Media", "https://tidewater.example/x"))
        .isEqualTo("Tidewater");
    // A company that is not the host's brand, and a brand with no company words, stay whole.
    assertThat(SiteNames.brandOfCompany("Penwick Media Inc", "https://www.harbor.com/a/1"))
        .isEqualTo("Penwick Media Inc");
    assertThat(SiteNames.brandOfCompany("The Harbor Times", "https://www.harbor.com/a/1"))
        .isEqualTo("The Harbor Times");
    assertThat(SiteNames.brandOfCompany("Media", "https://media.example/x")).isEqualTo("Media");
  }

  @Test
  void isHostingPlatform_onlyOffThePlatformsOwnHost() {
    assertThat(SiteNames.isHostingPlatform("Blogger", "https://www.harbornaija.com/2018/10/a.html"))
        .isTrue();
    assertThat(SiteNames.isHostingPlatform("WordPress", "https://tidewater.example/a")).isTrue();
    assertThat(SiteNames.isHostingPlatform("Blogger", "https://blogger.com/about")).isFalse();
    assertThat(SiteNames.isHostingPlatform("Tumblr", "https://staff.tumblr.com/post/1")).isFalse();
    assertThat(SiteNames.isHostingPlatform("Harbor Blog", "https://tidewater.example/a")).isFalse();
  }
}
