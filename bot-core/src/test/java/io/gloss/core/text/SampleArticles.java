package io.gloss.core.text;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.Provenance;
import io.gloss.core.domain.SourceKind;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Articles written for these tests (original text, invented facts). */
public final class SampleArticles {
  private SampleArticles() {}

  public static final String KOREAN_URL = "https://news.example.kr/article/2025/0312/ai-budget";

  public static final OffsetDateTime KOREAN_PUBLISHED =
      OffsetDateTime.of(2025, 3, 12, 9, 30, 0, 0, ZoneOffset.ofHours(9));

  /** An article with nothing but these paragraphs, a title and a language. */
  public static Article plain(String language, String title, List<String> paragraphs) {
    String url = "https://news.example.com/a/1";
    return new Article(
        url,
        url,
        null,
        title,
        null,
        List.of(),
        null,
        null,
        language,
        null,
        null,
        paragraphs,
        List.of());
  }

  /** A Korean wire story with a dateline, quotes, parenthetical expansions and a glossary box. */
  public static Article korean() {
    Provenance box =
        new Provenance(SourceKind.ARTICLE_BOX, "가상뉴스", KOREAN_URL, koreanTitle(), KOREAN_PUBLISHED);
    return new Article(
        KOREAN_URL,
        KOREAN_URL,
        null,
        koreanTitle(),
        "가상뉴스",
        List.of("김하늘"),
        KOREAN_PUBLISHED,
        null,
        "ko",
        null,
        null,
        List.of(
            "(세종=가상뉴스) 김하늘 기자 = 정부가 소버린 AI 구축을 위한 내년 예산을 올해의 두 배인 1조2000억원으로 늘리기로 했다.",
            "과학기술정보통신부(과기정통부)는 12일 정부세종청사에서 이런 내용을 담은 '인공지능(AI) 기반 확충 계획'을 발표했다.",
            "계획의 핵심은 국가AI컴퓨팅센터다. 과기정통부는 그래픽처리장치(GPU) 3만 장을 갖춘 센터를 연내 착공해 2027년부터 운영한다는 방침이다.",
            "소버린 AI란 한 나라가 외부에 기대지 않고 스스로 개발하고 운영하는 인공지능을 말한다.",
            "업계는 \"GPU 확보가 관건이다.\"라고 말했다.",
            "다만 전문가들은 국내총생산(GDP) 대비 연구개발 투자 비중이 이미 높은 만큼 예산의 효율이 중요하다고 지적했다.",
            "한편 정부는 풀스택 AI 기술을 갖춘 기업에 세액공제를 늘려 주기로 했다. 세액공제율은 최대 25%다.",
            "센터 예정 부지에서 관계자들이 측량을 하고 있다. 2025.3.12/가상뉴스",
            "\"예산만으로는 부족하다.\"",
            "kimhaneul@example.com"),
        List.of(
            new GlossaryEntry(
                "소버린 AI", List.of(), "특정 국가가 외부에 의존하지 않고 독자적으로 개발·운영하는 인공지능 기술과 생태계.", "ko", box),
            new GlossaryEntry(
                "풀스택",
                List.of(),
                "풀스택(Full Stack)은 하드웨어부터 소프트웨어·서비스까지 기술 전 단계를 모두 다루는 역량을 뜻한다.",
                "ko",
                box)));
  }

  public static String koreanTitle() {
    return "정부, 소버린AI 예산 2배로…국가AI컴퓨팅센터 연내 착공";
  }

  /** An English story with a dateline, an acronym expansion and a caption-like fragment. */
  public static Article english() {
    String url = "https://news.example.com/2025/03/12/harbor-bridge";
    return new Article(
        url,
        url,
        null,
        "City approves new harbor bridge after decade of delays",
        "Example News",
        List.of("Jane Roe"),
        OffsetDateTime.of(2025, 3, 12, 14, 0, 0, 0, ZoneOffset.UTC),
        null,
        "en",
        null,
        null,
        List.of(
            "PORTVILLE (CNN) -- The city council approved a new harbor bridge on Tuesday, ending a"
                + " decade of delays over its cost and design.",
            "The bridge will cost $1.2 billion and open in 2029, according to the Harbor"
                + " Development Authority (HDA).",
            "Council members voted 7 to 2 in favor of the bridge after a long debate.",
            "\"This is a great day for the city.\"",
            "The HDA said construction of the bridge would begin next spring and employ about 3,000"
                + " workers.",
            "Opponents argued the bridge money should go to schools instead.",
            "The old ferry line will keep running until the bridge opens.",
            "Photo: The harbor at sunset",
            "By Jane Roe | Example News"),
        List.of());
  }
}
