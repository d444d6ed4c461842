package io.gloss.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.FetchedPage;
import io.gloss.core.domain.GlossaryEntry;
import io.gloss.core.domain.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The seed: a News1 article in Daum markup, reposted on a web board, read with a Daum URL. */
class SeedDocumentTest {
  /**
   * {@code shared/} sits next to the repository; a worktree under {@code wt/} is one level deeper.
   */
  private static final Path SEED =
      Stream.of(
              "../../shared/seed/000_de1c2da22072e404.txt",
              "../../../shared/seed/000_de1c2da22072e404.txt")
          .map(Path::of)
          .filter(Files::exists)
          .findFirst()
          .orElse(Path.of("../../shared/seed/000_de1c2da22072e404.txt"));

  private static final String DAUM_URL = "https://v.daum.net/v/20250804185331304";

  private static Article extractSeed() throws Exception {
    assumeTrue(Files.exists(SEED), "seed document not present");
    byte[] bytes = Files.readAllBytes(SEED);
    return new JsoupArticleExtractor().extract(new FetchedPage(DAUM_URL, DAUM_URL, null, bytes));
  }

  @Test
  void seed_metadata_titleSiteLanguage() throws Exception {
    Article article = extractSeed();

    assertThat(article.title()).isEqualTo("미국, 자국AI 한국 확장 의지…소버린AI-양국협력 균형 맞춰야");
    assertThat(article.site()).isEqualTo("뉴스1");
    assertThat(article.language()).isEqualTo("ko");
    assertThat(article.url()).isEqualTo(DAUM_URL);
    assertThat(article.authors()).containsExactly("윤주영");
    assertThat(article.imageUrl())
        .isEqualTo("https://t1.daumcdn.net/news/202508/04/NEWS1/20250804185331304oere.jpg");
  }

  @Test
  void seed_body_isCleanOfChromeCaptionBylineAndCopyright() throws Exception {
    Article article = extractSeed();
    String text = article.text();

    assertThat(article.paragraphs().get(0))
        .startsWith("최근 '인공지능(AI) 액션플랜'으로 자국 AI 기술의 풀스택 수출을 선언한 미국이");
    assertThat(article.paragraphs())
        .last()
        .asString()
        .startsWith("한편 과기정통부는 선언문으로 APEC 디지털 AI 고위급 협의체를 정례화하는");
    assertThat(article.paragraphs()).hasSize(14);
    assertThat(text)
        .doesNotContain("작성일")
        .doesNotContain("목록")
        .doesNotContain("관련자료")
        .doesNotContain("댓글")
        .doesNotContain("과기정통부 제공")
        .doesNotContain("legomaster@news1.kr")
        .doesNotContain("Copyright")
        .doesNotContain("무단 전재")
        .doesNotContain("윤주영 기자 =")
        .doesNotContain("(인천=뉴스1)")
        .doesNotContain("용어설명")
        .doesNotContain("■")
        .doesNotContain("미중 패권다툼 반사이익");
  }

  @Test
  void seed_glossary_threeEntriesOnceEach() throws Exception {
    Article article = extractSeed();

    assertThat(article.glossary())
        .extracting(GlossaryEntry::term)
        .containsExactly("소버린 AI", "APEC", "풀스택");
    assertThat(article.glossary().get(0).definition())
        .isEqualTo("특정 국가가 외부 의존 없이 독자적으로 개발·통제·운영할 수 있는 인공지능 기술과 생태계를 의미");
    assertThat(article.glossary().get(2).definition())
        .startsWith("풀스택(Full Stack)은 소프트웨어 개발에서")
        .endsWith("시스템 전반을 개발할 수 있는 사람을 말한다.");
    assertThat(article.glossary())
        .allSatisfy(
            entry -> {
              assertThat(entry.provenance().kind()).isEqualTo(SourceKind.ARTICLE_BOX);
              assertThat(entry.provenance().name()).isEqualTo("뉴스1");
              assertThat(entry.provenance().url()).isEqualTo(DAUM_URL);
              assertThat(entry.provenance().title()).isEqualTo(article.title());
            });
  }
}
