package io.gloss.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.AnalyzedArticle;
import io.gloss.core.domain.Article;
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
  void analyze_loanwordsSplitByNori_areFoundButNamesAndCommonWordsAreNot() {
    Article article =
        SampleArticles.plain(
            "ko",
            "제목",
            List.of(
                "마이클 크라치오스 실장은 비즈니스 확대를 위해 스테이블코인 도입을 논의했다.", "그는 하이퍼스케일러 기업과 디지털 AI 협력도 강조했다."));

    List<String> hardTerms = analyzer.analyze(article).hardTerms();

    assertThat(hardTerms).contains("스테이블코인", "하이퍼스케일러").doesNotContain("크라치오스", "비즈니스", "디지털 AI");
  }

  @Test
  void analyze_interviewAnswerQuotedWhole_isSplitIntoItsSentencesWithoutTheQuotes() {
    List<String> paragraphs =
        List.of(
            "지난 18일 연구소에서 만난 김 대표는 흐름이 바뀌었다고 말했다.",
            "-왜 큐비트 숫자가 중요하지 않나.",
            "\"물리 큐비트는 잡음에 약합니다. 우리는 물리 큐비트 49개로 논리 큐비트 1개를 만듭니다.\"",
            "-상용화는 언제쯤 가능한가.",
            "\"우리 목표는 2030년입니다.\"");
    Article article = SampleArticles.plain("ko", "제목", paragraphs);

    List<String> texts =
        analyzer.analyze(article).sentences().stream().map(Sentence::text).toList();

    assertThat(texts)
        .contains("물리 큐비트는 잡음에 약합니다.", "우리는 물리 큐비트 49개로 논리 큐비트 1개를 만듭니다.", "우리 목표는 2030년입니다.");
  }

  @Test
  void analyze_englishArticle_findsAcronymWithExpansion() {
    AnalyzedArticle analyzed = analyzer.analyze(SampleArticles.english());

    assertThat(analyzed.sentences().get(0).text()).startsWith("The city council approved");
    assertThat(analyzed.hardTerms()).contains("HDA");
  }
}
