package io.gloss.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataTextTest {

  @Test
  void clean_zeroWidthAndBidiControls_areRemoved() {
    String title = "소버린\u200BAI\u2060 전략\uFEFF \u202Eevil\u202C \u2066x\u2069";

    assertThat(MetadataText.clean(title, 300)).isEqualTo("소버린AI 전략 evil x");
  }

  @Test
  void clean_oneMegabyteTitle_isCappedWithAnEllipsis() {
    String cleaned = MetadataText.clean("가".repeat(1_000_000), MetadataText.MAX_TITLE);

    assertThat(cleaned).hasSize(MetadataText.MAX_TITLE).endsWith("…");
  }

  @Test
  void clean_surrogatePairAtTheCut_isNotSplit() {
    String cleaned = MetadataText.clean("a".repeat(8) + "😀😀😀", 10);

    assertThat(cleaned.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp))).isTrue();
    assertThat(cleaned).endsWith("…");
  }

  @Test
  void article_titleSiteAndAuthors_areCleanedAndCapped() {
    Article article =
        new Article(
            "https://news.example/a",
            "https://news.example/a",
            null,
            "제목\u200B" + "x".repeat(2_000_000),
            "글로스\u202E일보",
            List.of("한바다\u200D 기자"),
            null,
            null,
            "ko",
            null,
            null,
            List.of("본문"),
            List.of());

    assertThat(article.title()).startsWith("제목x").hasSize(MetadataText.MAX_TITLE);
    assertThat(article.site()).isEqualTo("글로스일보");
    assertThat(article.authors()).containsExactly("한바다 기자");
  }
}
