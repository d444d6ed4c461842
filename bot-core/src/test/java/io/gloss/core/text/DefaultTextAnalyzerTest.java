package io.gloss.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultTextAnalyzerTest {
  private final DefaultTextAnalyzer analyzer = new DefaultTextAnalyzer();

  @Test
  void analyze_koreanArticle_sentencesHaveIdsAndNoDateline() {
    AnalyzedArticle analyzed = analyzer.analyze(SampleArticles.korean());

    List<Sentence> sentences = analyzed.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      assertThat(sentences.get(i).id()).isEqualTo(i);
    }
    assertThat(sentences.get(0).text()).startsWith("정부가 소버린 AI 구축을");
    assertThat(sentences.get(0).paragraph()).isZero();
    assertThat(sentences).extracting(Sentence::text).contains("계획의 핵심은 국가AI컴퓨팅센터다.");
  }

  @Test
  void analyze_koreanArticle_findsHardTerms() {
    AnalyzedArticle analyzed = analyzer.analyze(SampleArticles.korean());

    assertThat(analyzed.hardTerms())
        .contains("소버린 AI", "과기정통부", "GDP", "GPU", "풀스택")
        .doesNotContain("AI", "소버린", "과학기술정보통신부")
        .hasSizeLessThanOrEqualTo(DefaultTextAnalyzer.DEFAULT_MAX_HARD_TERMS);
  }

  @Test
  void analyze_englishArticle_findsAcronymWithExpansion() {
    AnalyzedArticle analyzed = analyzer.analyze(SampleArticles.english());

    assertThat(analyzed.sentences().get(0).text()).startsWith("The city council approved");
    assertThat(analyzed.hardTerms()).contains("HDA");
  }
}
