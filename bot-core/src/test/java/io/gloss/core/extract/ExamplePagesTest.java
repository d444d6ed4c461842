package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.GlossaryEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The sample pages under {@code examples/} that the README's first command summarizes. */
class ExamplePagesTest {

  private static Article extractLocal(String file) throws Exception {
    Path path = Path.of("../examples", file).toAbsolutePath().normalize();
    String url = path.toUri().toString();
    return new JsoupArticleExtractor()
        .extract(new FetchedPage(url, url, null, Files.readAllBytes(path)));
  }

  @Test
  void daumSample_localFile_usesPageCanonicalAndReadsEverything() throws Exception {
    Article article = extractLocal("daum-news-sample.html");

    assertThat(article.url()).isEqualTo("https://v.daum.net/v/20250915143012345");
    assertThat(article.pageCanonicalUrl()).isEqualTo("https://v.daum.net/v/20250915143012345");
    assertThat(article.title()).isEqualTo("바닷바람으로 만든 전기, 주민과 나눈다…해상풍력 이익공유 첫 시행");
    assertThat(article.site()).isEqualTo("글로스뉴스");
    assertThat(article.authors()).containsExactly("한바다");
    // The page's structured date (article:published_time, with seconds) wins over its visible one.
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2025-09-15T14:30:12+09:00"));
    assertThat(article.language()).isEqualTo("ko");
    assertThat(article.imageUrl()).isEqualTo("https://img.example.net/sample/windfarm.jpg");
    assertThat(article.paragraphs()).hasSize(9);
    assertThat(article.paragraphs().get(0)).startsWith("남해안에 들어선 해상풍력 단지가");
    assertThat(article.paragraphs()).contains("\"보상과 이익공유는 다른 문제\"");
    assertThat(article.text())
        .doesNotContain("자료사진")
        .doesNotContain("hanbada@")
        .doesNotContain("Copyright")
        .doesNotContain("발전 수익 1%를 어촌계 기금으로")
        .doesNotContain("관련 기사")
        .doesNotContain("댓글")
        .doesNotContain("많이 본 뉴스")
        .doesNotContain("용어설명");
    assertThat(article.glossary())
        .extracting(GlossaryEntry::term)
        .containsExactly("해상풍력", "이익공유제", "RE100");
    assertThat(article.glossary().get(1).definition())
        .isEqualTo("발전소 같은 시설이 번 수익의 일부를 주변 지역 주민에게 나눠 주는 제도.");
  }

  @Test
  void naverSample_brSeparatedBody_becomesParagraphs() throws Exception {
    Article article = extractLocal("naver-news-sample.html");

    assertThat(article.url()).isEqualTo("https://n.news.naver.com/mnews/article/999/0000012345");
    assertThat(article.title()).isEqualTo("골목 상권 살린 '공유 주방'…창업 실패율 낮췄다");
    assertThat(article.site()).isEqualTo("글로스뉴스");
    assertThat(article.authors()).containsExactly("윤가람");
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2025-10-02T08:05+09:00"));
    assertThat(article.paragraphs()).hasSize(6);
    assertThat(article.paragraphs().get(0))
        .isEqualTo("구도심 골목에 문을 연 공유 주방이 예비 외식 창업자들의 실패 부담을 덜어 주고 있다.");
    assertThat(article.text())
        .doesNotContain("예비 창업자 석 달간")
        .doesNotContain("자료사진")
        .doesNotContain("garam@")
        .doesNotContain("Copyright")
        .doesNotContain("추천");
    assertThat(article.glossary()).isEmpty();
  }
}
